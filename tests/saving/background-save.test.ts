import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OpenDataset } from '../../electron/dataset/open-dataset';
import { journalPath, stagedJournalPath } from '../../electron/dataset/journal';
import { verifyChain } from '../../electron/audit/audit-log';
import { decisionsPresent, recordDecision, smallDatasetFile, TEST_PASSPHRASE } from './fixture';

const at = (n: number) => `2026-11-23T10:${String(n).padStart(2, '0')}:00.000Z`;

describe('full saves in the background', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  async function opened() {
    const { dir, path } = await smallDatasetFile();
    dirs.push(dir);
    return { dir, path, ds: await OpenDataset.openFile(path, TEST_PASSPHRASE, { idleSaveMs: 0, saveEvery: 1000, backgroundSaves: true }) };
  }

  /** The files of `path` copied elsewhere as they are now: what a crash at this instant would leave. */
  function snapshot(path: string): { bpj: Buffer; journal: Buffer } {
    return { bpj: readFileSync(path), journal: readFileSync(journalPath(path)) };
  }

  function restoreInto(dir: string, files: { bpj: Buffer; journal: Buffer }, staged?: Buffer): string {
    const path = join(dir, 'dataset.bpj');
    writeFileSync(path, files.bpj);
    writeFileSync(journalPath(path), files.journal);
    if (staged) writeFileSync(stagedJournalPath(path), staged);
    return path;
  }

  const reopen = (path: string) => OpenDataset.openFile(path, TEST_PASSPHRASE, { idleSaveMs: 0 });

  it('writes a file that opens with exactly what memory held, and starts an empty journal for it', async () => {
    const { dir, path, ds } = await opened();
    for (let n = 1; n <= 4; n++) recordDecision(ds.db, n, at(n));
    await ds.saveInBackground();
    expect(ds.saveStatus()).toMatchObject({ journalRecords: 0, dirty: false, error: null });
    // No staged file is left behind: only the file, its journal and the first backup.
    expect(readdirSync(dir).sort()).toEqual(['dataset.bpj', 'dataset.bpj.bak1', 'dataset.bpj.journal']);
    const saved = readFileSync(path);
    ds.close(); // nothing left to save: the closing save does not run
    expect(readFileSync(path).equals(saved)).toBe(true);
    const again = await reopen(path);
    expect(again.recovered).toBeNull();
    expect(decisionsPresent(again.db)).toEqual([1, 2, 3, 4]);
    expect(verifyChain(again.db).valid).toBe(true);
    again.close();
  });

  it('an act recorded while the save runs is durable: it is carried into the new file’s journal', async () => {
    const { path, ds } = await opened();
    recordDecision(ds.db, 1, at(1));
    const saving = ds.saveInBackground(); // the snapshot holds act 1 only
    recordDecision(ds.db, 2, at(2));
    recordDecision(ds.db, 3, at(3));
    await saving;
    expect(ds.saveStatus().journalRecords).toBe(2);
    const files = snapshot(path);
    ds.close();
    const dir = mkdtempSync(join(tmpdir(), 'bpj-bg-'));
    dirs.push(dir);
    const again = await reopen(restoreInto(dir, files));
    expect(again.recovered?.records).toBe(2);
    expect(decisionsPresent(again.db)).toEqual([1, 2, 3]);
    expect(verifyChain(again.db).valid).toBe(true);
    again.close();
  });

  it('a crash at either rename of the commit leaves every act recoverable', async () => {
    const { path, ds } = await opened();
    recordDecision(ds.db, 1, at(1));
    const saving = ds.saveInBackground();
    recordDecision(ds.db, 2, at(2));
    const before = snapshot(path); // the old file and its whole journal (acts 1 and 2)
    await saving;
    const after = snapshot(path); // the new file (act 1) and its journal (act 2)
    ds.close();

    // Killed after the staged journal was written, before the new file was renamed in.
    const early = mkdtempSync(join(tmpdir(), 'bpj-bg-'));
    dirs.push(early);
    const earlyPath = restoreInto(early, before, after.journal);
    const a = await reopen(earlyPath);
    expect(decisionsPresent(a.db)).toEqual([1, 2]);
    expect(existsSync(stagedJournalPath(earlyPath))).toBe(false); // written for bytes that never landed: removed
    a.close();

    // Killed after the new file was renamed in, before its journal was.
    const late = mkdtempSync(join(tmpdir(), 'bpj-bg-'));
    dirs.push(late);
    const latePath = restoreInto(late, { bpj: after.bpj, journal: before.journal }, after.journal);
    const b = await reopen(latePath);
    expect(b.recovered?.records).toBe(1);
    expect(decisionsPresent(b.db)).toEqual([1, 2]);
    expect(existsSync(stagedJournalPath(latePath))).toBe(false);
    expect(verifyChain(b.db).valid).toBe(true);
    b.close();
  });

  it('a synchronous save (lock, close) overtaking it wins, and nothing staged is left', async () => {
    const { dir, path, ds } = await opened();
    recordDecision(ds.db, 1, at(1));
    const saving = ds.saveInBackground();
    recordDecision(ds.db, 2, at(2));
    ds.locked = true; // folds everything into a full save at once
    await saving;
    expect(ds.saveStatus()).toMatchObject({ journalRecords: 0, dirty: false });
    await ds.unlock(TEST_PASSPHRASE);
    ds.close();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.next'))).toEqual([]);
    const again = await reopen(path);
    expect(decisionsPresent(again.db)).toEqual([1, 2]);
    again.close();
  });

  it('a failed save leaves the old file and the journal holding every act', async () => {
    const { path, ds } = await opened();
    recordDecision(ds.db, 1, at(1));
    // A directory where the staged journal must go: the commit fails before anything is renamed.
    mkdirSync(stagedJournalPath(path));
    await expect(ds.saveInBackground()).rejects.toMatchObject({ code: 'GAGAL_MENYIMPAN' });
    expect(ds.saveStatus().error?.code).toBe('GAGAL_MENYIMPAN');
    recordDecision(ds.db, 2, at(2)); // acts go on into the old journal
    const files = snapshot(path);
    ds.close();
    const other = mkdtempSync(join(tmpdir(), 'bpj-bg-'));
    dirs.push(other);
    const again = await reopen(restoreInto(other, files));
    expect(decisionsPresent(again.db)).toEqual([1, 2]);
    again.close();
  });
});
