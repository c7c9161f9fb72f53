import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { OpenDataset } from '../../electron/dataset/open-dataset';
import { journalPath, journalRecordsStart } from '../../electron/dataset/journal';
import { AppError } from '../../shared/errors';
import { TEST_PASSPHRASE } from '../support/dataset-context';
import { decisionsPresent, recordDecision, smallDatasetFile } from './fixture';
import { appOn } from './app';

const open = (path: string) => OpenDataset.openFile(path, TEST_PASSPHRASE, { idleSaveMs: 0, saveEvery: 1000 });

function flip(b: Buffer, at: number, mask: number): void {
  b.writeUInt8(b.readUInt8(at) ^ mask, at);
}

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    return err instanceof AppError ? err.code : String(err);
  }
}

/** Offsets of each record's frame in a journal. */
function frames(j: Buffer): number[] {
  const out: number[] = [];
  for (let off = journalRecordsStart(j); off + 4 <= j.length; off += 32 + j.readUInt32BE(off)) out.push(off);
  return out;
}

describe('journal damage is kept and told, never overwritten', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** A dataset with `n` acts in its journal, left as a crash leaves it (same path, no closing save). */
  async function crashedWith(n: number) {
    const { dir, path } = await smallDatasetFile();
    dirs.push(dir);
    const ds = await open(path);
    for (let i = 1; i <= n; i++) recordDecision(ds.db, i, `2026-11-23T10:00:0${i}.000Z`);
    const bpj = readFileSync(path);
    const journal = readFileSync(journalPath(path));
    ds.close();
    writeFileSync(path, bpj);
    writeFileSync(journalPath(path), journal);
    return { dir, path, journal };
  }

  /** Opens with the journal changed by `damage`; checks the journal on disk is untouched and a copy is kept. */
  async function openDamaged(n: number, damage: (j: Buffer) => Buffer) {
    const { dir, path, journal } = await crashedWith(n);
    const damaged = damage(Buffer.from(journal));
    writeFileSync(journalPath(path), damaged);
    const ds = await open(path);
    const r = ds.recovered!;
    expect(r.awaitingDecision).toBe(true);
    expect(r.damagedCopy).toMatch(/dataset\.bpj\.journal\.rusak-/);
    expect(readFileSync(r.damagedCopy!).equals(damaged)).toBe(true);
    // Read-only until the user decides: an act is refused, and nothing on disk changes.
    expect(codeOf(() => recordDecision(ds.db, 99, '2026-11-23T11:00:00.000Z'))).toBe('JURNAL_MENUNGGU_KEPUTUSAN');
    expect(codeOf(() => ds.save())).toBe('JURNAL_MENUNGGU_KEPUTUSAN');
    expect(ds.saveStatus().error?.code).toBe('JURNAL_MENUNGGU_KEPUTUSAN');
    expect(readFileSync(journalPath(path)).equals(damaged)).toBe(true);
    return { dir, path, ds, r, damaged };
  }

  it('a flipped bit in the magic: every act still replays, but the journal is kept and the user asked', async () => {
    const { ds, r } = await openDamaged(3, (j) => (flip(j, 2, 0x04), j));
    expect(r).toMatchObject({ problem: 'kepala', records: 3, lost: 0 });
    expect(decisionsPresent(ds.db)).toEqual([1, 2, 3]);
    ds.close();
  });

  it('a damaged first record: none replays, all three acts are counted as lost, nothing is rewritten', async () => {
    const { ds, r, path, damaged } = await openDamaged(3, (j) => (flip(j, frames(j)[0]! + 40, 0xff), j));
    expect(r).toMatchObject({ problem: 'rekaman', records: 0, lost: 3 });
    expect(decisionsPresent(ds.db)).toEqual([]);
    ds.close(); // closing without deciding writes nothing
    expect(readFileSync(journalPath(path)).equals(damaged)).toBe(true);
    const again = await open(path); // the question is asked again; the same copy is reused, not repeated
    expect(again.recovered).toMatchObject({ problem: 'rekaman', lost: 3, awaitingDecision: true, damagedCopy: r.damagedCopy });
    again.close();
  });

  it('a damaged middle record: the acts before it replay, the rest are counted as lost', async () => {
    const { ds, r } = await openDamaged(3, (j) => (flip(j, frames(j)[1]! + 20, 0x01), j));
    expect(r).toMatchObject({ problem: 'rekaman', records: 1, lost: 2 });
    expect(decisionsPresent(ds.db)).toEqual([1]);
    ds.close();
  });

  it('a length field pointing past the end is damage, not a torn append', async () => {
    const { ds, r } = await openDamaged(3, (j) => (j.writeUInt32BE(0x00ff_ffff, frames(j)[0]!), j));
    expect(r).toMatchObject({ problem: 'rekaman', records: 0, lost: 3 });
    ds.close();
  });

  it('a journal under another key: kept aside, the number of its acts unknown', async () => {
    const other = await crashedWith(2);
    const { ds, r } = await openDamaged(1, () => Buffer.from(other.journal));
    expect(r).toMatchObject({ problem: 'kepala', records: 0, lost: null });
    expect(decisionsPresent(ds.db)).toEqual([]);
    ds.close();
  });

  it('a journal cut exactly at a record boundary is detected: the count says how many acts are missing', async () => {
    const { ds, r } = await openDamaged(3, (j) => j.subarray(0, frames(j)[2]!));
    expect(r).toMatchObject({ problem: 'terpotong', records: 2, lost: 1 });
    expect(decisionsPresent(ds.db)).toEqual([1, 2]);
    ds.close();
  });

  it('only a record torn at the very end (a crash mid-append) is dropped silently', async () => {
    for (const cut of [1, 7, 20, 40]) {
      const { path, journal } = await crashedWith(3);
      // The torn append of an act never acknowledged: record 4 was being written, the count still says 3.
      const probe = await crashedWith(4);
      const fourth = probe.journal.subarray(frames(probe.journal)[3]!);
      writeFileSync(journalPath(path), Buffer.concat([journal, fourth.subarray(0, fourth.length - cut)]));
      const ds = await open(path);
      expect(ds.recovered).toMatchObject({ records: 3, problem: null, lost: 0, damagedCopy: null, awaitingDecision: false });
      expect(ds.recovered!.droppedBytes).toBeGreaterThan(0);
      expect(decisionsPresent(ds.db)).toEqual([1, 2, 3]);
      recordDecision(ds.db, 5, '2026-11-23T10:00:05.000Z'); // not read-only
      ds.close();
      expect(readdirSync(dirname(path)).some((f) => f.includes('.rusak-'))).toBe(false);
    }
  });

  it('deciding to continue keeps the readable acts, saves, starts a fresh journal and leaves the copy', async () => {
    const { ds, r, path } = await openDamaged(3, (j) => (flip(j, frames(j)[2]! + 20, 0x01), j));
    expect(r).toMatchObject({ records: 2, lost: 1 });
    ds.continueWithoutLostActs();
    expect(ds.recovered?.awaitingDecision).toBe(false);
    recordDecision(ds.db, 7, '2026-11-23T10:00:07.000Z');
    ds.close();
    expect(existsSync(r.damagedCopy!)).toBe(true);
    const again = await open(path);
    expect(again.recovered).toBeNull();
    expect(decisionsPresent(again.db)).toEqual([1, 2, 7]);
    again.close();
  });

  it('a journal copied beside a byte-identical copy of the dataset is refused there, replayed for the original', async () => {
    const { dir, path } = await crashedWith(2);
    const copy = join(dir, 'salinan.bpj');
    copyFileSync(path, copy);
    copyFileSync(journalPath(path), journalPath(copy));
    const stray = await open(copy);
    expect(stray.recovered).toMatchObject({ problem: 'milik_berkas_lain', belongsTo: path, records: 0, lost: 2, awaitingDecision: true });
    expect(decisionsPresent(stray.db)).toEqual([]);
    stray.close();
    const own = await open(path);
    expect(own.recovered).toMatchObject({ problem: null, records: 2 });
    expect(decisionsPresent(own.db)).toEqual([1, 2]);
    own.close();
  });

  it('a dataset moved with its journal (the original path gone) replays in its new place', async () => {
    const { dir, path } = await crashedWith(2);
    mkdirSync(join(dir, 'pindah'));
    const moved = join(dir, 'pindah', 'dataset.bpj');
    renameSync(path, moved);
    renameSync(journalPath(path), journalPath(moved));
    const ds = await open(moved);
    expect(ds.recovered).toMatchObject({ problem: null, records: 2 });
    ds.close();
  });

  it('the CLI audit (read-only) tells the loss and writes nothing', async () => {
    const { path, journal } = await crashedWith(3);
    const cut = journal.subarray(0, frames(journal)[1]!);
    writeFileSync(journalPath(path), cut);
    const ro = await OpenDataset.openFile(path, TEST_PASSPHRASE, { readOnly: true });
    expect(ro.recovered).toMatchObject({ problem: 'terpotong', records: 1, lost: 2, damagedCopy: null });
    ro.close();
    expect(readFileSync(journalPath(path)).equals(cut)).toBe(true);
  });

  it('a journal that is not a regular file is refused without reading it', async () => {
    const { path } = await crashedWith(1);
    rmSync(journalPath(path));
    mkdirSync(journalPath(path));
    const ds = await open(path);
    expect(ds.recovered).toMatchObject({ problem: 'bukan_berkas', lost: null, damagedCopy: null, awaitingDecision: true });
    ds.close();
  });

  it('through the app: the open result tells, acts are refused, and continuing is audited with the loss', async () => {
    const { path, journal } = await crashedWith(3);
    writeFileSync(journalPath(path), journal.subarray(0, frames(journal)[2]!));
    const app = await appOn(path);
    try {
      const st = await app.call('dataset:status', {});
      expect(st.info?.recovered).toMatchObject({ problem: 'terpotong', records: 2, lost: 1, awaitingDecision: true });
      expect(st.save?.error?.code).toBe('JURNAL_MENUNGGU_KEPUTUSAN');
      expect(await app.failure('dataset:save', {})).toBe('JURNAL_MENUNGGU_KEPUTUSAN');
      const after = await app.call('dataset:continueWithoutLostActs', {});
      expect(after).toMatchObject({ error: null, recovered: { awaitingDecision: false, lost: 1 } });
      const log = await app.call('dataset:auditLog', { offset: 0, limit: 100 });
      expect(log.entries.map((e) => e.action).slice(-2)).toEqual(['dataset.pulihkan_jurnal', 'dataset.buka']);
      expect(JSON.parse(log.entries.at(-2)!.payload)).toMatchObject({ tindakan: 2, masalah: 'terpotong', hilang: 1, jurnalRusak: true });
      expect(decisionsPresent(app.ctx.dataset().db)).toEqual([1, 2]);
    } finally {
      app.ctx.closeDataset();
      rmSync(app.userDataDir, { recursive: true, force: true });
    }
  });
});
