import type { BenchSection } from './types';

export const compareBench: BenchSection = {
  name: 'compare',
  async run() {},
};
