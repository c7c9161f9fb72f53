import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUserFile } from '../../electron/files/user-file';

const codeOf = (fn: () => unknown): string => {
  try { fn(); } catch (err) { return (err as { code: string }).code; }
  return 'no error';
};

describe('reading a user-chosen file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bpj-userfile-'));

  it('refuses a FIFO at once instead of waiting for a writer', () => {
    const fifo = join(dir, 'pipa.bpj');
    execFileSync('mkfifo', [fifo]);
    expect(codeOf(() => readUserFile(fifo, 'dataset'))).toBe('BERKAS_BUKAN_BIASA');
  });

  it('refuses a device such as /dev/zero without reading it', () => {
    expect(codeOf(() => readUserFile('/dev/zero', 'dataset'))).toBe('BERKAS_BUKAN_BIASA');
  });

  it('refuses a folder', () => {
    expect(codeOf(() => readUserFile(dir, 'workbook'))).toBe('BERKAS_BUKAN_BIASA');
  });

  it('refuses a file over the cap for its kind before reading it (sparse 1.5 GB file)', () => {
    const big = join(dir, 'besar.bpj');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 1.5 * 1024 * 1024 * 1024);
    closeSync(fd);
    expect(codeOf(() => readUserFile(big, 'dataset'))).toBe('BERKAS_TERLALU_BESAR');
  });

  it('checks the magic before the rest, and reads a good file whole', () => {
    const bad = join(dir, 'acak.bpj');
    writeFileSync(bad, Buffer.from('not a dataset at all'));
    expect(codeOf(() => readUserFile(bad, 'dataset'))).toBe('BUKAN_BPJ');
    const good = join(dir, 'ok.bpj');
    const bytes = Buffer.concat([Buffer.from('BPJDSET\0', 'latin1'), Buffer.alloc(100, 7)]);
    writeFileSync(good, bytes);
    expect(readUserFile(good, 'dataset').equals(bytes)).toBe(true);
    expect(codeOf(() => readUserFile(join(dir, 'none.bpj'), 'dataset'))).toBe('BERKAS_TIDAK_DITEMUKAN');
  });
});
