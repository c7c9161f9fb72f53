import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { FileOpenRouter, fileKind, filesFromArgv, type OpenRequest } from '../../electron/app/file-open';
import { FileHandles } from '../../electron/app/file-handles';
import { openFileEvent } from '../../electron/app/file-open';
import { openFileEventSchema } from '../../shared/ipc/file-handle';

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
    expect(handles.resolve(resp.file.handle, 'sumber-impor')).toBe(resolve('/tmp/tanggapan.bpjt'));
    // A response handle cannot be used to open a dataset, nor the other way round.
    expect(() => handles.resolve(resp.file.handle, 'buka-dataset')).toThrow();
    expect(() => handles.resolve(ds.file.handle, 'sumber-impor')).toThrow();
  });
});
