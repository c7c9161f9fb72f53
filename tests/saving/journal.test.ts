import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { OpenDataset } from '../../electron/dataset/open-dataset';
import { baseId, journalPath, journalRecordsStart } from '../../electron/dataset/journal';
import { TEST_PASSPHRASE } from '../support/dataset-context';
import { decisionsPresent, recordDecision, smallDatasetFile } from './fixture';
import { appOn } from './app';

/** XORs one byte in place. */
function flip(b: Buffer, at: number, mask: number): void {
  b.writeUInt8(b.readUInt8(at) ^ mask, at);
}

const open = (path: string) => OpenDataset.openFile(path, TEST_PASSPHRASE, { idleSaveMs: 0, saveEvery: 1000 });

/** Files as a crash leaves them: the .bpj and its journal as they were while the dataset was open, in place. */
function crashAt(path: string, close: () => void): string {
  const bpj = readFileSync(path);
  const journal = readFileSync(journalPath(path));
  close();
  writeFileSync(path, bpj);
  writeFileSync(journalPath(path), journal);
  return path;
}

const recordsStart = (path: string): number => journalRecordsStart(readFileSync(journalPath(path)));

describe('journal', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  async function withActs(n: number) {
    const { dir, path } = await smallDatasetFile();
    dirs.push(dir);
    const ds = await open(path);
    for (let i = 1; i <= n; i++) recordDecision(ds.db, i, `2026-11-23T10:00:0${i % 10}.000Z`);
    const crashed = crashAt(path, () => ds.close());
    return { dir, path, crashed };
  }

  it('holds each act encrypted (no plaintext) and replays all of them after a crash', async () => {
    const { crashed } = await withActs(4);
    const raw = readFileSync(journalPath(crashed));
    expect(raw.includes(Buffer.from('Pertimbangan'))).toBe(false);
    expect(raw.includes(Buffer.from('keputusan'))).toBe(false);
    const ds = await open(crashed);
    expect(ds.recovered).toEqual({
      records: 4, droppedBytes: 0, damagedCopy: null, lost: 0, problem: null, belongsTo: null, awaitingDecision: false,
    });
    expect(decisionsPresent(ds.db)).toEqual([1, 2, 3, 4]);
    // The replay was folded into a full save at once: a fresh, empty journal for the new file.
    expect(readFileSync(journalPath(crashed)).length).toBe(recordsStart(crashed));
    ds.close();
  });

  it('a stale journal (written for an older version of the file) is never replayed', async () => {
    const { dir, path } = await smallDatasetFile();
    dirs.push(dir);
    const ds = await open(path);
    recordDecision(ds.db, 1, '2026-11-23T10:00:00.000Z');
    const oldJournal = readFileSync(journalPath(path));
    ds.save(); // new .bpj holds act 1; a crash right after the rename would leave the old journal
    recordDecision(ds.db, 2, '2026-11-23T10:00:01.000Z');
    ds.save();
    ds.close();
    writeFileSync(journalPath(path), oldJournal);
    const again = await open(path);
    expect(again.recovered).toBeNull();
    expect(decisionsPresent(again.db)).toEqual([1, 2]); // act 1 not applied twice
    again.close();
  });

  it('binds to the exact bytes of the base file', async () => {
    const { crashed } = await withActs(1);
    const bytes = readFileSync(crashed);
    const id = baseId(bytes);
    const copy = Buffer.from(bytes);
    flip(copy, copy.length - 1, 1);
    expect(baseId(copy).equals(id)).toBe(false);
    expect(baseId(Buffer.from(bytes)).equals(id)).toBe(true);
  });

  it('full saves keep three rotating backups and never leave temp files', async () => {
    const { dir, path } = await smallDatasetFile();
    dirs.push(dir);
    const ds = await open(path);
    for (let i = 1; i <= 5; i++) {
      recordDecision(ds.db, i, `2026-11-23T10:00:0${i}.000Z`);
      ds.save();
    }
    ds.close();
    expect(readdirSync(dir).sort()).toEqual([
      'dataset.bpj', 'dataset.bpj.bak1', 'dataset.bpj.bak2', 'dataset.bpj.bak3', 'dataset.bpj.journal',
    ]);
    const bak1 = await OpenDataset.openFile(`${path}.bak1`, TEST_PASSPHRASE, { readOnly: true });
    expect(decisionsPresent(bak1.db)).toEqual([1, 2, 3, 4]);
    bak1.close();
  });

  it('opened through the app, a recovery is shown in the status and written to the audit trail', async () => {
    const { crashed } = await withActs(3);
    const app = await appOn(crashed);
    try {
      const st = await app.call('dataset:status', {});
      expect(st.save?.recovered).toMatchObject({ records: 3, droppedBytes: 0, damagedCopy: null, lost: 0, problem: null });
      const log = await app.call('dataset:auditLog', { offset: 0, limit: 100 });
      const actions = log.entries.map((e) => e.action);
      expect(actions.slice(-2)).toEqual(['dataset.pulihkan_jurnal', 'dataset.buka']);
      expect(JSON.parse(log.entries.at(-2)!.payload)).toEqual({ tindakan: 3, baitDibuang: 0, jurnalRusak: false });
      expect((await app.call('dataset:verifyAudit', {})).valid).toBe(true);
    } finally {
      app.ctx.closeDataset();
      rmSync(app.userDataDir, { recursive: true, force: true });
    }
  });
});
