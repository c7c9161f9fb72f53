import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import { DEMO_PASSPHRASE } from '../../electron/demo/constants';
import { journalPath, journalRecordsStart } from '../../electron/dataset/journal';
import { appOn, type CallError } from './app';

const DEMO = resolve('resources/demo.bpj');
const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

/** Channels that must answer while locked: they show no data (status says only "locked"). */
const ALLOWED_WHILE_LOCKED = new Set([
  'dataset:status', 'dataset:lock', 'dataset:unlock', 'dataset:close', 'dataset:chooseFile', 'settings:get', 'settings:update',
]);

describe.skipIf(!existsSync(DEMO))('session safety on the demo dataset', () => {
  let app: Awaited<ReturnType<typeof appOn>>;
  const demoHash = existsSync(DEMO) ? sha(DEMO) : '';
  let someone: { nip: string; namaLengkap: string };

  beforeAll(async () => {
    app = await appOn('', { resourcesDir: resolve('resources') });
    await app.call('dataset:openDemo', { passphrase: DEMO_PASSPHRASE });
    const list = await app.call('dataset:listRequests', { search: '', levels: [], unitIds: [], targetJabatanIds: [], statuses: [], kecamatan: [], sortBy: 'nama', sortDir: 'asc' });
    someone = list.rows[0]!;
  });
  afterAll(() => {
    app.ctx.closeDataset();
    rmSync(app.userDataDir, { recursive: true, force: true });
  });

  it('works on a copy in the user data folder; resources/ is never written', async () => {
    const st = await app.call('dataset:status', {});
    expect(st.info?.path.startsWith(app.userDataDir)).toBe(true);
    expect(st.info?.isDemo).toBe(true);
    expect(existsSync(journalPath(DEMO))).toBe(false);
    expect(existsSync(`${DEMO}.bak1`)).toBe(false);
    expect(sha(DEMO)).toBe(demoHash);
    expect(st.save?.journalRecords).toBeGreaterThan(0); // the 'dataset.buka' act, journalled
    expect(st.lastSavedAt).not.toBeNull();
  });

  it('locking folds the journal into a full save', async () => {
    const ds = app.ctx.dataset();
    const before = statSync(ds.path).mtimeMs;
    await app.call('dataset:lock', {});
    expect(ds.saveStatus().journalRecords).toBe(0);
    expect(ds.saveStatus().dirty).toBe(false);
    expect(statSync(journalPath(ds.path)).size).toBe(journalRecordsStart(readFileSync(journalPath(ds.path))));
    expect(statSync(ds.path).mtimeMs).toBeGreaterThanOrEqual(before);
    expect(ds.saveStatus().lastFullSaveAt).not.toBeNull();
  });

  it('while locked no data channel answers and nothing personal crosses IPC', async () => {
    const st = await app.call('dataset:status', {});
    expect(st).toMatchObject({ open: true, locked: true, info: null, save: null });
    expect(await app.failure('dataset:listRequests', {} as never)).toBe('DATASET_TERKUNCI');
    expect(await app.failure('dataset:verifyAudit', {})).toBe('DATASET_TERKUNCI');
    expect(await app.failure('dataset:auditLog', { offset: 0, limit: 10 })).toBe('DATASET_TERKUNCI');
    expect(await app.failure('dataset:requestDetail', { id: 'x' })).toBe('DATASET_TERKUNCI');
    expect(await app.failure('dataset:save', {})).toBe('DATASET_TERKUNCI');
    expect(await app.failure('dataset:saveAs', {})).toBe('DATASET_TERKUNCI');
    // Every other channel of every capability, with empty input: none may answer with data.
    const answered: string[] = [];
    for (const name of CHANNEL_NAMES) {
      if (ALLOWED_WHILE_LOCKED.has(name) || name === 'dataset:open' || name === 'dataset:openDemo') continue;
      try {
        const value = await app.call(name, {} as never);
        answered.push(name);
        const text = JSON.stringify(value);
        expect(text, `${name} leaked a NIP while locked`).not.toContain(someone.nip);
        expect(text, `${name} leaked a name while locked`).not.toContain(someone.namaLengkap);
      } catch (err) {
        expect((err as CallError).code, name).toMatch(/^(DATASET_TERKUNCI|MASUKAN_TIDAK_VALID|DATASET_BELUM_DIBUKA)$/);
      }
    }
    // Whatever answered (identity files, app settings) is not dataset data; listed for the reader.
    console.log(`answering while locked without dataset data: ${answered.join(', ') || 'none'}`);
  });

  it('unlock: a wrong passphrase keeps it locked; the right one brings the data back', async () => {
    expect(await app.failure('dataset:unlock', { passphrase: 'salah-sekali' })).toBe('FRASA_SANDI_SALAH');
    expect((await app.call('dataset:status', {})).locked).toBe(true);
    const info = await app.call('dataset:unlock', { passphrase: DEMO_PASSPHRASE });
    expect(info.locked).toBe(false);
    const detail = await app.call('dataset:listRequests', { search: someone.nip } as never);
    expect(detail.rows.some((r) => r.nip === someone.nip)).toBe(true);
  });

  it('the auto-lock delay is a setting that persists', async () => {
    expect((await app.call('settings:update', { autoLockMinutes: 3 })).autoLockMinutes).toBe(3);
    expect((await app.call('settings:get', {})).autoLockMinutes).toBe(3);
    expect(await app.failure('settings:update', { autoLockMinutes: 0 })).toBe('MASUKAN_TIDAK_VALID');
  });

  it('reopening the demo keeps what was recorded on the copy', async () => {
    const entries = (await app.call('dataset:auditLog', { offset: 0, limit: 1 })).total;
    await app.call('dataset:close', {});
    await app.call('dataset:openDemo', { passphrase: DEMO_PASSPHRASE });
    const again = await app.call('dataset:auditLog', { offset: 0, limit: 1 });
    expect(again.total).toBe(entries + 1);
    expect((await app.call('dataset:verifyAudit', {})).valid).toBe(true);
    expect(sha(DEMO)).toBe(demoHash);
  });
});
