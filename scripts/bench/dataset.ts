import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createDecipheriv } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { BenchSection } from './types';
import { buildBenchDataset, writeSealedDataset, DEMO_PASSPHRASE } from '../../electron/demo';
import { deriveKey, HEADER_LENGTH, parseHeader, type DatasetKey } from '../../electron/dataset/bpj-format';
import { OpenDataset } from '../../electron/dataset/open-dataset';
import { listRequests } from '../../electron/dataset/requests-query';
import { appendAudit } from '../../electron/audit/audit-log';

type Report = Parameters<BenchSection['run']>[0];
const CHILD_FLAG = '--bench-dataset-child';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed<T>(fn: () => T | Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
}

/** Issue 2 (open, search, memory) and issue 5 (durable act, full save) figures on the 20k bench city. */
export const datasetBench: BenchSection = {
  name: 'dataset',
  async run(report) {
    const dir = mkdtempSync(join(tmpdir(), 'bpj-bench-'));
    const path = join(dir, 'bench.bpj');
    try {
      const [db, genMs] = await timed(() => buildBenchDataset());
      const size = await writeSealedDataset(db, path, DEMO_PASSPHRASE);
      db.close();
      report('bench city generated (20,000 ASN, 2,000 requests)', genMs / 1000, 's');
      report('sealed .bpj size', size / 1024 / 1024, 'MiB');
      // Open, memory and acts are measured in a fresh process: the generator's sql.js heap above
      // never shrinks, and the app's main process never runs the generator.
      const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), CHILD_FLAG, path], {
        encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 300_000,
      });
      if (child.status !== 0) throw new Error(`bench child failed (${child.status})`);
      for (const line of child.stdout.split('\n').filter((l) => l.startsWith('{'))) {
        const f = JSON.parse(line) as { label: string; value: number; unit: string; target?: string };
        report(f.label, f.value, f.unit, f.target);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

function rawDecrypt(file: Buffer, key: DatasetKey, nonce: Buffer, payloadLength: number): number {
  const end = HEADER_LENGTH + payloadLength;
  const d = createDecipheriv('aes-256-gcm', key.encKey, nonce);
  d.setAAD(file.subarray(0, HEADER_LENGTH));
  d.setAuthTag(file.subarray(end, end + 16));
  return Buffer.concat([d.update(file.subarray(HEADER_LENGTH, end)), d.final()]).length;
}

/** The measurements on an already sealed bench file, in this (fresh) process. */
async function measureOpen(path: string, report: Report): Promise<void> {
  const file = readFileSync(path);
  const header = parseHeader(file);
  const kdfRuns: number[] = [];
  const rawRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    const [key, ms] = await timed(() => deriveKey(DEMO_PASSPHRASE, header.salt, header.kdf));
    kdfRuns.push(ms);
    rawRuns.push((await timed(() => rawDecrypt(file, key, header.nonce, header.payloadLength)))[1]);
  }
  const kdfMs = median(kdfRuns);
  const rawMs = median(rawRuns);
  report(`KDF scrypt N=2^${header.kdf.log2N} r=${header.kdf.r} p=${header.kdf.p}, median of 3`, kdfMs, 'ms', '≈ 0.5–1 s');
  report('raw AES-256-GCM decrypt of the same bytes, median of 3', rawMs, 'ms');

  // First open in a fresh heap: this is the memory the app's main process holds.
  const first: Record<string, number> = {};
  const ds = await OpenDataset.openFile(path, DEMO_PASSPHRASE, { idleSaveMs: 0, saveEvery: 1_000_000, timings: first });
  globalThis.gc?.();
  const rss = process.memoryUsage().rss / 1024 / 1024;
  const runs = [first];
  for (let i = 0; i < 2; i++) {
    const timings: Record<string, number> = {};
    (await OpenDataset.openFile(path, DEMO_PASSPHRASE, { idleSaveMs: 0, timings, readOnly: true })).close();
    runs.push(timings);
  }
  const step = (name: string): number => median(runs.map((r) => r[name] ?? 0));
  const total = median(runs.map((r) => Object.values(r).reduce((a, b) => a + b, 0)));
  // KDF measured inside each open, so machine load cannot skew the subtraction.
  const openNoKdf = median(runs.map((r) => Object.entries(r).filter(([k]) => k !== 'kdf').reduce((a, [, v]) => a + v, 0)));
  report('open (read, KDF, decrypt, load, migrate, journal), median of 3', total, 'ms');
  report(`  steps: read ${step('read').toFixed(0)} · kdf ${step('kdf').toFixed(0)} · decrypt ${step('decrypt').toFixed(0)} · load ${step('load').toFixed(0)} · journal ${step('journal').toFixed(0)}`, step('kdf'), 'ms');
  report('open minus KDF', openNoKdf, 'ms');
  report('open minus KDF ÷ raw decrypt', openNoKdf / rawMs, '×', '≤ 5×');

  const filters = [
    { search: 'sari' }, { search: '1985' }, { levels: ['IV.a' as const] }, { sortBy: 'nama' as const, sortDir: 'asc' as const },
    { search: 'an', kecamatan: ['Selebar'] },
  ];
  const lat: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const f of filters) lat.push((await timed(() => listRequests(ds.db, f)))[1]);
  }
  report('listRequests search/filter, median of 25', median(lat), 'ms', '≤ 50 ms');
  report('listRequests search/filter, worst', Math.max(...lat), 'ms');

  const acts: number[] = [];
  for (let i = 0; i < 50; i++) {
    const [, ms] = await timed(() => ds.db.transaction(() => {
      appendAudit(ds.db, { at: new Date().toISOString(), actor: 'bench', action: 'bench.keputusan', payload: { i } });
    }));
    acts.push(ms);
  }
  report('record one act durably (journal append + fdatasync), median of 50', median(acts), 'ms', '≤ 20 ms');
  report('record one act durably, worst of 50', Math.max(...acts), 'ms');

  const saves: number[] = [];
  for (let i = 0; i < 3; i++) saves.push((await timed(() => ds.save()))[1]);
  report('full save of the 20k dataset (export, encrypt, fsync, rename, backups)', median(saves), 'ms');

  report('main-process RSS with the 20k dataset open (fresh process, after first open)', rss, 'MiB', '≤ 300 MiB');
  ds.close();
}

if (process.argv[2] === CHILD_FLAG) {
  await measureOpen(process.argv[3]!, (label, value, unit, target) => {
    process.stdout.write(`${JSON.stringify({ label, value, unit, target })}\n`);
  });
}
