import { performance } from 'node:perf_hooks';
import type { BenchSection } from './types';
import { buildBenchDataset } from '../../electron/demo';
import { BENCH_OPTIONS } from '../../electron/demo/constants';
import { buildPool, listPools } from '../../electron/compare/pool';
import { compareCandidates } from '../../electron/compare/comparison';
import { loadConfig } from '../../electron/compare/config-store';
import { comparisonSchema, poolSchema } from '../../shared/compare/schemas';
import { rankCandidates, weightsFrom } from '../../shared/compare/ranking';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))]!;

function time(fn: () => void, runs: number): number[] {
  fn(); // warm the statement cache, as the second click in a session would
  return Array.from({ length: runs }, () => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  });
}

/**
 * On the 20k bench city: listing pools, building the busiest pools (eligibility, JPM, 9-box and
 * factors for every applicant, plus the output schema check IPC does) and a 6-candidate comparison.
 */
export const compareBench: BenchSection = {
  name: 'compare',
  async run(report) {
    const db = await buildBenchDataset([]);
    const today = BENCH_OPTIONS.today;
    const cfg = loadConfig(db);
    const pools = listPools(db, '');
    report('pools (posts with requests)', pools.length, 'posts');
    report('list pools', median(time(() => listPools(db, ''), 10)), 'ms');
    const busiest = pools.slice(0, 5);
    report('largest pool', busiest[0]?.pemohon ?? 0, 'applicants');
    const poolTimes = busiest.flatMap((p) => time(() => poolSchema.parse(buildPool(db, p.jabatanId, cfg, today)), 10));
    report('build a pool (5 busiest posts), median', median(poolTimes), 'ms', '≤ 100 ms');
    report('build a pool, p95', p95(poolTimes), 'ms', '≤ 100 ms');
    const pool = buildPool(db, busiest[0]!.jabatanId, cfg, today);
    const w = weightsFrom(cfg);
    report('re-rank after a weight change (renderer side)', median(time(() => rankCandidates(pool.candidates.map((c) => ({
      id: c.nip, eligible: c.eligibility.status !== 'tidak_memenuhi', factors: c.factors, peringkat: c.peringkat,
    })), { ...w, domisili: w.domisili + 5 }), 50)), 'ms');
    const six = pool.candidates.slice(0, 6).map((c) => c.nip);
    if (six.length >= 2) {
      const cmpTimes = time(() => comparisonSchema.parse(compareCandidates(db, busiest[0]!.jabatanId, six, cfg, today)), 20);
      report(`${six.length}-candidate comparison, median`, median(cmpTimes), 'ms', '≤ 50 ms');
      report(`${six.length}-candidate comparison, p95`, p95(cmpTimes), 'ms', '≤ 50 ms');
    }
    db.close();
  },
};
