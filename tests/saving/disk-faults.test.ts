import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OpenDataset } from '../../electron/dataset/open-dataset';
import { AppError } from '../../shared/errors';
import { TEST_PASSPHRASE } from '../support/dataset-context';
import { decisionsPresent, recordDecision, smallDatasetFile } from './fixture';
import { appOn } from './app';

// Real faults need real filesystems: a tiny tmpfs fills up for real, and a read-only bind mount
// refuses writes for real (root ignores chmod, so permissions cannot simulate it).
function tryMount(args: string[]): string | null {
  try {
    execFileSync('mount', args, { stdio: 'pipe' });
    return null;
  } catch (err) {
    return (err as Error).message.split('\n')[0] ?? 'mount failed';
  }
}

const base = mkdtempSync(join(tmpdir(), 'bpj-faults-'));
const small = join(base, 'small');
const roSource = join(base, 'ro-source');
const ro = join(base, 'ro');
mkdirSync(small);
mkdirSync(roSource);
mkdirSync(ro);
const mountError = tryMount(['-t', 'tmpfs', '-o', 'size=4096k', 'tmpfs', small]);
const roError = mountError ?? tryMount(['--bind', roSource, ro]);
if (!mountError) console.log('disk-faults: tmpfs of 4 MiB mounted');
else console.warn(`disk-faults SKIPPED: cannot mount a tmpfs here (${mountError}); needs root`);

/** Fills the filesystem until the kernel says ENOSPC; returns the filler chunks (delete one to free space). */
function fillDisk(dir: string): string[] {
  const chunks: string[] = [];
  const block = Buffer.alloc(4096, 0x5a);
  for (let i = 0; ; i++) {
    const p = join(dir, `pengisi-${i}`);
    const fd = openSync(p, 'w');
    chunks.push(p);
    try {
      for (let j = 0; j < 16; j++) writeSync(fd, block);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOSPC') return chunks;
      throw err;
    } finally {
      closeSync(fd);
    }
  }
}

function expectAppError(fn: () => void, code: string): void {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe(code);
    return;
  }
  throw new Error(`expected ${code}`);
}

