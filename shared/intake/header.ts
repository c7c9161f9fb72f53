import { cellText, type RawCell } from './cells';
import { headerKey } from './text';
import { SHEETS, type ColumnSpec, type SheetSpec } from './sheets';

/** One sheet as read from a file; rows[i] is spreadsheet row i + 1 (holes for rows Excel never stored). */
export interface RawSheet {
  name: string;
  rows: (RawCell[] | undefined)[];
  /** Hidden in the workbook: imported, but the check says so. */
  hidden?: boolean;
  /** The workbook counts dates from 1904 (old Mac Excel): bare serials in date columns are shifted. */
  date1904?: boolean;
  /** A `;` CSV (Indonesian regional settings): comma is the decimal mark, "1.500" is fifteen hundred. */
  decimalComma?: boolean;
}

/** Sheets the template adds for people, never data. */
const IGNORED_SHEETS = new Set(['petunjuk', 'daftar', 'daftarpilihan', 'keterangan', 'readme']);

/**
 * Which template sheet a sheet (or CSV file) name means. Exact names first, then the longest
 * known name inside it ("template-Pegawai (2)" → Pegawai; "StandarKompetensi" beats "Kompetensi").
 */
export function matchSheet(name: string): SheetSpec | 'abaikan' | null {
  const key = headerKey(name.replace(/\.(csv|txt)$/i, ''));
  if (IGNORED_SHEETS.has(key)) return 'abaikan';
  let best: { spec: SheetSpec; len: number } | null = null;
  for (const spec of SHEETS) {
    for (const n of [spec.name, ...spec.aliases]) {
      const k = headerKey(n);
      if (k === key) return spec;
      if (k.length >= 3 && key.includes(k) && (!best || k.length > best.len)) best = { spec, len: k.length };
    }
  }
  return best?.spec ?? null;
}

export function columnFor(spec: SheetSpec, header: string): ColumnSpec | undefined {
  const k = headerKey(header);
  if (!k) return undefined;
  return spec.columns.find((c) => headerKey(c.header) === k) ?? spec.columns.find((c) => (c.aliases ?? []).some((a) => headerKey(a) === k));
}

export interface HeaderMatch {
  /** 0-based index into rows. */
  rowIndex: number;
  /** Column key → 0-based cell index. */
  positions: Map<string, number>;
  duplicates: string[];
  unknown: string[];
}

/** How far down a title block (merged cells, logos, notes) may push the header row. */
export const HEADER_SEARCH_ROWS = 15;

/** The first row that reads as this sheet's header: at least half the required columns, and two or more. */
export function findHeader(spec: SheetSpec, rows: RawSheet['rows']): HeaderMatch | null {
  const required = spec.columns.filter((c) => c.required).length;
  const needed = Math.max(2, Math.ceil(required / 2));
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const row = rows[r];
    if (!row) continue;
    const positions = new Map<string, number>();
    const duplicates: string[] = [];
    const unknown: string[] = [];
    row.forEach((cell, i) => {
      const text = cellText(cell);
      if (!text) return;
      const col = columnFor(spec, text);
      if (!col) unknown.push(text);
      else if (positions.has(col.key)) duplicates.push(col.header);
      else positions.set(col.key, i);
    });
    const requiredFound = spec.columns.filter((c) => c.required && positions.has(c.key)).length;
    if (requiredFound >= needed || (positions.size >= needed && requiredFound === required)) {
      return { rowIndex: r, positions, duplicates, unknown };
    }
  }
  return null;
}
