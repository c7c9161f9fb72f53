import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { SqlValue } from 'sql.js';
import type { WriteRecord } from './database';
import type { DatasetKey } from './bpj-format';
import { HEADER_LENGTH } from './bpj-format';

/**
 * Byte layout of the journal beside a .bpj (`<file>.journal`, version 2); spec in docs/dataset-format.md §2.
 *
 *   header (H bytes): magic "BPJJRNL\0" (8) · version u16 · H u16 · reserved (4) · base id (32) · journal id (16)
 *                     · path length u16 · the dataset's absolute path (UTF-8) · HMAC-SHA256(mac key, bytes 8..H-32)
 *   count slots:      two × (count u64 · HMAC(mac key, "bpj-journal-count" ‖ journal id ‖ slot ‖ count)), at H and H+40
 *   records (at H+80): length u32 · nonce (12) · ciphertext · GCM tag (16); AAD = base id ‖ journal id ‖ n u64 ‖ length u32
 */
export const JOURNAL_MAGIC = Buffer.from('BPJJRNL\0', 'latin1');
export const JOURNAL_VERSION = 2;
const FIXED = 66;
const MAC = 32;
export const SLOT = 40;
const FRAME_OVERHEAD = 4 + 12 + 16;
/** A single act is never this big; a larger length field is damage, not data. */
const MAX_RECORD = 256 * 1024 * 1024;
/** Longer paths are not recorded (the journal is then bound to the file's bytes only). */
const MAX_PATH_BYTES = 2048;

export function journalPath(datasetPath: string): string {
  return `${datasetPath}.journal`;
}

/** Identity of one saved .bpj: its header (a fresh random nonce on every save, authenticated) plus its GCM tag. */
export function baseId(bpjFile: Uint8Array): Buffer {
  const buf = Buffer.from(bpjFile.buffer, bpjFile.byteOffset, bpjFile.byteLength);
  return createHash('sha256').update(buf.subarray(0, HEADER_LENGTH)).update(buf.subarray(buf.length - 16)).digest();
}

/** The base id of the regular file at `path`, reading only its header and tag (null: no such .bpj). */
export function baseIdAt(path: string): Buffer | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size < HEADER_LENGTH + 16) return null;
    const head = Buffer.alloc(HEADER_LENGTH);
    const tag = Buffer.alloc(16);
    if (readSync(fd, head, 0, HEADER_LENGTH, 0) !== HEADER_LENGTH) return null;
    if (readSync(fd, tag, 0, 16, st.size - 16) !== 16) return null;
    return createHash('sha256').update(head).update(tag).digest();
  } finally {
    closeSync(fd);
  }
}

export interface JournalKeys {
  enc: Buffer;
  mac: Buffer;
}

/** Separate keys for the journal, so its nonces never share a key with the dataset file's. */
export function journalKeys(key: DatasetKey): JournalKeys {
  const okm = Buffer.from(hkdfSync('sha256', key.encKey, key.salt, 'bpj-journal-v1', 64));
  return { enc: okm.subarray(0, 32), mac: okm.subarray(32, 64) };
}

/** The path as the journal records it: absolute, so a copy under another name or folder is told apart. */
export function boundPath(datasetPath: string): string {
  const p = resolve(datasetPath);
  return process.platform === 'win32' ? p.toLowerCase() : p;
}

export function headerBytes(keys: JournalKeys, base: Buffer, journalId: Buffer, datasetPath: string): Buffer {
  let path = Buffer.from(boundPath(datasetPath), 'utf8');
  if (path.length > MAX_PATH_BYTES) path = Buffer.alloc(0);
  const length = FIXED + path.length + MAC;
  const h = Buffer.alloc(length + 2 * SLOT);
  JOURNAL_MAGIC.copy(h, 0);
  h.writeUInt16BE(JOURNAL_VERSION, 8);
  h.writeUInt16BE(length, 10);
  base.copy(h, 16);
  journalId.copy(h, 48);
  h.writeUInt16BE(path.length, 64);
  path.copy(h, FIXED);
  // The magic stays outside the MAC: one flipped bit there must not hide records that are still readable.
  createHmac('sha256', keys.mac).update(h.subarray(8, length - MAC)).digest().copy(h, length - MAC);
  countSlot(keys, journalId, 0, 0).copy(h, length);
  countSlot(keys, journalId, 1, 0).copy(h, length + SLOT);
  return h;
}

export interface ParsedHeader {
  magicOk: boolean;
  version: number;
  /** Authenticated by its HMAC (else: damaged, or written under another key). */
  macOk: boolean;
  base: Buffer;
  journalId: Buffer;
  path: string;
  /** Where the count slots start; records start 80 bytes later. */
  slotsAt: number;
}

