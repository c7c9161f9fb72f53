import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { BenchSection } from './types';
import { DEMO_PASSPHRASE } from '../../electron/demo';
import { OpenDataset } from '../../electron/dataset/open-dataset';
import { appendAudit } from '../../electron/audit/audit-log';
import { benchCityFile } from './list';
import { benchSize, median } from './measure';

const CHILD_FLAG = '--bench-saves-child';
type Report = Parameters<BenchSection['run']>[0];

function act(ds: OpenDataset, i: number): number {
  const t = performance.now();
  ds.db.transaction(() => appendAudit(ds.db, { at: new Date().toISOString(), actor: 'bench', action: 'bench.keputusan', payload: { i } }));
  return performance.now() - t;
}

/** Runs `save` while recording an act every turn of the loop; the loop's longest stall and the acts' latencies. */
async function duringSave(ds: OpenDataset, save: () => Promise<void> | void): Promise<{ wall: number; cpu: number; stall: number; acts: number[] }> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  const acts: number[] = [];
  let running = true;
  const ticker = (async () => {
    for (let i = 0; running; i++) {
      acts.push(act(ds, i));
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  await new Promise((r) => setTimeout(r, 30));
  // The longest gap between 1 ms timers as well: what a click waits for at worst.
  let last = performance.now();
  let gap = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 1);
  h.enable();
  const c = process.cpuUsage();
  const t = performance.now();
  await save();
  const wall = performance.now() - t;
  const d = process.cpuUsage(c);
  await new Promise((r) => setTimeout(r, 30));
  h.disable();
  clearInterval(probe);
  running = false;
  await ticker;
  return { wall, cpu: (d.user + d.system) / 1000, stall: Math.max(h.max / 1e6, gap), acts };
}

async function measureSaves(file: string, size: number, report: Report): Promise<void> {
  const k = `${size / 1000}k`;
  const ds = await OpenDataset.openFile(file, DEMO_PASSPHRASE, { idleSaveMs: 0, saveEvery: 1_000_000, backgroundSaves: true });
  globalThis.gc?.();
  report(`${k}: main-process RSS after open`, process.memoryUsage().rss / 2 ** 20, 'MiB', size >= 100_000 ? '≤ 600 MiB' : '≤ 300 MiB');
  const exports = [0, 1, 2].map(() => {
    const c = process.cpuUsage();
    const t = performance.now();
    ds.db.export().fill(0);
    const d = process.cpuUsage(c);
    return { wall: performance.now() - t, cpu: (d.user + d.system) / 1000 };
  });
  // sql.js copies the image in one backup step: the one part of a save that stays on the loop.
  report(`${k}: the image export alone (sql.js backup), median of 3`, median(exports.map((e) => e.wall)), 'ms', undefined, median(exports.map((e) => e.cpu)));
  act(ds, -1);
  const sync = await duringSave(ds, () => ds.save());
  report(`${k}: synchronous full save (lock, close)`, sync.wall, 'ms', undefined, sync.cpu);
  report(`${k}:   main loop's longest stall during it`, sync.stall, 'ms');
  const runs = [];
  for (let i = 0; i < 3; i++) {
    act(ds, i);
    runs.push(await duringSave(ds, () => ds.saveInBackground()));
  }
  const acts = runs.flatMap((r) => r.acts);
  report(`${k}: background full save (timed saves, Simpan), median of 3`, median(runs.map((r) => r.wall)), 'ms', undefined, median(runs.map((r) => r.cpu)));
  report(`${k}:   main loop's longest stall during it, worst of 3`, Math.max(...runs.map((r) => r.stall)), 'ms', '≤ 50 ms');
  report(`${k}:   acts recorded during the saves (${acts.length}), median`, median(acts), 'ms', '≤ 20 ms');
  report(`${k}:   acts recorded during the saves, worst`, Math.max(...acts), 'ms', '≤ 20 ms');
  globalThis.gc?.();
  report(`${k}: main-process RSS after the saves`, process.memoryUsage().rss / 2 ** 20, 'MiB', size >= 100_000 ? '≤ 600 MiB' : '≤ 300 MiB');
  ds.close();
}

/** Issue 18: a full save must not stall the main loop; acts stay quick while it runs. */
export const savesBench: BenchSection = {
  name: 'saves',
  async run(report) {
    const size = benchSize();
    const dir = mkdtempSync(join(tmpdir(), 'bpj-bench-saves-'));
    try {
      const file = join(dir, 'city.bpj');
      copyFileSync(await benchCityFile(size), file);
      // A fresh process: its RSS is the app's main process with this dataset, not the generator's.
      const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), CHILD_FLAG, file, String(size)], {
        encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 600_000,
      });
      if (child.status !== 0) throw new Error(`saves bench child failed (${child.status})`);
      for (const line of child.stdout.split('\n').filter((l) => l.startsWith('{'))) {
        const f = JSON.parse(line) as { label: string; value: number; unit: string; target?: string; cpu?: number };
        report(f.label, f.value, f.unit, f.target, f.cpu);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

if (process.argv[2] === CHILD_FLAG) {
  await measureSaves(process.argv[3]!, Number(process.argv[4]), (label, value, unit, target, cpu) => {
    process.stdout.write(`${JSON.stringify({ label, value, unit, target, cpu })}\n`);
  });
}
