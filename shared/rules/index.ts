export * from './params';
export * from './eligibility-rules';