/** Null when the file is too short to hold even a header. */
export function parseJournalHeader(keys: JournalKeys, buf: Buffer): ParsedHeader | null {
  if (buf.length < FIXED + MAC) return null;
  const length = buf.readUInt16BE(10);
  const pathLength = buf.readUInt16BE(64);
  if (length !== FIXED + pathLength + MAC || buf.length < length + 2 * SLOT) return null;
  const mac = createHmac('sha256', keys.mac).update(buf.subarray(8, length - MAC)).digest();
  return {
    magicOk: buf.subarray(0, 8).equals(JOURNAL_MAGIC),
    version: buf.readUInt16BE(8),
    macOk: timingSafeEqual(mac, buf.subarray(length - MAC, length)),
    base: buf.subarray(16, 48),
    journalId: buf.subarray(48, 64),
    path: buf.subarray(FIXED, FIXED + pathLength).toString('utf8'),
    slotsAt: length,
  };
}

export function countSlot(keys: JournalKeys, journalId: Buffer, slot: 0 | 1, count: number): Buffer {
  const out = Buffer.alloc(SLOT);
  out.writeBigUInt64BE(BigInt(count), 0);
  slotMac(keys, journalId, slot, out.subarray(0, 8)).copy(out, 8);
  return out;
}

function slotMac(keys: JournalKeys, journalId: Buffer, slot: number, count: Buffer): Buffer {
  return createHmac('sha256', keys.mac).update('bpj-journal-count').update(journalId).update(Buffer.from([slot])).update(count).digest();
}

/** The acknowledged count: the larger of the two slots that authenticate (null: neither does). */
export function readCount(keys: JournalKeys, journalId: Buffer, buf: Buffer, slotsAt: number): number | null {
  let best: number | null = null;
  for (const slot of [0, 1] as const) {
    const s = buf.subarray(slotsAt + slot * SLOT, slotsAt + (slot + 1) * SLOT);
    if (s.length < SLOT || !timingSafeEqual(slotMac(keys, journalId, slot, s.subarray(0, 8)), s.subarray(8))) continue;
    const n = Number(s.readBigUInt64BE(0));
    if (best === null || n > best) best = n;
  }
  return best;
}

function aad(base: Buffer, journalId: Buffer, n: number, length: number): Buffer {
  const tail = Buffer.alloc(12);
  tail.writeBigUInt64BE(BigInt(n), 0);
  tail.writeUInt32BE(length, 8);
  return Buffer.concat([base, journalId, tail]);
}

// Blobs survive JSON as {"$b": base64}; everything else sql.js writes is a number, string or null.
function encodeWrites(writes: readonly WriteRecord[]): Buffer {
  return Buffer.from(JSON.stringify(writes, (_k, v: unknown) => (v instanceof Uint8Array ? { $b: Buffer.from(v).toString('base64') } : v)), 'utf8');
}

function decodeWrites(bytes: Buffer): WriteRecord[] {
  return JSON.parse(bytes.toString('utf8'), (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && typeof (v as { $b?: unknown }).$b === 'string') {
      return new Uint8Array(Buffer.from((v as { $b: string }).$b, 'base64')) as SqlValue;
    }
    return v;
  }) as WriteRecord[];
}

export function encodeRecord(keys: JournalKeys, base: Buffer, journalId: Buffer, n: number, nonce: Buffer, writes: readonly WriteRecord[]): Buffer {
  const plain = encodeWrites(writes);
  const c = createCipheriv('aes-256-gcm', keys.enc, nonce);
  c.setAAD(aad(base, journalId, n, plain.length));
  const frame = Buffer.alloc(4);
  frame.writeUInt32BE(plain.length, 0);
  return Buffer.concat([frame, nonce, c.update(plain), c.final(), c.getAuthTag()]);
}

/** Reads records from `start` until the first one that is incomplete or fails its tag. */
export function readRecords(keys: JournalKeys, base: Buffer, journalId: Buffer, buf: Buffer, start: number): { records: WriteRecord[][]; end: number } {
  const records: WriteRecord[][] = [];
  let off = start;
  while (buf.length - off >= FRAME_OVERHEAD) {
    const length = buf.readUInt32BE(off);
    if (length > MAX_RECORD || buf.length - off < FRAME_OVERHEAD + length) break;
    try {
      const d = createDecipheriv('aes-256-gcm', keys.enc, buf.subarray(off + 4, off + 16));
      d.setAAD(aad(base, journalId, records.length + 1, length));
      d.setAuthTag(buf.subarray(off + 16 + length, off + FRAME_OVERHEAD + length));
      records.push(decodeWrites(Buffer.concat([d.update(buf.subarray(off + 16, off + 16 + length)), d.final()])));
    } catch {
      break;
    }
    off += FRAME_OVERHEAD + length;
  }
  return { records, end: off };
}
