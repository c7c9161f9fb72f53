import { performance } from 'node:perf_hooks';

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median wall and CPU time of `runs` calls: CPU beside wall, so a loaded machine shows as such. */
export function measure(fn: () => unknown, runs: number): { wall: number; cpu: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    walls.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpus.push((d.user + d.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

/** `npm run bench -- --size 5000|20000|100000` (default 20000). */
export function benchSize(): number {
  const i = process.argv.indexOf('--size');
  const size = i >= 0 ? Number(process.argv[i + 1]) : 20_000;
  if (![5000, 20_000, 100_000].includes(size)) throw new Error('--size takes 5000, 20000 or 100000');
  return size;
}
