import type { BenchSection } from './types';

export const reviewBench: BenchSection = {
  name: 'review',
  async run() {},
};
