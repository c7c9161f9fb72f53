import {
  closeSync, fdatasyncSync, ftruncateSync, fstatSync, openSync, readFileSync, writeSync,
} from 'node:fs';
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SqlValue } from 'sql.js';
import type { WriteRecord } from './database';
import type { DatasetKey } from './bpj-format';
import { HEADER_LENGTH } from './bpj-format';
import { fileError, writeFileAtomic } from './files';

/**
 * Append-only journal beside a .bpj (`<file>.journal`); spec in docs/dataset-format.md.
 *
 *   header (96): magic "BPJJRNL\0" (8) · version u16 · reserved (6) · base id (32) · journal id (16)
 *                · HMAC-SHA256(journal mac key, bytes 0..63) (32)
 *   record:      length u32 (of ciphertext) · nonce (12) · ciphertext · GCM tag (16)
 *                AAD = base id ‖ journal id ‖ record number u64 ‖ length u32
 *
 * The base id names the exact .bpj the journal extends, so a journal left over from before a full
 * save (crash between rename and journal reset) is recognised as stale and never replayed.
 */
export const JOURNAL_MAGIC = Buffer.from('BPJJRNL\0', 'latin1');
export const JOURNAL_VERSION = 1;
export const JOURNAL_HEADER_LENGTH = 96;
const FRAME_OVERHEAD = 4 + 12 + 16;
/** A single act is never this big; a larger length field is damage, not data. */
const MAX_RECORD = 256 * 1024 * 1024;

export function journalPath(datasetPath: string): string {
  return `${datasetPath}.journal`;
}

/** Identity of one saved .bpj: its header (fresh nonce on every save) plus its GCM tag. */
export function baseId(bpjFile: Uint8Array): Buffer {
  const buf = Buffer.from(bpjFile.buffer, bpjFile.byteOffset, bpjFile.byteLength);
  return createHash('sha256').update(buf.subarray(0, HEADER_LENGTH)).update(buf.subarray(buf.length - 16)).digest();
}

interface JournalKeys {
  enc: Buffer;
  mac: Buffer;
}

/** Separate keys for the journal, so its nonces never share a key with the dataset file's. */
export function journalKeys(key: DatasetKey): JournalKeys {
  const okm = Buffer.from(hkdfSync('sha256', key.encKey, key.salt, 'bpj-journal-v1', 64));
  return { enc: okm.subarray(0, 32), mac: okm.subarray(32, 64) };
}

function headerBytes(keys: JournalKeys, base: Buffer, journalId: Buffer): Buffer {
  const h = Buffer.alloc(JOURNAL_HEADER_LENGTH);
  JOURNAL_MAGIC.copy(h, 0);
  h.writeUInt16BE(JOURNAL_VERSION, 8);
  base.copy(h, 16);
  journalId.copy(h, 48);
  createHmac('sha256', keys.mac).update(h.subarray(0, 64)).digest().copy(h, 64);
  return h;
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

export type JournalState = 'absent' | 'stale' | 'foreign' | 'valid';

export interface JournalReadResult {
  state: JournalState;
  /** Committed transactions in order, each the writes of one act. */
  records: WriteRecord[][];
  /** Bytes after the last good record: a torn append (dropped) or damage (reported). */
  droppedBytes: number;
  /** True when the unreadable tail is longer than one torn record can explain. */
  damaged: boolean;
  /** For a valid journal: its id and the length up to the last good record (to resume appending). */
  journalId: Buffer | null;
  goodLength: number;
}

/** Reads a journal for the given base; anything not provably written for it is left unreplayed. */
export function readJournal(path: string, key: DatasetKey, base: Buffer): JournalReadResult {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      return { state: 'absent', records: [], droppedBytes: 0, damaged: false, journalId: null, goodLength: 0 };
    }
    throw fileError(err, path, true);
  }
  const keys = journalKeys(key);
  const none = (state: JournalState): JournalReadResult => ({
    state, records: [], droppedBytes: buf.length, damaged: false, journalId: null, goodLength: 0,
  });
  if (buf.length < JOURNAL_HEADER_LENGTH || !buf.subarray(0, 8).equals(JOURNAL_MAGIC)) {
    // A journal whose header never reached the disk whole holds no acknowledged act.
    return none('stale');
  }
  const mac = createHmac('sha256', keys.mac).update(buf.subarray(0, 64)).digest();
  if (!timingSafeEqual(mac, buf.subarray(64, 96))) return none('foreign');
  if (!buf.subarray(16, 48).equals(base)) return none('stale');
  const journalId = buf.subarray(48, 64);
  const records: WriteRecord[][] = [];
  let off = JOURNAL_HEADER_LENGTH;
  while (off < buf.length) {
    const rest = buf.length - off;
    if (rest < FRAME_OVERHEAD) break;
    const length = buf.readUInt32BE(off);
    if (length > MAX_RECORD || rest < FRAME_OVERHEAD + length) break;
    const nonce = buf.subarray(off + 4, off + 16);
    const body = buf.subarray(off + 16, off + 16 + length);
    const tag = buf.subarray(off + 16 + length, off + FRAME_OVERHEAD + length);
    try {
      const d = createDecipheriv('aes-256-gcm', keys.enc, nonce);
      d.setAAD(aad(base, journalId, records.length + 1, length));
      d.setAuthTag(tag);
      records.push(decodeWrites(Buffer.concat([d.update(body), d.final()])));
    } catch {
      break;
    }
    off += FRAME_OVERHEAD + length;
  }
  const droppedBytes = buf.length - off;
  // A torn append leaves at most one partial frame; a failing frame followed by more bytes is damage.
  let damaged = false;
  if (droppedBytes >= FRAME_OVERHEAD) {
    const length = buf.readUInt32BE(off);
    damaged = length <= MAX_RECORD && droppedBytes > FRAME_OVERHEAD + length && !isZeros(buf.subarray(off));
  }
  return { state: 'valid', records, droppedBytes, damaged, journalId: Buffer.from(journalId), goodLength: off };
}

