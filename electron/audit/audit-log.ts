import { createHash } from 'node:crypto';
import type { Database } from '../dataset/database';

const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  payload: string;
  payload_hash: string;
  prev_hash: string;
  entry_hash: string;
}

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

/** The fields an entry's hash covers, in a fixed order, so the chain is reproducible anywhere. */
export function entryHash(e: Pick<AuditEntry, 'seq' | 'at' | 'actor' | 'action' | 'payload_hash' | 'prev_hash'>): string {
  return sha256(JSON.stringify([e.seq, e.at, e.actor, e.action, e.payload_hash, e.prev_hash]));
}

/**
 * Appends one act to the chain. Callers do this inside the same transaction as the act itself,
 * so the act and its audit entry are saved together or not at all.
 */
export function appendAudit(
  db: Database, entry: { at: string; actor: string; action: string; payload: unknown },
): AuditEntry {
  const last = db.first<{ seq: number; entry_hash: string }>(
    'SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1',
  );
  const payload = JSON.stringify(entry.payload ?? null);
  const e = {
    seq: (last?.seq ?? 0) + 1,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    payload,
    payload_hash: sha256(payload),
    prev_hash: last?.entry_hash ?? GENESIS_HASH,
  };
  const full: AuditEntry = { ...e, entry_hash: entryHash(e) };
  db.run(
    'INSERT INTO audit_log (seq, at, actor, action, payload, payload_hash, prev_hash, entry_hash) VALUES (?,?,?,?,?,?,?,?)',
    [full.seq, full.at, full.actor, full.action, full.payload, full.payload_hash, full.prev_hash, full.entry_hash],
  );
  return full;
}

export function auditHead(db: Database): { seq: number; hash: string } {
  const last = db.first<{ seq: number; entry_hash: string }>(
    'SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1',
  );
  return { seq: last?.seq ?? 0, hash: last?.entry_hash ?? GENESIS_HASH };
}

type ChainProblem = 'payload_berubah' | 'hash_entri_berubah' | 'rantai_terputus' | 'urutan_loncat';

export interface ChainReport {
  valid: boolean;
  entries: number;
  head: string;
  firstBroken: { seq: number; problem: ChainProblem } | null;
}

/** Walks the chain from the start and stops at the first entry that does not hold. */
export function verifyChain(db: Database): ChainReport {
  const rows = db.all<AuditEntry>('SELECT * FROM audit_log ORDER BY seq');
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const r of rows) {
    let problem: ChainProblem | null = null;
    if (r.seq !== expectedSeq) problem = 'urutan_loncat';
    else if (sha256(r.payload) !== r.payload_hash) problem = 'payload_berubah';
    else if (r.prev_hash !== prev) problem = 'rantai_terputus';
    else if (entryHash(r) !== r.entry_hash) problem = 'hash_entri_berubah';
    if (problem) return { valid: false, entries: rows.length, head: rows.at(-1)!.entry_hash, firstBroken: { seq: r.seq, problem } };
    prev = r.entry_hash;
    expectedSeq++;
  }
  return { valid: true, entries: rows.length, head: prev, firstBroken: null };
}
