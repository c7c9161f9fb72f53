import type { BenchSection } from './types';

export const datasetBench: BenchSection = {
  name: 'dataset',
  async run() {},
};
