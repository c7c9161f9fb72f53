import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, rmSync } from 'node:fs';
import { smallDatasetFile } from './fixture';
import { disposeChild, expectEveryAcknowledgedAct, killRound, prepareChild } from './crash-harness';

const ROUNDS = Number(process.env.BPJ_CRASH_ROUNDS ?? 20);

describe('SIGKILL while background full saves run beside the acts', () => {
  const dirs: string[] = [];
  beforeAll(async () => {
    process.env.BPJ_BACKGROUND_SAVES = '1'; // read by crash-child.ts
    await prepareChild();
  });
  afterAll(() => {
    delete process.env.BPJ_BACKGROUND_SAVES;
    disposeChild();
    dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  it(`keeps every acknowledged decision across ${ROUNDS} kills, with saves staged, committed or half-way`, async () => {
    const { dir, path } = await smallDatasetFile();
    dirs.push(dir);
    let seed = 20261208;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let acked = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const saveEvery = 2 + Math.floor(rand() * 8);
      const r = await killRound(path, { afterAcks: 1 + Math.floor(rand() * 3 * saveEvery) }, saveEvery);
      expect(r.opened, `round ${round}: opened`).not.toBeNull();
      expect(r.opened!.contiguous, `round ${round}: acts present are 1..n without gaps`).toBe(true);
      expect(r.opened!.present, `round ${round}: every acknowledged act is there`).toBeGreaterThanOrEqual(acked);
      expect(r.opened!.chainOk, `round ${round}: audit chain holds`).toBe(true);
      acked = Math.max(acked, r.lastAck);
    }
    await expectEveryAcknowledgedAct(path, acked);
    expect(acked).toBeGreaterThan(ROUNDS);
    // Staged journals are adopted or removed on open; only temp files of a killed save may remain.
    expect(readdirSync(dir).filter((f) => f.endsWith('.journal.next'))).toEqual([]);
  }, 480_000);
});
