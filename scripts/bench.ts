import { datasetBench } from './bench/dataset';
import { intakeBench } from './bench/intake';
import { compareBench } from './bench/compare';
import { sessionBench } from './bench/session';
import { documentsBench } from './bench/documents';
import { reviewBench } from './bench/review';
import type { BenchSection } from './bench/types';

const SECTIONS: BenchSection[] = [datasetBench, intakeBench, compareBench, sessionBench, documentsBench, reviewBench];

const only = process.argv[2];
for (const s of SECTIONS) {
  if (only && s.name !== only) continue;
  console.log(`\n== ${s.name}`);
  await s.run((label, value, unit, target) => {
    const v = value >= 100 ? value.toFixed(0) : value.toFixed(2);
    console.log(`  ${label.padEnd(58)} ${v.padStart(9)} ${unit}${target ? `   (target ${target})` : ''}`);
  });
}
