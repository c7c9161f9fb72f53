import type { BenchSection } from './types';

export const intakeBench: BenchSection = {
  name: 'intake',
  async run() {},
};
