import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync, copyFileSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors';

/** Turns an fs error into the message the user must see, keeping the path. */
export function fileError(err: unknown, path: string, reading: boolean): AppError {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' && reading) return new AppError('BERKAS_TIDAK_DITEMUKAN', { path }, { cause: err });
  if (code === 'ENOSPC' || code === 'EDQUOT') return new AppError('DISK_PENUH', { path }, { cause: err });
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return reading
      ? new AppError('BERKAS_TIDAK_TERBACA', { path, alasan: code }, { cause: err })
      : new AppError('BERKAS_HANYA_BACA', { path }, { cause: err });
  }
  const alasan = (err as Error)?.message ?? String(err);
  return reading
    ? new AppError('BERKAS_TIDAK_TERBACA', { path, alasan }, { cause: err })
    : new AppError('GAGAL_MENYIMPAN', { path, alasan }, { cause: err });
}

export function readFileOrThrow(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw fileError(err, path, true);
  }
}

export function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some filesystems (and Windows) cannot fsync a directory; the rename is still atomic there.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Never writes over the target: a new file beside it is written and fsynced, renamed over the
 * target, then the directory is fsynced. A crash leaves either the old or the new file whole.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o600);
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
    fsyncDirectory(dir);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing was created */
    }
    throw fileError(err, path, false);
  }
}

/** Keeps `count` previous versions: file.bak1 is the newest. Copies, so the live file is never absent. */
export function rotateBackups(path: string, count = 3): void {
  if (!existsSync(path)) return;
  for (let i = count; i > 1; i--) {
    const from = `${path}.bak${i - 1}`;
    if (existsSync(from)) renameSync(from, `${path}.bak${i}`);
  }
  const tmp = `${path}.bak1.tmp`;
  copyFileSync(path, tmp);
  const fd = openSync(tmp, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, `${path}.bak1`);
}
