import type { Database } from '../dataset/database';
import { verifyChain, type AuditEntry } from '../audit/audit-log';
import { checkTables } from '../audit/table-check';
import type { AuditEntryRow, AuditReport } from '../../shared/ipc/dataset';

function toRow(e: AuditEntry): AuditEntryRow {
  return {
    seq: e.seq, at: e.at, actor: e.actor, action: e.action, payload: e.payload,
    payloadHash: e.payload_hash, prevHash: e.prev_hash, entryHash: e.entry_hash,
  };
}

/** One page of the audit log, oldest first (the order the chain is checked in). */
export function auditPage(db: Database, offset: number, limit: number): { total: number; entries: AuditEntryRow[] } {
  const total = Number(db.value('SELECT COUNT(*) FROM audit_log') ?? 0);
  const rows = db.all<AuditEntry>('SELECT * FROM audit_log ORDER BY seq LIMIT ? OFFSET ?', [limit, offset]);
  return { total, entries: rows.map(toRow) };
}

/**
 * The chain check the screen and the CLI show. A head hash read off a printed document is looked
 * up too: found at the end means nothing was cut; found earlier means entries were added since the
 * document; absent means entries were cut off or the paper belongs to another dataset.
 */
export function auditReport(db: Database, headHash?: string): AuditReport {
  const chain = verifyChain(db);
  const headSeq = Number(db.value('SELECT MAX(seq) FROM audit_log') ?? 0);
  let headCheck: AuditReport['headCheck'] = null;
  if (headHash) {
    const hash = headHash.toLowerCase();
    const found = db.value<number>('SELECT seq FROM audit_log WHERE entry_hash = ? ORDER BY seq LIMIT 1', [hash]);
    const foundSeq = found === undefined || found === null ? null : Number(found);
    headCheck = { hash, foundSeq, entriesAfter: foundSeq === null ? 0 : headSeq - foundSeq };
  }
  const rows = checkTables(db);
  return {
    valid: chain.valid, utuh: chain.valid && rows.total === 0, rows, entries: chain.entries, head: chain.head, headSeq,
    firstBroken: chain.firstBroken, headCheck,
  };
}
