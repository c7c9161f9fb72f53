import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rmSync } from 'node:fs';
import { OpenDataset } from '../../electron/dataset/open-dataset';
import { decisionsPresent, recordDecision, smallDatasetFile, TEST_PASSPHRASE } from './fixture';

describe('when full saves happen', () => {
  const dirs: string[] = [];
  // The save timers run on a fake clock, moved by hand: no sleep races them on a loaded machine.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  async function opened(opts: { saveEvery?: number; idleSaveMs?: number }) {
    const { dir, path } = await smallDatasetFile();
    dirs.push(dir);
    return { path, ds: await OpenDataset.openFile(path, TEST_PASSPHRASE, opts) };
  }

  it('acts are durable at once (journal), the .bpj catches up after N acts', async () => {
    const { ds } = await opened({ saveEvery: 3, idleSaveMs: 0 });
    expect(ds.lastSavedAt).toBeNull();
    recordDecision(ds.db, 1, '2026-11-23T10:00:01.000Z');
    expect(ds.lastSavedAt).not.toBeNull();
    expect(ds.saveStatus()).toMatchObject({ journalRecords: 1, dirty: true, lastFullSaveAt: null, error: null });
    recordDecision(ds.db, 2, '2026-11-23T10:00:02.000Z');
    recordDecision(ds.db, 3, '2026-11-23T10:00:03.000Z');
    // The fold runs after the commit, never inside it: on the next turn of the timers.
    expect(ds.saveStatus()).toMatchObject({ journalRecords: 3, dirty: true, lastFullSaveAt: null });
    vi.advanceTimersByTime(0);
    expect(ds.saveStatus()).toMatchObject({ journalRecords: 0, dirty: false });
    expect(ds.saveStatus().lastFullSaveAt).not.toBeNull();
    ds.close();
  });

  it('an idle pause folds the journal into the file', async () => {
    const { ds, path } = await opened({ idleSaveMs: 40 });
    recordDecision(ds.db, 1, '2026-11-23T10:00:01.000Z');
    expect(ds.saveStatus().journalRecords).toBe(1);
    vi.advanceTimersByTime(39);
    expect(ds.saveStatus().journalRecords).toBe(1);
    recordDecision(ds.db, 2, '2026-11-23T10:00:02.000Z'); // another act restarts the pause
    vi.advanceTimersByTime(39);
    expect(ds.saveStatus().journalRecords).toBe(2);
    vi.advanceTimersByTime(1);
    expect(ds.saveStatus().journalRecords).toBe(0);
    ds.close();
    const ro = await OpenDataset.openFile(path, TEST_PASSPHRASE, { readOnly: true });
    expect(ro.recovered).toBeNull(); // nothing left to replay: the act is in the .bpj itself
    expect(decisionsPresent(ro.db)).toEqual([1, 2]);
    ro.close();
  });

  it('closing saves in full; a locked dataset saved before it locked', async () => {
    const { ds, path } = await opened({ idleSaveMs: 0 });
    recordDecision(ds.db, 1, '2026-11-23T10:00:01.000Z');
    ds.locked = true; // what main does on suspend / screen lock
    expect(ds.saveStatus()).toMatchObject({ journalRecords: 0, dirty: false });
    await ds.unlock(TEST_PASSPHRASE);
    recordDecision(ds.db, 2, '2026-11-23T10:00:02.000Z');
    ds.close();
    const ro = await OpenDataset.openFile(path, TEST_PASSPHRASE, { readOnly: true });
    expect(ro.recovered).toBeNull();
    expect(decisionsPresent(ro.db)).toEqual([1, 2]);
    ro.close();
  });

  it('a read-only open refuses acts and saves', async () => {
    const { path } = await smallDatasetFile();
    const ro = await OpenDataset.openFile(path, TEST_PASSPHRASE, { readOnly: true });
    expect(() => recordDecision(ro.db, 1, '2026-11-23T10:00:01.000Z')).toThrow(/hanya-baca/);
    expect(decisionsPresent(ro.db)).toEqual([]);
    expect(() => ro.save()).toThrow(/hanya-baca/);
    ro.close();
  });
});
