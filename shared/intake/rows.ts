import { cellText, isBlank, parseCell, type RawCell } from './cells';
import { displayValue } from './text';
import { problemText, type Problem, type ProblemCode } from './problems';
import type { HeaderMatch, RawSheet } from './header';
import type { SheetSpec } from './sheets';

/** One data row after cell parsing: typed values by column key, and whether it is still accepted. */
export interface ParsedRow {
  /** Spreadsheet row number (1-based). */
  row: number;
  v: Record<string, any>;
  /** The row's cells as read, and where each column sits in them (shared by every row of the sheet). */
  cells: RawCell[];
  positions: Map<string, number>;
  ok: boolean;
}

/** The cell a column came from, as the user typed it. */
export function rawOf(row: ParsedRow, key: string): RawCell {
  const i = row.positions.get(key);
  return i === undefined ? null : (row.cells[i] ?? null);
}

/** Collects problems and marks their rows rejected. */
export class ProblemSink {
  readonly problems: Problem[] = [];

  add(sheet: string, row: ParsedRow | number, column: string, value: string, code: ProblemCode, params: Record<string, string | number> = {}): void {
    if (typeof row !== 'number') row.ok = false;
    this.problems.push({
      sheet, row: typeof row === 'number' ? row : row.row, column, value: displayValue(value), code,
      reason: problemText(code, params),
    });
  }

  /** A problem tied to one column of a parsed row; the value shown is what the cell held. */
  cell(spec: SheetSpec, row: ParsedRow, key: string, code: ProblemCode, params: Record<string, string | number> = {}): void {
    const col = spec.columns.find((c) => c.key === key)!;
    this.add(spec.name, row, col.header, cellText(rawOf(row, key)), code, params);
  }
}

/** Parses every non-blank row under the header; blank rows (trailing or between blocks) are skipped. */
export function parseRows(spec: SheetSpec, sheet: RawSheet, header: HeaderMatch, today: string, sink: ProblemSink): ParsedRow[] {
  const out: ParsedRow[] = [];
  const cols = spec.columns.map((c) => ({ c, i: header.positions.get(c.key) }));
  const ctx = { date1904: sheet.date1904, decimalComma: sheet.decimalComma };
  for (let r = header.rowIndex + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (!cells) continue;
    if (!cols.some(({ i }) => i !== undefined && !isBlank(cells[i] ?? null))) continue;
    const row: ParsedRow = { row: r + 1, v: {}, cells, positions: header.positions, ok: true };
    for (const { c: col, i } of cols) {
      const c = i === undefined ? null : (cells[i] ?? null);
      if (isBlank(c)) {
        if (col.required) sink.cell(spec, row, col.key, 'WAJIB_DIISI');
        row.v[col.key] = null;
        continue;
      }
      const res = parseCell(c, col.kind, today, ctx);
      if (res.ok) row.v[col.key] = res.value;
      else {
        row.v[col.key] = null;
        sink.cell(spec, row, col.key, res.code, res.params);
      }
    }
    out.push(row);
  }
  return out;
}
