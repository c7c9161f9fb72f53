import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { AppError } from '../../shared/errors';
import { fileError } from '../dataset/files';

/**
 * Every file a user chooses (a dataset, a packet, a workbook, a PDF to verify …) is read through
 * here: it must be a regular file under the cap for its kind, and its first bytes are checked
 * before the rest is read. A FIFO, a device such as /dev/zero or a 1.5 GB stray file is refused
 * without blocking the main process or growing its memory.
 */
export interface UserFileKind {
  /** Shown in the size message, e.g. "dataset". */
  label: string;
  maxBytes: number;
  /** Checked on the first `head.length` bytes; null means any content. */
  magic: { test: (head: Buffer) => boolean; headBytes: number; error: string } | null;
}

const MiB = 1024 * 1024;

const USER_FILE_KINDS = {
  /** A province (≈ 100k ASN) seals to well under 200 MB. */
  dataset: { label: 'dataset', maxBytes: 200 * MiB, magic: { headBytes: 8, test: (h: Buffer) => h.toString('latin1') === 'BPJDSET\0', error: 'BUKAN_BPJ' } },
  reviewPacket: { label: 'paket telaah', maxBytes: 200 * MiB, magic: { headBytes: 8, test: (h: Buffer) => h.toString('latin1') === 'BPJDSET\0', error: 'BUKAN_BPJ' } },
  reviewResponse: { label: 'tanggapan anggota', maxBytes: 20 * MiB, magic: null },
  workbook: { label: 'lembar kerja', maxBytes: 300 * MiB, magic: null },
  pdf: { label: 'PDF', maxBytes: 100 * MiB, magic: null },
  certificate: { label: 'sertifikat', maxBytes: 1 * MiB, magic: null },
  image: { label: 'gambar', maxBytes: 5 * MiB, magic: null },
  text: { label: 'teks', maxBytes: 50 * MiB, magic: null },
} satisfies Record<string, UserFileKind>;

export type UserFileKindName = keyof typeof USER_FILE_KINDS;

function readExactly(fd: number, length: number, position: number): Buffer {
  const buf = Buffer.alloc(length);
  let off = 0;
  while (off < length) {
    const n = readSync(fd, buf, off, length - off, position + off);
    if (n === 0) break;
    off += n;
  }
  return off === length ? buf : buf.subarray(0, off);
}

/** Reads a user-chosen file whole after the checks above; throws AppError with the path named. */
export function readUserFile(path: string, kind: UserFileKindName | UserFileKind): Buffer {
  const spec: UserFileKind = typeof kind === 'string' ? USER_FILE_KINDS[kind] : kind;
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw fileError(err, path, true);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new AppError('BERKAS_BUKAN_BIASA', { path });
    if (st.size > spec.maxBytes) {
      throw new AppError('BERKAS_TERLALU_BESAR', { path, jenis: spec.label, ukuran: mib(st.size), batas: mib(spec.maxBytes) });
    }
    if (spec.magic) {
      const head = readExactly(fd, Math.min(spec.magic.headBytes, st.size), 0);
      if (head.length < spec.magic.headBytes || !spec.magic.test(head)) throw new AppError(spec.magic.error, { path });
    }
    // Read what the size said and no more: a file that grows while read is cut at its stat size.
    return readExactly(fd, st.size, 0);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw fileError(err, path, true);
  } finally {
    closeSync(fd);
  }
}

const mib = (n: number): string => `${(n / MiB).toFixed(n < 10 * MiB ? 1 : 0)} MiB`;