describe.skipIf(mountError !== null)('disk full and read-only media (real filesystems)', () => {
  beforeAll(() => {
    if (!roError) tryMount(['-o', 'remount,ro,bind', ro]);
  });
  afterAll(() => {
    try { execFileSync('umount', ['-l', ro], { stdio: 'pipe' }); } catch { /* not mounted */ }
    try { execFileSync('umount', ['-l', small], { stdio: 'pipe' }); } catch { /* not mounted */ }
    rmSync(base, { recursive: true, force: true });
  });

  it('disk full: the act fails with DISK_PENUH, memory keeps every saved act, "Simpan sebagai" elsewhere works', async () => {
    const dir = join(small, 'penuh');
    mkdirSync(dir);
    const { path } = await smallDatasetFile(dir);
    const app = await appOn(path);
    const ds = app.ctx.dataset();
    for (let n = 1; n <= 5; n++) recordDecision(ds.db, n, `2026-11-23T09:0${n}:00.000Z`);
    const fillers = fillDisk(small);
    try {
      // The journal's last page may still have room: record until the disk really refuses.
      let n = 5;
      let code: string | null = null;
      while (n < 200 && code === null) {
        try {
          recordDecision(ds.db, n + 1, '2026-11-23T09:06:00.000Z');
          n++;
        } catch (err) {
          code = (err as AppError).code;
        }
      }
      expect(code).toBe('DISK_PENUH');
      // The status line says so at once, before any save is attempted.
      expect((await app.call('dataset:status', {})).save?.error?.code).toBe('DISK_PENUH');
      // Rolled back in memory too: nothing is shown that is not on disk.
      const saved = Array.from({ length: n }, (_, i) => i + 1);
      expect(decisionsPresent(ds.db)).toEqual(saved);
      expect(await app.failure('dataset:save', {})).toBe('DISK_PENUH');
      const st = await app.call('dataset:status', {});
      expect(st.save?.error?.code).toBe('DISK_PENUH');
      expect(st.save?.error?.message).toContain('simpan ke lokasi lain');
      expect(st.save?.dirty).toBe(true);

      // Save elsewhere: the dataset moves there and keeps working.
      const elsewhere = mkdtempSync(join(tmpdir(), 'bpj-elsewhere-'));
      const target = join(elsewhere, 'dataset-salinan.bpj');
      app.saveDialogAnswers.push(target);
      expect(await app.call('dataset:saveAs', {})).toEqual({ path: target });
      recordDecision(app.ctx.dataset().db, n + 1, '2026-11-23T09:06:00.000Z');
      const after = await app.call('dataset:status', {});
      expect(after.save?.error).toBeNull();
      expect(after.info?.path).toBe(target);
      app.ctx.closeDataset();

      const reopened = await OpenDataset.openFile(target, TEST_PASSPHRASE, { idleSaveMs: 0 });
      expect(decisionsPresent(reopened.db)).toEqual([...saved, n + 1]);
      reopened.close();
      rmSync(elsewhere, { recursive: true, force: true });
    } finally {
      fillers.forEach((f) => rmSync(f, { force: true }));
    }
  });

  it('disk full in the middle of a journal append: the torn tail is cut, later acts land cleanly', async () => {
    const dir = join(small, 'sobek');
    mkdirSync(dir);
    const { path } = await smallDatasetFile(dir);
    const ds = await OpenDataset.openFile(path, TEST_PASSPHRASE, { idleSaveMs: 0, saveEvery: 1000 });
    recordDecision(ds.db, 1, '2026-11-23T09:01:00.000Z');
    const fillers = fillDisk(small);
    unlinkSync(fillers.pop()!); // a little room: less than one big act needs
    const big = 'x'.repeat(200_000);
    const journalBefore = statSync(`${path}.journal`).size;
    expectAppError(() => ds.db.transaction(() => {
      recordDecision(ds.db, 2, '2026-11-23T09:02:00.000Z');
      ds.db.run('UPDATE keputusan SET syarat = ? WHERE agenda_item_id = ?', [big, 'agenda-2']);
    }), 'DISK_PENUH');
    expect(statSync(`${path}.journal`).size).toBe(journalBefore);
    fillers.forEach((f) => unlinkSync(f));
    recordDecision(ds.db, 2, '2026-11-23T09:03:00.000Z');
    recordDecision(ds.db, 3, '2026-11-23T09:04:00.000Z');
    // Simulate a crash: copy the files as they are on disk now, without the closing full save.
    const crashDir = mkdtempSync(join(tmpdir(), 'bpj-crash-'));
    copyFileSync(path, join(crashDir, 'dataset.bpj'));
    copyFileSync(`${path}.journal`, join(crashDir, 'dataset.bpj.journal'));
    ds.close();
    const reopened = await OpenDataset.openFile(join(crashDir, 'dataset.bpj'), TEST_PASSPHRASE, { idleSaveMs: 0 });
    expect(reopened.recovered?.records).toBe(3);
    expect(reopened.recovered?.droppedBytes).toBe(0);
    expect(decisionsPresent(reopened.db)).toEqual([1, 2, 3]);
    expect(reopened.db.value('SELECT length(syarat) FROM keputusan WHERE agenda_item_id = ?', ['agenda-2'])).toBe(0);
    reopened.close();
    rmSync(crashDir, { recursive: true, force: true });
  });

  it('after a crash on a full disk, the replayed journal keeps taking acts although the full save fails', async () => {
    const dir = join(small, 'pulih');
    mkdirSync(dir);
    const { path } = await smallDatasetFile(dir);
    const first = await OpenDataset.openFile(path, TEST_PASSPHRASE, { idleSaveMs: 0, saveEvery: 1000 });
    for (let n = 1; n <= 3; n++) recordDecision(first.db, n, `2026-11-23T09:0${n}:00.000Z`);
    // "Crash": the process is gone without closing; what counts is on disk.
    const crashDir = mkdtempSync(join(small, 'crash-'));
    copyFileSync(path, join(crashDir, 'dataset.bpj'));
    copyFileSync(`${path}.journal`, join(crashDir, 'dataset.bpj.journal'));
    first.db.onCommit = null;
    // Moved, not copied: a journal beside a copy whose original is still there is refused as a stray.
    rmSync(path);
    const crashed = join(crashDir, 'dataset.bpj');
    const fillers = fillDisk(small);
    try {
      const second = await OpenDataset.openFile(crashed, TEST_PASSPHRASE, { idleSaveMs: 0, saveEvery: 1000 });
      expect(second.recovered?.records).toBe(3);
      expect(second.saveStatus().error?.code).toBe('DISK_PENUH'); // the full save after the replay failed
      recordDecision(second.db, 4, '2026-11-23T09:04:00.000Z'); // the journal's last page still has room
      expect(second.saveStatus().journalRecords).toBe(4);
      const again = mkdtempSync(join(tmpdir(), 'bpj-crash-again-'));
      copyFileSync(crashed, join(again, 'dataset.bpj'));
      copyFileSync(`${crashed}.journal`, join(again, 'dataset.bpj.journal'));
      second.db.onCommit = null;
      rmSync(crashed);
      fillers.forEach((f) => rmSync(f, { force: true }));
      const third = await OpenDataset.openFile(join(again, 'dataset.bpj'), TEST_PASSPHRASE, { idleSaveMs: 0 });
      expect(third.recovered?.records).toBe(4);
      expect(decisionsPresent(third.db)).toEqual([1, 2, 3, 4]);
      third.close();
      rmSync(again, { recursive: true, force: true });
    } finally {
      fillers.forEach((f) => rmSync(f, { force: true }));
      rmSync(crashDir, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(roError !== null)('read-only media: the file opens, acts fail with BERKAS_HANYA_BACA, "Simpan sebagai" works', async () => {
    await smallDatasetFile(roSource);
    const path = join(ro, 'dataset.bpj');
    const app = await appOn(path);
    const st = await app.call('dataset:status', {});
    expect(st.open).toBe(true);
    expect(st.save?.error?.code).toBe('BERKAS_HANYA_BACA');
    const ds = app.ctx.dataset();
    expectAppError(() => recordDecision(ds.db, 1, '2026-11-23T09:01:00.000Z'), 'BERKAS_HANYA_BACA');
    expect(decisionsPresent(ds.db)).toEqual([]);
    expect(await app.failure('dataset:save', {})).toBe('BERKAS_HANYA_BACA');

    const elsewhere = mkdtempSync(join(tmpdir(), 'bpj-elsewhere-'));
    app.saveDialogAnswers.push(join(elsewhere, 'dataset.bpj'));
    await app.call('dataset:saveAs', {});
    recordDecision(app.ctx.dataset().db, 1, '2026-11-23T09:01:00.000Z');
    app.ctx.closeDataset();
    const reopened = await OpenDataset.openFile(join(elsewhere, 'dataset.bpj'), TEST_PASSPHRASE, { idleSaveMs: 0 });
    expect(decisionsPresent(reopened.db)).toEqual([1]);
    reopened.close();
    rmSync(elsewhere, { recursive: true, force: true });
  });
});
