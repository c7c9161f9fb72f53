import { AppError } from '../../shared/errors';
import type { WriteRecord } from './database';
import type { DatasetKey } from './bpj-format';
import { readUserFile } from '../files/user-file';
import {
  baseIdAt, boundPath, journalKeys, JOURNAL_MAGIC, JOURNAL_VERSION, parseJournalHeader, readCount, readRecords, SLOT,
} from './journal-format';

/**
 * Why a journal cannot be trusted whole. Only a record cut off at the very end by a crash is dropped
 * silently (it was never acknowledged); every reason here keeps the journal and asks the user.
 */
export type JournalProblem =
  | 'bukan_berkas' // not a regular file, or far larger than any journal
  | 'kepala' // header damaged (a flipped magic bit, …) or written under another key
  | 'versi' // a journal format this app does not read
  | 'rekaman' // an acknowledged record fails its tag or its length field
  | 'terpotong' // the journal ends, at a record boundary, before its acknowledged count
  | 'penghitung' // neither count slot authenticates: how many acts were acknowledged is unknown
  | 'milik_berkas_lain'; // the journal of another file with the same bytes (a copy beside a copy)

export interface JournalReadResult {
  state: 'absent' | 'stale' | 'valid' | 'problem';
  /** Committed transactions in order (for a problem: the readable prefix), each the writes of one act. */
  records: WriteRecord[][];
  /** Bytes after the last good record. */
  droppedBytes: number;
  problem: JournalProblem | null;
  /** Acknowledged acts that cannot be replayed (null: unknown). */
  lost: number | null;
  /** For 'milik_berkas_lain': the file the journal was written for. */
  belongsTo: string | null;
  /** The whole file as read (kept aside when there is a problem). */
  bytes: Buffer | null;
  journalId: Buffer | null;
  goodLength: number;
}

/** A journal is never bigger than this; a larger file is not one. */
const JOURNAL_FILE = { label: 'jurnal', maxBytes: 1024 * 1024 * 1024, magic: null };

function result(partial: Partial<JournalReadResult> & Pick<JournalReadResult, 'state'>): JournalReadResult {
  return {
    records: [], droppedBytes: 0, problem: null, lost: 0, belongsTo: null, bytes: null, journalId: null, goodLength: 0,
    ...partial,
  };
}

function readBytes(path: string): Buffer | 'absent' | 'not-regular' {
  try {
    return readUserFile(path, JOURNAL_FILE);
  } catch (err) {
    if (err instanceof AppError && err.code === 'BERKAS_TIDAK_DITEMUKAN') return 'absent';
    if (err instanceof AppError && (err.code === 'BERKAS_BUKAN_BIASA' || err.code === 'BERKAS_TERLALU_BESAR')) return 'not-regular';
    throw err;
  }
}

/**
 * Reads the journal beside `datasetPath` for the .bpj whose base id is `base`. Records are replayed only
 * when they authenticate under this dataset's key and this exact base; the count slots say how many were
 * acknowledged, so a journal that ends early (damaged record, length past the end, cut at a boundary) is
 * told apart from a crash that tore the one unacknowledged record at the end.
 */
export function readJournal(path: string, key: DatasetKey, base: Buffer, datasetPath: string): JournalReadResult {
  const buf = readBytes(path);
  if (buf === 'absent') return result({ state: 'absent' });
  if (buf === 'not-regular') return result({ state: 'problem', problem: 'bukan_berkas', lost: null });
  const problem = (p: JournalProblem, more: Partial<JournalReadResult> = {}) =>
    result({ state: 'problem', problem: p, lost: null, bytes: buf, droppedBytes: buf.length, ...more });
  // An empty version-1 journal (the previous app's clean close) holds nothing to replay.
  if (buf.length === 96 && buf.subarray(0, 8).equals(JOURNAL_MAGIC) && buf.readUInt16BE(8) === 1) return result({ state: 'stale' });
  const keys = journalKeys(key);
  const h = parseJournalHeader(keys, buf);
  if (!h) return problem(buf.length >= 10 && buf.readUInt16BE(8) !== JOURNAL_VERSION && buf.subarray(0, 8).equals(JOURNAL_MAGIC) ? 'versi' : 'kepala');
  if (h.macOk && h.version !== JOURNAL_VERSION) return problem('versi');
  if (!h.base.equals(base)) {
    // Written for another version of this file (a crash between a full save's rename and the journal
    // reset): its acts are in the file already. An unauthenticated header proves nothing, though.
    return h.macOk ? result({ state: 'stale' }) : problem('kepala');
  }
  const committed = readCount(keys, h.journalId, buf, h.slotsAt);
  const { records, end } = readRecords(keys, base, h.journalId, buf, h.slotsAt + 2 * SLOT);
  const lost = committed === null ? null : Math.max(0, committed - records.length);
  const common = { records, droppedBytes: buf.length - end, lost, bytes: buf, journalId: Buffer.from(h.journalId), goodLength: end };
  if (h.macOk && h.path !== '' && h.path !== boundPath(datasetPath)) {
    const owner = baseIdAt(h.path);
    if (owner?.equals(base)) {
      return problem('milik_berkas_lain', { belongsTo: h.path, lost: Math.max(committed ?? 0, records.length), droppedBytes: buf.length });
    }
    // The file it names is gone or has moved on: this is that file, moved or renamed. Replay here.
  }
  if (!h.magicOk || !h.macOk) return problem('kepala', common);
  if (committed === null) return problem('penghitung', common);
  if (records.length < committed) return problem(end < buf.length ? 'rekaman' : 'terpotong', common);
  return result({ state: 'valid', ...common });
}