function isZeros(b: Buffer): boolean {
  for (const x of b) if (x !== 0) return false;
  return true;
}

/**
 * The open journal of one dataset. `append` returns only once the record is on disk (fdatasync):
 * that is the moment an act counts as saved.
 */
export class Journal {
  private fd: number | null = null;
  private length = 0;
  private count = 0;
  private readonly keys: JournalKeys;

  private constructor(
    readonly path: string,
    key: DatasetKey,
    private readonly base: Buffer,
    private readonly journalId: Buffer,
  ) {
    this.keys = journalKeys(key);
  }

  /** Replaces whatever journal was there with an empty one for `base` (atomic: old or new, never half). */
  static create(path: string, key: DatasetKey, base: Buffer): Journal {
    const j = new Journal(path, key, base, randomBytes(16));
    writeFileAtomic(path, headerBytes(j.keys, base, j.journalId));
    j.openForAppend();
    return j;
  }

  /**
   * Continues a journal that was just replayed (when the full save after the replay failed): the
   * next append first cuts any torn or damaged tail back to `goodLength`.
   */
  static resume(path: string, key: DatasetKey, base: Buffer, found: JournalReadResult): Journal {
    const j = new Journal(path, key, base, found.journalId!);
    j.count = found.records.length;
    j.length = found.goodLength;
    return j;
  }

  /**
   * Opens the file for appending at the last good length. After a failed append whose tail could
   * not be cut at once (disk full, media gone read-only), the cut is retried here first.
   */
  private openForAppend(goodLength?: number): void {
    let fd: number | undefined;
    try {
      fd = openSync(this.path, 'r+');
      const size = fstatSync(fd).size;
      if (goodLength !== undefined && size !== goodLength) {
        ftruncateSync(fd, goodLength);
        fdatasyncSync(fd);
      }
      this.length = goodLength ?? size;
      this.fd = fd;
    } catch (err) {
      if (fd !== undefined) closeSync(fd);
      throw fileError(err, this.path, false);
    }
  }

  /** Records appended since the journal was created. */
  get records(): number {
    return this.count;
  }

  get bytes(): number {
    return this.length;
  }

  append(writes: readonly WriteRecord[]): void {
    if (this.fd === null) this.openForAppend(this.length);
    const fd = this.fd!;
    const plain = encodeWrites(writes);
    const nonce = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.keys.enc, nonce);
    c.setAAD(aad(this.base, this.journalId, this.count + 1, plain.length));
    const frame = Buffer.alloc(4);
    frame.writeUInt32BE(plain.length, 0);
    const bytes = Buffer.concat([frame, nonce, c.update(plain), c.final(), c.getAuthTag()]);
    const start = this.length;
    try {
      let off = 0;
      while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off, start + off);
      fdatasyncSync(fd);
    } catch (err) {
      // Cut a half-written frame off, so the next act is not appended after garbage.
      try {
        ftruncateSync(fd, start);
        fdatasyncSync(fd);
      } catch {
        this.close();
      }
      throw fileError(err, this.path, false);
    }
    this.length = start + bytes.length;
    this.count++;
  }

  /** Closes the file and wipes the derived keys. */
  dispose(): void {
    this.close();
    this.keys.enc.fill(0);
    this.keys.mac.fill(0);
  }

  close(): void {
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        /* already gone */
      }
      this.fd = null;
    }
  }
}
