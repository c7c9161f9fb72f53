/**
 * npm run bench [-- SECTION] [-- --size 5000|20000|100000]
 * Prints figures beside their targets, with CPU time beside wall time where measured. Timing
 * lives here, never in the tests.
 */
import { datasetBench } from './bench/dataset';
import { intakeBench } from './bench/intake';
import { compareBench } from './bench/compare';
import { sessionBench } from './bench/session';
import { documentsBench } from './bench/documents';
import { reviewBench } from './bench/review';
import { listBench } from './bench/list';
import { screensBench } from './bench/screens';
import { savesBench } from './bench/saves';
import type { BenchSection } from './bench/types';

const SECTIONS: BenchSection[] = [datasetBench, listBench, screensBench, savesBench, intakeBench, compareBench, sessionBench, documentsBench, reviewBench];

const args = process.argv.slice(2);
const sizeAt = args.indexOf('--size');
const only = args.find((a, i) => !a.startsWith('--') && (sizeAt < 0 || i !== sizeAt + 1));
for (const s of SECTIONS) {
  if (only && s.name !== only) continue;
  console.log(`\n== ${s.name}`);
  await s.run((label, value, unit, target, cpu) => {
    const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(2));
    const cpuText = cpu === undefined ? '' : `  (cpu ${fmt(cpu)} ms)`;
    console.log(`  ${label.padEnd(62)} ${fmt(value).padStart(9)} ${unit}${cpuText}${target ? `   (target ${target})` : ''}`);
  });
}
