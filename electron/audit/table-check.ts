import type { Database } from '../dataset/database';
import type { AuditEntry } from './audit-log';
import { DERIVATIONS, DerivedTables, rowKey, type ExpectedRow } from './derivations';
import { textDigest } from './text-digest';

/** The tables whose every row must be the outcome of an audited act, with their key and checked columns. */
const CHECKED_TABLES = [
  { table: 'suara', key: ['agenda_item_id', 'anggota_id'], columns: ['pilihan', 'catatan', 'dicatat_pada'] },
  { table: 'konflik_kepentingan', key: ['agenda_item_id', 'anggota_id'], columns: ['alasan', 'dicatat_pada'] },
  {
    table: 'keputusan', key: ['agenda_item_id', 'versi'],
    columns: ['hasil', 'jabatan_id', 'alasan', 'syarat', 'alasan_revisi', 'dicatat_pada'],
  },
] as const;

type RowProblemKind = 'berbeda' | 'tanpa_entri' | 'baris_hilang';

interface RowProblem {
  tabel: string;
  /** The row's primary key, "kolom=nilai, …". */
  baris: string;
  masalah: RowProblemKind;
  /** For 'berbeda': the column, what the chain recorded and what the table holds. */
  kolom: string | null;
  tercatat: string | null;
  diTabel: string | null;
  /** The entry that recorded the row (null for a row no entry wrote). */
  seq: number | null;
}

export interface RowCheck {
  checked: number;
  total: number;
  problems: RowProblem[];
}

/** Problems listed at most; the count is always complete. */
const MAX_ROW_PROBLEMS = 200;

/** Rebuilds the checked tables from the chain's payloads, oldest entry first. */
function deriveFromChain(db: Database): DerivedTables {
  const state = new DerivedTables();
  for (const e of db.all<AuditEntry>('SELECT * FROM audit_log ORDER BY seq')) {
    const derive = DERIVATIONS[e.action];
    if (!derive) continue;
    let payload: unknown;
    try {
      payload = JSON.parse(e.payload);
    } catch {
      continue; // a payload that is not JSON is already reported by the chain check (its hash)
    }
    if (payload && typeof payload === 'object') derive(state, payload as Record<string, unknown>, e);
  }
  return state;
}

const show = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** Compares one recorded value with the table's; a digest is compared with the digest of the table's text. */
function same(recorded: ExpectedRow[string], actual: unknown): boolean {
  if (recorded !== null && typeof recorded === 'object') return recorded.sha256 === textDigest(actual === null ? null : String(actual));
  return show(recorded) === show(actual);
}

const shown = (recorded: ExpectedRow[string]): string | null =>
  recorded !== null && typeof recorded === 'object' ? (recorded.sha256 === null ? null : `sha256:${recorded.sha256.slice(0, 16)}…`) : show(recorded);

/**
 * Compares every row of the checked tables with what the chain says was written: a changed column, a row
 * no entry wrote, and a row an entry wrote that is gone are each reported with the table and the row.
 */
export function checkTables(db: Database): RowCheck {
  const derived = deriveFromChain(db);
  const problems: RowProblem[] = [];
  let checked = 0;
  for (const spec of CHECKED_TABLES) {
    const expected = derived.table(spec.table);
    const seen = new Set<string>();
    const label = (r: Record<string, unknown>) => spec.key.map((k) => `${k}=${String(r[k])}`).join(', ');
    for (const r of db.all<Record<string, unknown>>(`SELECT * FROM ${spec.table} ORDER BY ${spec.key.join(', ')}`)) {
      checked++;
      const key = rowKey(...spec.key.map((k) => r[k]));
      seen.add(key);
      const want = expected.get(key);
      if (!want) {
        problems.push({ tabel: spec.table, baris: label(r), masalah: 'tanpa_entri', kolom: null, tercatat: null, diTabel: null, seq: null });
        continue;
      }
      for (const col of spec.columns) {
        const recorded = want.row[col];
        if (recorded === undefined) continue; // an older entry that did not record this column
        if (!same(recorded, r[col])) {
          problems.push({ tabel: spec.table, baris: label(r), masalah: 'berbeda', kolom: col, tercatat: shown(recorded), diTabel: show(r[col]), seq: want.seq });
        }
      }
    }
    for (const [key, want] of expected) {
      if (seen.has(key)) continue;
      const baris = spec.key.map((k, i) => `${k}=${key.split('|')[i]}`).join(', ');
      problems.push({ tabel: spec.table, baris, masalah: 'baris_hilang', kolom: null, tercatat: null, diTabel: null, seq: want.seq });
    }
  }
  return { checked, total: problems.length, problems: problems.slice(0, MAX_ROW_PROBLEMS) };
}
