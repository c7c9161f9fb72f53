import { randomBytes } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import type { FileHandle } from '../../shared/ipc/file-handle';
import type { AppContext } from './context';

/** What a chosen file may be used for: a handle issued for one purpose is refused for any other. */
export type FilePurpose = 'buka-dataset' | 'sumber-impor' | 'csv-pansel' | 'tanggapan-telaah' | 'csv-masukan';

const PURPOSE_LABEL: Record<FilePurpose, string> = {
  'buka-dataset': 'membuka dataset', 'sumber-impor': 'berkas impor', 'csv-pansel': 'CSV calon pansel',
  'tanggapan-telaah': 'impor tanggapan telaah', 'csv-masukan': 'CSV masukan masyarakat',
};

/** Old handles are forgotten: a screen holds a few, never hundreds. */
const MAX_HANDLES = 64;

/**
 * Main's table of files it chose itself (native dialog, recent list, a file it just wrote), keyed by a
 * random id the page holds instead of the path. Write destinations never get a handle: main asks for those
 * in its own save dialog at the moment it writes.
 */
export class FileHandles {
  private readonly byId = new Map<string, { path: string; purpose: FilePurpose }>();

  issue(path: string, purpose: FilePurpose): FileHandle {
    const full = resolve(path);
    // The same file for the same purpose keeps its id, so listing recent files does not pile up handles.
    for (const [id, v] of this.byId) if (v.path === full && v.purpose === purpose) return { handle: id, name: basename(full) };
    const id = `fh-${randomBytes(16).toString('hex')}`;
    this.byId.set(id, { path: full, purpose });
    while (this.byId.size > MAX_HANDLES) this.byId.delete(this.byId.keys().next().value!);
    return { handle: id, name: basename(full) };
  }

  /** The path behind a handle, for the purpose it was issued for; a clear refusal otherwise. */
  resolve(id: string, purpose: FilePurpose): string {
    const v = this.byId.get(id);
    if (!v) throw new AppError('BERKAS_HANDLE_TIDAK_DIKENAL');
    if (v.purpose !== purpose) {
      throw new AppError('BERKAS_HANDLE_SALAH_TUJUAN', { dipilihUntuk: PURPOSE_LABEL[v.purpose], tujuan: PURPOSE_LABEL[purpose] });
    }
    return v.path;
  }
}

const registries = new WeakMap<AppContext, FileHandles>();

/** The handle table of one app instance (one window's main process). */
export function fileHandles(ctx: AppContext): FileHandles {
  let r = registries.get(ctx);
  if (!r) registries.set(ctx, (r = new FileHandles()));
  return r;
}
