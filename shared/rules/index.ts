export * from './params';
export * from './eligibility-rules';
export * from './penyetaraan';
