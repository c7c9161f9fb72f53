import type { BenchSection } from './types';

export const sessionBench: BenchSection = {
  name: 'session',
  async run() {},
};
