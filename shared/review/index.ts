export * from './stance';
export * from './public-key';
export * from './canonical-json';
export * from './response-format';
