import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/registry';
import { Database } from '../../electron/dataset/database';
import { migrate } from '../../electron/dataset/migrations';
import { contextWithDataset, TEST_PASSPHRASE } from '../support/dataset-context';

type Ctx = Awaited<ReturnType<typeof contextWithDataset>>;
let c: Ctx | null = null;
afterEach(() => { c?.cleanup(); c = null; });

/** An open dataset whose open dialog answers from a queue, and a raw dispatch as the page's calls arrive. */
async function app() {
  const db = await Database.create();
  migrate(db);
  c = await contextWithDataset(db);
  const answers: string[] = [];
  c.ctx.platform.chooseOpenFile = async () => answers.shift() ?? null;
  c.ctx.platform.chooseSaveFile = async () => answers.shift() ?? null;
  const handlers = createHandlers(c.ctx);
  const raw = (name: string, input: unknown) => dispatch(handlers, name, input);
  return { c, answers, raw };
}

describe('the renderer never chooses a filesystem path', () => {
  it('a raw path is refused by the contract on every channel that reads or writes a chosen file', async () => {
    const { c, raw } = await app();
    const target = join(c.dir, 'ditulis-di-sini.bpj');
    const calls: [string, unknown][] = [
      ['dataset:open', { path: c.path, passphrase: TEST_PASSPHRASE }],
      ['dataset:open', { file: c.path, passphrase: TEST_PASSPHRASE }],
      ['intake:check', { path: '/etc/passwd', tujuan: 'baru' }],
      ['review:exportPacket', { sidangId: 'S1', anggotaId: 'a', kedaluwarsa: '2026-12-01', passphrase: 'kopi-hujan-layang-tujuh', path: target }],
      ['review:exportResponse', { passphrase: 'x', path: target }],
      ['review:importResponse', { sidangId: 'S1', path: '/etc/passwd' }],
      ['session:readPanselCsv', { path: '/etc/passwd' }],
      ['session:readPanselCsv', { file: '/etc/passwd' }],
    ];
    for (const [name, input] of calls) {
      expect(await raw(name, input), name).toMatchObject({ ok: false, error: { code: 'MASUKAN_TIDAK_VALID' } });
    }
  });

  it('the dialog answers with an opaque handle and the file name only; the recent list too; opening by handle works', async () => {
    const { c, answers, raw } = await app();
    answers.push(c.path);
    const chosen = await c.call('dataset:chooseFile', {});
    expect(chosen.file).toEqual({ handle: expect.stringMatching(/^fh-[0-9a-f]{32}$/), name: 'dataset.bpj' });
    expect(JSON.stringify(chosen)).not.toContain(c.dir);
    await c.call('dataset:open', { file: chosen.file!.handle, passphrase: TEST_PASSPHRASE });
    const status = await c.call('dataset:status', {});
    expect(status.recentFiles).toEqual([{ handle: chosen.file!.handle, name: 'dataset.bpj' }]);
    expect(JSON.stringify(status.recentFiles)).not.toContain(c.dir);
    expect((await raw('dataset:open', { file: status.recentFiles[0]!.handle, passphrase: TEST_PASSPHRASE })).ok).toBe(true);
  });

  it('a forged or unknown handle is refused with a clear message; a handle to a vanished file says the file is gone', async () => {
    const { c, answers } = await app();
    const forged = c.call('dataset:open', { file: `fh-${'ab'.repeat(16)}`, passphrase: TEST_PASSPHRASE });
    await expect(forged).rejects.toMatchObject({ code: 'BERKAS_HANDLE_TIDAK_DIKENAL', message: expect.stringContaining('tidak dipilih lewat dialog aplikasi') });
    const gone = join(c.dir, 'hilang.bpj');
    writeFileSync(gone, readFileSync(c.path));
    answers.push(gone);
    const { file } = await c.call('dataset:chooseFile', {});
    rmSync(gone);
    await expect(c.call('dataset:open', { file: file!.handle, passphrase: TEST_PASSPHRASE })).rejects.toMatchObject({ code: 'BERKAS_TIDAK_DITEMUKAN' });
  });

  it('a handle issued to open a dataset is refused for another purpose and cannot be used to write a packet', async () => {
    const { c, answers, raw } = await app();
    answers.push(c.path);
    const { file } = await c.call('dataset:chooseFile', {});
    await expect(c.call('intake:check', { file: file!.handle, tujuan: 'baru' }))
      .rejects.toMatchObject({ code: 'BERKAS_HANDLE_SALAH_TUJUAN', message: expect.stringContaining('membuka dataset') });
    const before = readFileSync(c.path);
    for (const key of ['file', 'path', 'handle']) {
      const r = await raw('review:exportPacket', {
        sidangId: 'S1', anggotaId: 'a', kedaluwarsa: '2026-12-01', passphrase: 'kopi-hujan-layang-tujuh', [key]: file!.handle,
      });
      expect(r, key).toMatchObject({ ok: false, error: { code: 'MASUKAN_TIDAK_VALID' } });
    }
    expect(readFileSync(c.path).equals(before)).toBe(true);
    // An import source chosen for the intake is not a dataset to open either.
    answers.push(join(c.dir, 'sumber.csv'));
    const src = await c.call('intake:chooseSource', {});
    await expect(c.call('dataset:open', { file: src.file!.handle, passphrase: TEST_PASSPHRASE })).rejects.toMatchObject({ code: 'BERKAS_HANDLE_SALAH_TUJUAN' });
    // Nor is it the pansel's candidate list: that file comes from its own dialog.
    await expect(c.call('session:readPanselCsv', { file: src.file!.handle })).rejects.toMatchObject({ code: 'BERKAS_HANDLE_SALAH_TUJUAN' });
  });

  it('the pansel CSV is read only through a handle from its own open dialog', async () => {
    const { c, answers } = await app();
    const csv = join(c.dir, 'pansel.csv');
    writeFileSync(csv, 'peringkat,nama,nip\n1,Dr. Andi,\n2,Maya,\n3,Rudi,\n');
    answers.push(csv);
    const { file } = await c.call('session:choosePanselCsv', {});
    expect(file).toEqual({ handle: expect.stringMatching(/^fh-[0-9a-f]{32}$/), name: 'pansel.csv' });
    expect((await c.call('session:readPanselCsv', { file: file!.handle })).calon.map((x) => x.nama)).toEqual(['Dr. Andi', 'Maya', 'Rudi']);
    expect(await c.call('session:choosePanselCsv', {})).toEqual({ file: null });
  });
});
