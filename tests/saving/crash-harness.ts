import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { OpenDataset } from '../../electron/dataset/open-dataset';
import { verifyChain } from '../../electron/audit/audit-log';
import { decisionsPresent, TEST_PASSPHRASE } from './fixture';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHILD_SOURCE = join(HERE, 'crash-child.ts');
let childArgs: string[] = ['--import', 'tsx', CHILD_SOURCE];
let bundled: string | null = null;

export function disposeChild(): void {
  if (bundled) rmSync(bundled, { force: true });
  bundled = null;
}

/**
 * Bundles the child once (esbuild, which tsx already brings) so each of the hundred restarts costs
 * ~0.2 s instead of ~0.45 s of on-the-fly TypeScript. The bundle lives under node_modules/.cache so
 * packages, left external, still resolve (sql.js its wasm). Without esbuild the child runs through tsx.
 */
export async function prepareChild(): Promise<void> {
  try {
    const esbuild = await import('esbuild');
    const outfile = join(HERE, '..', '..', 'node_modules', '.cache', 'bpj-saving', `crash-child-${process.pid}.mjs`);
    await esbuild.build({
      entryPoints: [CHILD_SOURCE], bundle: true, platform: 'node', format: 'esm', packages: 'external',
      outfile, logLevel: 'silent',
    });
    childArgs = [outfile];
    bundled = outfile;
  } catch {
    childArgs = ['--import', 'tsx', CHILD_SOURCE];
  }
}

export interface KillRound {
  /** What the child found on opening: acts present, contiguous from 1, audit chain valid, acts replayed. */
  opened: { present: number; contiguous: boolean; chainOk: boolean; replayed: number } | null;
  /** Highest act the child acknowledged before it was killed. */
  lastAck: number;
}

/**
 * Where a round kills the child: right after it acknowledges its `afterAcks`-th act of the round (the kill
 * then lands somewhere in the acts and saves that follow, whatever the machine's speed), or `afterSpawnMs`
 * after it started, so the kill may land while it opens, replays and saves (nothing asserted depends on when).
 */
export type KillPoint = { afterAcks: number } | { afterSpawnMs: number };

/** Starts the child on `path`, lets it record acts, SIGKILLs it at `when`; resolves once the process is gone. */
export function killRound(path: string, when: KillPoint, saveEvery: number): Promise<KillRound> {
  const fromSpawn = 'afterSpawnMs' in when;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...childArgs, path, String(saveEvery)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let opened: KillRound['opened'] | null = null;
    let lastAck = 0;
    let killAt = Infinity;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const [kind, a, b, c, d] = line.split(' ');
      if (kind === 'OPEN') {
        opened = { present: Number(a), contiguous: b === 'contiguous', chainOk: c === 'chain-ok', replayed: Number(d) };
        if (!fromSpawn) killAt = opened.present + Math.max(1, when.afterAcks);
      } else if (kind === 'ACK') {
        lastAck = Number(a);
        if (lastAck === killAt) child.kill('SIGKILL');
      }
    });
    if (fromSpawn) setTimeout(() => child.kill('SIGKILL'), when.afterSpawnMs);
    // 'close' comes after the pipes are drained: every line written before the kill has been read.
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself (exit ${code ?? signal}): ${stderr.slice(0, 2000)}`));
      else if (!opened && !fromSpawn) reject(new Error(`child did not open the dataset: ${stderr.slice(0, 2000)}`));
      else resolve({ opened, lastAck });
    });
  });
}

/**
 * After the kills: the file opens, holds every acknowledged act as 1..n without gaps, and its audit
 * chain holds. Both crash tests end with this.
 */
export async function expectEveryAcknowledgedAct(path: string, acked: number): Promise<void> {
  const ds = await OpenDataset.openFile(path, TEST_PASSPHRASE, { idleSaveMs: 0 });
  try {
    const present = decisionsPresent(ds.db);
    expect(present.length).toBeGreaterThanOrEqual(acked);
    expect(present).toEqual(present.map((_, i) => i + 1));
    expect(verifyChain(ds.db).valid).toBe(true);
  } finally {
    ds.close();
  }
}
