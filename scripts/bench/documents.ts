import type { BenchSection } from './types';

export const documentsBench: BenchSection = {
  name: 'documents',
  async run() {},
};
