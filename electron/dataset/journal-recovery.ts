import { existsSync, readdirSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileError, fsyncDirectory, writeFileAtomic } from './files';
import type { DatasetKey } from './bpj-format';
import { journalPath } from './journal-format';
import { readJournal, type JournalProblem, type JournalReadResult } from './journal-read';

/** A background full save's journal for the new file, staged before that file is renamed into place. */
export function stagedJournalPath(datasetPath: string): string {
  return `${datasetPath}.journal.next`;
}

/**
 * A background save that crashed after renaming the new file in but before its journal left
 * `<file>.journal.next` for exactly these bytes: it becomes the journal. One written for bytes
 * that never reached the file is stale and removed. Returns the journal to read.
 */
export function adoptStagedJournal(datasetPath: string, key: DatasetKey, base: Buffer, readOnly: boolean): string {
  const jp = journalPath(datasetPath);
  const staged = stagedJournalPath(datasetPath);
  if (!existsSync(staged)) return jp;
  const found = readJournal(staged, key, base, datasetPath);
  if (readOnly) return found.state === 'valid' ? staged : jp;
  try {
    if (found.state === 'valid') {
      renameSync(staged, jp);
      fsyncDirectory(dirname(jp));
    } else if (found.state === 'stale') {
      unlinkSync(staged);
    }
  } catch (err) {
    throw fileError(err, staged, false);
  }
  return jp;
}

/** What opening found in the journal; shown by dataset:open / dataset:status and the CLI. */
export interface RecoveryReport {
  /** Acts replayed from the journal. */
  records: number;
  /** Bytes after the last replayed record (a torn last append, or the unreadable rest). */
  droppedBytes: number;
  /** Where the whole journal was kept when it could not be trusted (`<file>.journal.rusak-<time>`). */
  damagedCopy: string | null;
  /** Acknowledged acts that could not be replayed (null: unknown, e.g. a header under another key). */
  lost: number | null;
  /** Why the journal could not be replayed whole; null after an ordinary crash. */
  problem: JournalProblem | null;
  /** For 'milik_berkas_lain': the file that journal belongs to. */
  belongsTo: string | null;
  /** Read-only until the user continues without the lost acts (or closes). */
  awaitingDecision: boolean;
}

/** `<journal>.rusak-<time>`, written durably; an identical copy kept earlier is reused, not repeated. */
export function keepJournalAside(jp: string, bytes: Buffer, now: Date): string | null {
  try {
    const prefix = `${basename(jp)}.rusak-`;
    for (const name of readdirSync(dirname(jp))) {
      if (!name.startsWith(prefix)) continue;
      const p = join(dirname(jp), name);
      if (readFileSync(p).equals(bytes)) return p;
    }
    const copy = `${jp}.rusak-${now.toISOString().replace(/[:.]/g, '-')}`;
    writeFileAtomic(copy, bytes);
    return copy;
  } catch {
    return null;
  }
}

export
function recoveryReport(found: JournalReadResult, damagedCopy: string | null, awaitingDecision: boolean): RecoveryReport {
  return {
    records: found.records.length, droppedBytes: found.droppedBytes, damagedCopy,
    lost: found.lost, problem: found.problem, belongsTo: found.belongsTo, awaitingDecision,
  };
}
