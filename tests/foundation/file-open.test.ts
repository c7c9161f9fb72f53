import { afterAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { FileOpenRouter, fileKind, filesFromArgv, openFileEvent, type OpenRequest } from '../../electron/app/file-open';
import { FileHandles, fileHandles } from '../../electron/app/file-handles';
import { openFileEventSchema } from '../../shared/ipc/file-handle';
import { createHandlers } from '../../electron/ipc/registry';
import { dispatch } from '../../electron/ipc/dispatch';
import { DATASET_PASSPHRASE, KEY_PASSPHRASE, PACKET_PASSPHRASE, refusal, secretariat, testApp } from '../review/fixture';

describe('file-open routing', () => {
  it('knows datasets/review packets (.bpj) and responses (.bpjt), any case; nothing else', () => {
    expect(fileKind('/a/b/data.bpj')).toBe('dataset');
    expect(fileKind('C:\\Users\\x\\paket-telaah.BPJ')).toBe('dataset');
    expect(fileKind('/a/tanggapan.bpjt')).toBe('response');
    expect(fileKind('/a/evil.bpj.exe')).toBeNull();
    expect(fileKind('/a/notes.txt')).toBeNull();
  });

  it('takes the files out of a packaged launch, a dev launch and a second instance\'s argv', () => {
    const cwd = resolve('/home/u/Unduhan');
    expect(filesFromArgv(['/opt/Baperjakat Desk/baperjakat-desk', '/data/sidang.bpj'], cwd))
      .toEqual([{ path: '/data/sidang.bpj', kind: 'dataset' }]);
    expect(filesFromArgv(['/usr/lib/electron', '.', 'tanggapan.bpjt'], cwd))
      .toEqual([{ path: join(cwd, 'tanggapan.bpjt'), kind: 'response' }]);
    // What Chromium adds to a second instance's argv, and duplicates, are ignored.
    expect(filesFromArgv(['app.exe', '--allow-file-access-from-files', '--original-process-start-time=1', 'a.bpj', 'a.bpj', 'x.pdf'], cwd))
      .toEqual([{ path: join(cwd, 'a.bpj'), kind: 'dataset' }]);
    expect(filesFromArgv(['app.exe'], cwd)).toEqual([]);
  });

  it('holds files until the page can take them, then delivers in order', () => {
    const delivered: OpenRequest[] = [];
    let ready = false;
    const router = new FileOpenRouter((r) => (ready ? (delivered.push(r), true) : false));
    const a = { path: '/a.bpj', kind: 'dataset' as const };
    const b = { path: '/b.bpjt', kind: 'response' as const };
    router.open([a]);
    router.open([b]);
    expect(delivered).toEqual([]);
    expect(router.waiting).toEqual([a, b]);
    ready = true;
    router.flush();
    expect(delivered).toEqual([a, b]);
    const c = { path: '/c.bpj', kind: 'dataset' as const };
    router.open([c]);
    expect(delivered).toEqual([a, b, c]);
    expect(router.waiting).toEqual([]);
  });
});

describe('file-open event for the page', () => {
  it('turns a dataset/packet into a handle for dataset:open and a response into one for import; no path reaches the page', () => {
    const handles = new FileHandles();
    const ds = openFileEvent({ path: '/home/u/Unduhan/sidang april.bpj', kind: 'dataset' }, handles);
    expect(ds.kind).toBe('dataset');
    expect(ds.file.name).toBe('sidang april.bpj');
    expect(JSON.stringify(ds)).not.toContain('/home/u');
    expect(openFileEventSchema.parse(ds)).toEqual(ds);
    expect(handles.resolve(ds.file.handle, 'buka-dataset')).toBe(resolve('/home/u/Unduhan/sidang april.bpj'));

    const resp = openFileEvent({ path: '/tmp/tanggapan.bpjt', kind: 'response' }, handles);
    expect(resp.kind).toBe('response');
    expect(handles.resolve(resp.file.handle, 'tanggapan-telaah')).toBe(resolve('/tmp/tanggapan.bpjt'));
    // A response handle cannot be used to open a dataset, nor as an intake source, nor the other way round.
    expect(() => handles.resolve(resp.file.handle, 'buka-dataset')).toThrow();
    expect(() => handles.resolve(resp.file.handle, 'sumber-impor')).toThrow();
    expect(() => handles.resolve(ds.file.handle, 'tanggapan-telaah')).toThrow();
  });
});

describe('a double-clicked response, imported from its handle', () => {
  const cleanups: (() => void)[] = [];
  afterAll(() => { while (cleanups.length) cleanups.pop()!(); });

  it('goes into the session its packet was issued for; a path, a handle for another use or no open dataset are refused', async () => {
    const sec = await secretariat();
    const member = testApp('rahmat');
    cleanups.push(sec.cleanup, member.cleanup);
    const identity = await member.call('review:createIdentity', { passphrase: KEY_PASSPHRASE });
    await sec.call('review:registerKey', { anggotaId: 'S1-agt-3', nama: 'Rahmat Inspektur', publicKey: identity.publicKey! });
    const packetPath = join(sec.dir, 'paket-rahmat.bpj');
    await sec.via(packetPath)('review:exportPacket', { sidangId: 'S1', anggotaId: 'S1-agt-3', kedaluwarsa: '2026-12-01', passphrase: PACKET_PASSPHRASE });
    await member.open(packetPath, PACKET_PASSPHRASE);
    await member.call('review:saveNote', { agendaItemId: 'A1', catatan: '', sikap: 'mendukung', pertanyaan: 'Sudah bicara dengan camat?' });
    const responsePath = join(member.dir, 'tanggapan-rahmat.bpjt');
    await member.via(responsePath)('review:exportResponse', { passphrase: KEY_PASSPHRASE });

    const event = openFileEvent({ path: responsePath, kind: 'response' }, fileHandles(sec.ctx));
    const raw = (input: unknown) => dispatch(createHandlers(sec.ctx), 'review:importResponse', input);
    expect(await raw({ file: responsePath })).toMatchObject({ ok: false, error: { code: 'MASUKAN_TIDAK_VALID' } });
    const asDataset = fileHandles(sec.ctx).issue(responsePath, 'buka-dataset');
    expect(await raw({ file: asDataset.handle })).toMatchObject({ ok: false, error: { code: 'BERKAS_HANDLE_SALAH_TUJUAN' } });

    await sec.call('dataset:lock', {});
    const locked = await refusal(sec.call('review:importResponse', { file: event.file.handle }));
    expect(locked.code).toBe('TANGGAPAN_PERLU_DATASET');
    expect(locked.message).toContain('Buka dulu dataset sekretariat');
    expect(locked.message).toContain('tanggapan-rahmat.bpjt');
    await sec.call('dataset:unlock', { passphrase: DATASET_PASSPHRASE });

    const { hasil } = await sec.call('review:importResponse', { file: event.file.handle });
    expect(hasil).toMatchObject({ sidangId: 'S1', nomor: '800/01/BPJ/2026', nama: 'Rahmat Inspektur', versi: 1, jumlahPertanyaan: 1 });
    const a1 = await sec.call('review:feedback', { agendaItemId: 'A1' });
    expect(a1.pertanyaan.map((q) => q.teks)).toEqual(['Sudah bicara dengan camat?']);
    expect((await refusal(sec.call('review:importResponse', { file: event.file.handle }))).code).toBe('TANGGAPAN_DUPLIKAT');
  }, 120_000);
});
