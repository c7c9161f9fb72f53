import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, rmSync } from 'node:fs';
import { smallDatasetFile } from './fixture';
import { disposeChild, expectEveryAcknowledgedAct, killRound, prepareChild } from './crash-harness';
import { journalPath } from '../../electron/dataset/journal';

const ROUNDS = Number(process.env.BPJ_CRASH_ROUNDS ?? 100);

describe('SIGKILL while recording decisions', () => {
  const dirs: string[] = [];
  beforeAll(prepareChild);
  afterAll(() => {
    disposeChild();
    dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  it(`keeps every acknowledged decision across ${ROUNDS} kills at random points`, async () => {
    const { dir, path } = await smallDatasetFile();
    dirs.push(dir);
    // A seeded sequence of kill points, so a failure can be replayed.
    let seed = 20261123;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let acked = 0;
    let replayedTotal = 0;
    let killedWhileOpening = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const whileOpening = round % 5 === 4;
      // Full saves every few acts, so kills also land inside them (export, temp file, rename, journal reset).
      // Kills count acts, not milliseconds: every round adds acts however slow the machine is.
      const saveEvery = 3 + Math.floor(rand() * 12);
      const when = whileOpening ? { afterSpawnMs: 60 + rand() * 400 } : { afterAcks: 2 + Math.floor(rand() * 2 * saveEvery) };
      const r = await killRound(path, when, saveEvery);
      if (r.opened) {
        expect(r.opened.contiguous, `round ${round}: acts present are 1..n without gaps`).toBe(true);
        expect(r.opened.present, `round ${round}: every acknowledged act is there`).toBeGreaterThanOrEqual(acked);
        expect(r.opened.chainOk, `round ${round}: audit chain holds`).toBe(true);
        replayedTotal += r.opened.replayed;
        acked = Math.max(acked, r.lastAck);
      } else {
        killedWhileOpening++;
      }
    }
    await expectEveryAcknowledgedAct(path, acked);
    expect(existsSync(journalPath(path))).toBe(true);
    // The run must really have exercised crash recovery, not only clean reopenings.
    expect(acked).toBeGreaterThan(ROUNDS);
    expect(replayedTotal).toBeGreaterThan(0);
    console.log(`crash test: ${ROUNDS} kills (${killedWhileOpening} during open), ${acked} acts acknowledged, ${replayedTotal} replayed from journals`);
  }, 480_000);
});
