export * from './model';
export * from './rules';
export * from './targets';
export * from './conflicts';
export * from './timeline';
export * from './decision-rules';
