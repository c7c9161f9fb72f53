export * from './schemas';
export * from './equity';
