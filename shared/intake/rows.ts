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
  raw: Record<string, RawCell>;
  ok: boolean;
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
    this.add(spec.name, row, col.header, cellText(row.raw[key] ?? null), code, params);
  }
}

/** Parses every non-blank row under the header; blank rows (trailing or between blocks) are skipped. */
export function parseRows(spec: SheetSpec, sheet: RawSheet, header: HeaderMatch, today: string, sink: ProblemSink): ParsedRow[] {
  const out: ParsedRow[] = [];
  for (let r = header.rowIndex + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (!cells) continue;
    const raw: Record<string, RawCell> = {};
    let anything = false;
    for (const col of spec.columns) {
      const i = header.positions.get(col.key);
      const c = i === undefined ? null : (cells[i] ?? null);
      raw[col.key] = c;
      if (!isBlank(c)) anything = true;
    }
    if (!anything) continue;
    const row: ParsedRow = { row: r + 1, v: {}, raw, ok: true };
    for (const col of spec.columns) {
      const c = raw[col.key] ?? null;
      if (isBlank(c)) {
        if (col.required) sink.cell(spec, row, col.key, 'WAJIB_DIISI');
        row.v[col.key] = null;
        continue;
      }
      const res = parseCell(c, col.kind, today);
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
