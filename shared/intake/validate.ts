import { checkDuplicates, checkReferences, type ParsedSheets } from './crosscheck';
import { emptyExisting, type ExistingKeys } from './existing';
import { findHeader, matchSheet, type RawSheet } from './header';
import { buildImport, type ImportData } from './build';
import { parseRows, ProblemSink } from './rows';
import { applyRowRules } from './rules';
import { SHEETS, type SheetName } from './sheets';
import type { Problem } from './problems';

export interface SheetSummary {
  sheet: SheetName;
  /** Name in the file (sheet or CSV file name). */
  source: string;
  rows: number;
  accepted: number;
  rejected: number;
}

export interface IntakeResult {
  sheets: SheetSummary[];
  problems: Problem[];
  /** Things the user should know that do not refuse a row (an unknown sheet or column skipped). */
  warnings: string[];
  data: ImportData;
}

/**
 * The whole intake check, pure: raw sheets in, per-sheet counts, every problem, and the domain
 * objects to write. An import may only be written when `problems` is empty.
 */
export function validateIntake(raw: RawSheet[], opts: { today: string; existing?: ExistingKeys }): IntakeResult {
  const today = opts.today.slice(0, 10);
  const existing = opts.existing ?? emptyExisting();
  const sink = new ProblemSink();
  const warnings: string[] = [];
  const sheets: ParsedSheets = {};
  const sources = new Map<SheetName, string>();

  for (const sheet of raw) {
    const spec = matchSheet(sheet.name);
    if (spec === 'abaikan') continue;
    if (!spec) {
      if (sheet.rows.some((r) => r && r.length > 0)) warnings.push(`Lembar "${sheet.name}" tidak dikenal dan dilewati.`);
      continue;
    }
    if (sheets[spec.name]) {
      sink.add(sheet.name, 1, '', sheet.name, 'LEMBAR_GANDA', { lembar: spec.name });
      continue;
    }
    sources.set(spec.name, sheet.name);
    if (sheet.hidden) warnings.push(`Lembar "${sheet.name}" tersembunyi di buku kerja, tetapi isinya ikut diperiksa dan diimpor. Tampilkan lembarnya di Excel bila ragu.`);
    const header = findHeader(spec, sheet.rows);
    if (!header) {
      if (sheet.rows.some((r) => r?.some((c) => c !== null && c !== ''))) sink.add(sheet.name, 1, '', '', 'JUDUL_TIDAK_DITEMUKAN');
      sheets[spec.name] = { spec, rows: [] };
      continue;
    }
    const headerRow = header.rowIndex + 1;
    for (const d of header.duplicates) sink.add(spec.name, headerRow, d, d, 'KOLOM_GANDA', { kolom: d });
    for (const u of header.unknown) warnings.push(`Kolom "${u}" pada lembar ${sheet.name} tidak dikenal dan dilewati.`);
    const missing = spec.columns.filter((c) => c.required && !header.positions.has(c.key));
    for (const m of missing) sink.add(spec.name, headerRow, m.header, '', 'KOLOM_WAJIB_HILANG', { kolom: m.header });
    const rows = parseRows(spec, sheet, header, today, sink);
    // A missing required column already refuses every row; saying so once per row adds nothing.
    if (missing.length > 0) {
      const keep = new Set(missing.map((m) => m.header));
      sink.problems.splice(0, sink.problems.length, ...sink.problems.filter((p) => !(p.sheet === spec.name && p.code === 'WAJIB_DIISI' && keep.has(p.column))));
    }
    applyRowRules(spec, rows, today, sink);
    sheets[spec.name] = { spec, rows };
  }

  checkDuplicates(sheets, existing, sink);
  checkReferences(sheets, existing, sink);
  const data = buildImport(sheets, today, sink);

  const summaries: SheetSummary[] = [];
  for (const spec of SHEETS) {
    const s = sheets[spec.name];
    if (!s) continue;
    const accepted = s.rows.filter((r) => r.ok).length;
    summaries.push({ sheet: spec.name, source: sources.get(spec.name) ?? spec.name, rows: s.rows.length, accepted, rejected: s.rows.length - accepted });
  }
  const order = new Map(SHEETS.map((s, i) => [s.name as string, i]));
  sink.problems.sort((a, b) => (order.get(a.sheet) ?? 99) - (order.get(b.sheet) ?? 99) || a.row - b.row);
  return { sheets: summaries, problems: sink.problems, warnings, data };
}
