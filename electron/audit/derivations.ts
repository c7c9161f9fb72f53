import type { AuditEntry } from './audit-log';

/** A free-text column the chain holds only as its SHA-256 (see text-digest.ts). */
interface Digest {
  sha256: string | null;
}

/** One expected row, column → value (or digest) as the chain says it must be in the table. */
export type ExpectedRow = Record<string, string | number | null | Digest | undefined>;

/** The tables as the chain rebuilds them: table → row key → expected row (plus the entry that wrote it). */
export class DerivedTables {
  readonly tables = new Map<string, Map<string, { row: ExpectedRow; seq: number }>>();

  table(name: string): Map<string, { row: ExpectedRow; seq: number }> {
    let t = this.tables.get(name);
    if (!t) this.tables.set(name, (t = new Map()));
    return t;
  }

  put(name: string, key: string, row: ExpectedRow, seq: number): void {
    this.table(name).set(key, { row, seq });
  }

  /** Drops every row of the table whose key starts with `prefix` (an agenda item removed with its votes). */
  dropPrefix(name: string, prefix: string): void {
    const t = this.table(name);
    for (const k of [...t.keys()]) if (k.startsWith(prefix)) t.delete(k);
  }
}

/**
 * How one audited act changes the checked tables. A field the payload does not carry (entries written
 * before payloads held full rows) is left undefined, and the comparison skips that column.
 */
export type Derivation = (state: DerivedTables, payload: Record<string, unknown>, entry: AuditEntry) => void;

/** Row keys are the primary key's columns joined; kept in one place so the reader of the tables agrees. */
export const rowKey = (...parts: unknown[]): string => parts.map((p) => String(p)).join('|');

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strOrNull = (v: unknown): string | null | undefined => (v === null ? null : str(v));
const digest = (v: unknown): Digest | undefined => (v === null || typeof v === 'string' ? { sha256: v } : undefined);

/**
 * Registry keyed by action name: each act that writes a checked table says here what it wrote. A capability
 * adding such an act (an override, a frozen outcome) adds its entry and, if it has its own table, a
 * CHECKED_TABLES line in table-check.ts.
 */
export const DERIVATIONS: Record<string, Derivation> = {
  'session.suara': (s, p, e) => {
    const row = rowOf(p.suara);
    s.put('suara', rowKey(p.itemId, p.anggotaId), {
      pilihan: str(p.pilihan), catatan: row ? str(row.catatan) : digest(p.catatanSha256), dicatat_pada: e.at,
    }, e.seq);
  },
  'session.konflik': (s, p, e) => {
    const key = rowKey(p.itemId, p.anggotaId);
    const row = rowOf(p.konflik);
    // Declaring again only replaces the reason: the first time stays the recorded one.
    const earlier = s.table('konflik_kepentingan').get(key);
    s.put('konflik_kepentingan', key, {
      alasan: row ? str(row.alasan) : digest(p.alasanSha256), dicatat_pada: earlier?.row.dicatat_pada ?? e.at,
    }, e.seq);
  },
  'session.tarik_konflik': (s, p) => {
    s.table('konflik_kepentingan').delete(rowKey(p.itemId, p.anggotaId));
  },
  'session.keputusan': (s, p, e) => decision(s, p, e),
  'session.revisi': (s, p, e) => decision(s, p, e),
  'session.hapus_agenda': (s, p) => {
    for (const t of ['suara', 'konflik_kepentingan', 'keputusan']) s.dropPrefix(t, `${String(p.itemId)}|`);
  },
};

/** The full row an act wrote (issue 10's payloads), or undefined for entries that held only digests. */
const rowOf = (v: unknown): Record<string, unknown> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

function decision(s: DerivedTables, p: Record<string, unknown>, e: AuditEntry): void {
  const row = rowOf(p.keputusan);
  s.put('keputusan', rowKey(p.itemId, p.versi), row ? {
    hasil: str(row.hasil), jabatan_id: strOrNull(row.jabatan_id), alasan: str(row.alasan), syarat: str(row.syarat),
    alasan_revisi: strOrNull(row.alasan_revisi), dicatat_pada: str(row.dicatat_pada) ?? e.at,
  } : {
    hasil: str(p.hasil), jabatan_id: strOrNull(p.jabatanId), alasan: digest(p.alasanSha256), syarat: digest(p.syaratSha256),
    alasan_revisi: digest(p.alasanRevisiSha256), dicatat_pada: e.at,
  }, e.seq);
}
