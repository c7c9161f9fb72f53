import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from './files';
import type { JournalProblem, JournalReadResult } from './journal-read';

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
