import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { parseHeader, seal } from '../../electron/dataset/bpj-format';
import { OpenDataset } from '../../electron/dataset/open-dataset';
import { readSpreadsheetFile } from '../../electron/intake/read-source';
import { AppError } from '../../shared/errors';
import { TEST_KDF, TEST_PASSPHRASE } from '../support/dataset-context';
import { appOn } from '../saving/app';
import { importResponse } from '../../electron/review/response-import';
import { NOW, secretariat } from '../review/fixture';

const dir = mkdtempSync(join(tmpdir(), 'bpj-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function codeOf(fn: () => unknown): Promise<string> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof AppError) return err.code;
    return (err as { code?: string }).code ?? String(err);
  }
  throw new Error('expected a refusal');
}

/** A sealed file whose scrypt parameters were changed, with the header digest recomputed to match. */
async function withKdf(log2N: number, r: number, p: number): Promise<Buffer> {
  const { bytes } = await seal(Buffer.from('SQLite format 3\0'.padEnd(4096, 'x')), TEST_PASSPHRASE, { kdf: TEST_KDF });
  bytes.writeUInt8(log2N, 12);
  bytes.writeUInt8(r, 13);
  bytes.writeUInt8(p, 14);
  createHash('sha256').update(bytes.subarray(0, 84)).digest().subarray(0, 16).copy(bytes, 84);
  return bytes;
}

describe('hostile files given to dataset:open (through dispatch)', () => {
  it('a FIFO fails fast with BERKAS_BUKAN_BIASA instead of hanging the main process', async () => {
    const fifo = join(dir, 'pipa.bpj');
    execFileSync('mkfifo', [fifo]);
    const app = await appOn('');
    expect(await app.failure('dataset:open', { file: await app.handleFor(fifo), passphrase: TEST_PASSPHRASE })).toBe('BERKAS_BUKAN_BIASA');
    expect(await app.failure('dataset:open', { file: await app.handleFor('/dev/zero'), passphrase: TEST_PASSPHRASE })).toBe('BERKAS_BUKAN_BIASA');
    rmSync(app.userDataDir, { recursive: true, force: true });
  });

  it('a sparse 1.5 GB file is refused by its size, without being read', async () => {
    const big = join(dir, 'besar.bpj');
    const fd = openSync(big, 'w');
    writeSync(fd, Buffer.from('BPJDSET\0', 'latin1'));
    closeSync(fd);
    execFileSync('truncate', ['-s', String(1.5 * 1024 ** 3), big]);
    expect(statSync(big).blocks * 512).toBeLessThan(1024 * 1024); // sparse: reading it would allocate 1.5 GB
    const app = await appOn('');
    expect(await app.failure('dataset:open', { file: await app.handleFor(big), passphrase: TEST_PASSPHRASE })).toBe('BERKAS_TERLALU_BESAR');
    rmSync(app.userDataDir, { recursive: true, force: true });
  });

  it('intake refuses a FIFO too', async () => {
    const fifo = join(dir, 'pipa.xlsx');
    execFileSync('mkfifo', [fifo]);
    expect(await codeOf(() => readSpreadsheetFile(fifo))).toBe('BERKAS_BUKAN_BIASA');
  });
});

describe('hostile files given to the review imports', () => {
  it('a FIFO given as a member\'s response is refused at once', async () => {
    const sec = await secretariat();
    const fifo = join(dir, 'tanggapan.json');
    execFileSync('mkfifo', [fifo]);
    try {
      expect(await codeOf(() => importResponse(sec.ctx.dataset(), 'S1', fifo, { now: NOW, actor: 'sekretariat' }))).toBe('BERKAS_BUKAN_BIASA');
    } finally {
      sec.cleanup();
    }
  });
});

describe('KDF cost cap', () => {
  it('refuses a crafted header asking for 16 GiB before deriving anything, with its own code', async () => {
    const bytes = await withKdf(22, 32, 1);
    expect(await codeOf(() => parseHeader(bytes))).toBe('BPJ_KDF_TERLALU_BERAT');
    const path = join(dir, 'mahal.bpj');
    writeFileSync(path, bytes);
    expect(await codeOf(() => OpenDataset.openFile(path, 'frasa-yang-salah'))).toBe('BPJ_KDF_TERLALU_BERAT');
  });

  it('refuses work above 8× the default even when the memory is small', async () => {
    expect(await codeOf(async () => parseHeader(await withKdf(18, 8, 16)))).toBe('BPJ_KDF_TERLALU_BERAT'); // 256 MiB, 16×
    expect(await codeOf(async () => parseHeader(await withKdf(19, 8, 8)))).toBe('BPJ_KDF_TERLALU_BERAT'); // 512 MiB, 16×
  });

  it('accepts parameters right at the documented limits (1 GiB, 8× the work) and the default', async () => {
    expect(parseHeader(await withKdf(20, 8, 1)).kdf).toEqual({ log2N: 20, r: 8, p: 1 }); // 1 GiB, 4×
    expect(parseHeader(await withKdf(17, 8, 16)).kdf).toEqual({ log2N: 17, r: 8, p: 16 }); // 128 MiB, 8×
    expect(parseHeader(await withKdf(18, 8, 8)).kdf).toEqual({ log2N: 18, r: 8, p: 8 }); // 256 MiB, 8×
    expect(parseHeader(await withKdf(17, 8, 2)).kdf).toEqual({ log2N: 17, r: 8, p: 2 });
  });
});

describe('a payload that is not a database', () => {
  it('a zero-length payload under the right key is BPJ_ISI_RUSAK, not an empty dataset', async () => {
    const path = join(dir, 'kosong.bpj');
    writeFileSync(path, (await seal(Buffer.alloc(0), TEST_PASSPHRASE, { kdf: TEST_KDF })).bytes);
    expect(await codeOf(() => OpenDataset.openFile(path, TEST_PASSPHRASE))).toBe('BPJ_ISI_RUSAK');
    const packet = join(dir, 'paket-kosong.bpj');
    const sealed = await seal(Buffer.alloc(0), TEST_PASSPHRASE, { kdf: TEST_KDF, kind: 2, packet: { kedaluwarsa: '2026-12-31', paketId: 'pkt_1' } });
    writeFileSync(packet, sealed.bytes);
    expect(await codeOf(() => OpenDataset.openFile(packet, TEST_PASSPHRASE))).toBe('BPJ_ISI_RUSAK');
  });
});
