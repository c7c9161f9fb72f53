import { closeSync, fdatasyncSync, ftruncateSync, fstatSync, openSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { WriteRecord } from './database';
import type { DatasetKey } from './bpj-format';
import { fileError, writeFileAtomic } from './files';
import { countSlot, encodeRecord, headerBytes, journalKeys, SLOT, type JournalKeys } from './journal-format';
import type { JournalReadResult } from './journal-read';

export { baseId, journalPath } from './journal-format';

export { stagedJournalPath } from './journal-recovery';
export { readJournal, type JournalReadResult } from './journal-read';

/** Where the records of the journal in `bytes` start (its header length plus the two count slots). */
export function journalRecordsStart(bytes: Buffer): number {
  return bytes.readUInt16BE(10) + 2 * SLOT;
}

function writeAll(fd: number, bytes: Buffer, at: number): void {
  let off = 0;
  while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off, at + off);
}

/**
 * The open journal of one dataset (layout in journal-format.ts). `append` returns only once the record
 * and then the acknowledged count are on disk (two fdatasyncs): that is the moment an act counts as saved.
 * The count is what lets a later open tell a journal cut short from one torn by a crash.
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
    private readonly slotsAt: number,
  ) {
    this.keys = journalKeys(key);
  }

  /** Replaces whatever journal was there with an empty one for `base` and `datasetPath` (atomic). */
  static create(path: string, key: DatasetKey, base: Buffer, datasetPath: string): Journal {
    const journalId = randomBytes(16);
    const keys = journalKeys(key);
    const header = headerBytes(keys, base, journalId, datasetPath);
    const j = new Journal(path, key, base, journalId, header.length - 2 * SLOT);
    writeFileAtomic(path, header);
    j.openForAppend();
    return j;
  }

  /**
   * A journal for `base` already holding `records` (numbered 1…n, count slots n and n − 1), written
   * atomically at `stagedAt` and fsynced; it is appended to at `path` once renamed there.
   */
  static createFilled(
    path: string, key: DatasetKey, base: Buffer, datasetPath: string, records: readonly WriteRecord[][], stagedAt: string,
  ): Journal {
    const journalId = randomBytes(16);
    const keys = journalKeys(key);
    const header = headerBytes(keys, base, journalId, datasetPath);
    const slotsAt = header.length - 2 * SLOT;
    const n = records.length;
    for (const count of [n - 1, n].filter((c) => c > 0)) {
      countSlot(keys, journalId, (count % 2) as 0 | 1, count).copy(header, slotsAt + (count % 2) * SLOT);
    }
    const frames = records.map((writes, i) => encodeRecord(keys, base, journalId, i + 1, randomBytes(12), writes));
    const bytes = Buffer.concat([header, ...frames]);
    writeFileAtomic(stagedAt, bytes);
    const j = new Journal(path, key, base, journalId, slotsAt);
    j.count = n;
    j.length = bytes.length;
    return j;
  }

  /**
   * Continues a journal that was just replayed (when the full save after the replay failed): the
   * next append first cuts any torn tail back to `goodLength`.
   */
  static resume(path: string, key: DatasetKey, base: Buffer, found: JournalReadResult): Journal {
    const start = journalRecordsStart(found.bytes!);
    const j = new Journal(path, key, base, found.journalId!, start - 2 * SLOT);
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
    const n = this.count + 1;
    const bytes = encodeRecord(this.keys, this.base, this.journalId, n, randomBytes(12), writes);
    const start = this.length;
    const slot = (n % 2) as 0 | 1;
    const slotAt = this.slotsAt + slot * SLOT;
    try {
      writeAll(fd, bytes, start);
      fdatasyncSync(fd);
      // Only after the record is durable: a count on disk never exceeds the records on disk.
      writeAll(fd, countSlot(this.keys, this.journalId, slot, n), slotAt);
      fdatasyncSync(fd);
    } catch (err) {
      // Put the slot back (it held n - 2) and cut a half-written frame off, so the act that failed is
      // neither counted nor followed by garbage.
      try {
        writeAll(fd, countSlot(this.keys, this.journalId, slot, Math.max(0, n - 2)), slotAt);
        ftruncateSync(fd, start);
        fdatasyncSync(fd);
      } catch {
        this.close();
      }
      throw fileError(err, this.path, false);
    }
    this.length = start + bytes.length;
    this.count = n;
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
