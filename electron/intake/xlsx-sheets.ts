import type { SaxesTagNS } from 'saxes';
import { AppError } from '../../shared/errors';
import type { RawCell } from '../../shared/intake/cells';
import type { RawSheet } from '../../shared/intake/header';
import { fromExcelSerial } from '../../shared/intake/dates';
import type { Limits } from './limits';
import { readWorkbookInfo, RunText, type WorkbookInfo } from './xlsx-workbook';
import { decodeOoxmlEscapes, parseXmlYielding, refuseDoctype, SML } from './xml-stream';

/** Excel's own grid: anything beyond is not a sheet Excel could have written. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export type SheetProgress = (sheet: string, rowsRead: number) => void;

/** Who follows a long read: rows read per sheet, and a signal that stops it (IMPOR_DIBATALKAN, nothing kept). */
export interface ReadWatch {
  progress?: SheetProgress;
  signal?: AbortSignal;
}

/** Throws when the read was cancelled; called between chunks, sheets and files. */
export function checkCancelled(watch?: ReadWatch): void {
  if (watch?.signal?.aborted) throw new AppError('IMPOR_DIBATALKAN');
}

const breathe = (watch?: ReadWatch) => async () => {
  await new Promise<void>((r) => setImmediate(r));
  checkCancelled(watch);
};

function colIndex(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + c - 64;
    if (n > MAX_COLS) break;
  }
  return i === 0 ? -1 : n - 1;
}

const outside = (sheet: string, ref: string) => new AppError('SEL_DI_LUAR_BATAS', { lembar: sheet, sel: ref.slice(0, 24) });

function cellValue(t: string, style: number, v: string, wb: WorkbookInfo): RawCell {
  if (t === 's') return wb.strings[Number(v)] ?? '';
  if (t === 'str') return decodeOoxmlEscapes(v);
  if (t === 'b') return v === '1';
  if (t === 'e') return { error: v };
  if (t === 'd') return { date: v.slice(0, 10) };
  const n = Number(v);
  if (wb.isDate[style] && Number.isFinite(n)) {
    const d = fromExcelSerial(wb.date1904 ? n + 1462 : n);
    return d.ok ? { date: d.iso } : n;
  }
  return Number.isFinite(n) ? n : decodeOoxmlEscapes(v);
}

/**
 * One worksheet, streamed. Rows and cells are placed by their r attribute (checked against Excel's
 * grid) so a cell at row 4,294,967,294 is refused instead of growing an array; the row count that
 * the limit checks is the highest row index, not the number of <row> tags.
 */
async function readSheet(name: string, part: string, bytes: Buffer, wb: WorkbookInfo, limits: Limits, watch?: ReadWatch): Promise<RawSheet['rows']> {
  const progress = watch?.progress;
  const rows: RawSheet['rows'] = [];
  const maxRow = Math.min(MAX_ROWS, limits.maxRowsPerSheet + 20);
  let foreignRows = 0;
  let nextRow = 0;
  let row: RawCell[] | null = null;
  let rowIndex = 0;
  let nextCol = 0;
  let col = 0;
  let type = 'n';
  let style = 0;
  let inV = false;
  let inF = false;
  let formula: string | null = null;
  let v = '';
  const run = new RunText();
  let inInline = false;

  const openRow = (tag: SaxesTagNS) => {
    const r = tag.attributes.r?.value;
    const n = r === undefined ? nextRow + 1 : Number(r);
    if (!Number.isInteger(n) || n < 1 || n > MAX_ROWS) throw outside(name, `baris ${r}`);
    if (n > maxRow) throw new AppError('SPREADSHEET_TERLALU_BANYAK_BARIS', { lembar: name, maks: limits.maxRowsPerSheet });
    rowIndex = n - 1;
    nextRow = n;
    nextCol = 0;
    row = [];
    if (progress && n % 5000 === 0) progress(name, n);
  };
  const openCell = (tag: SaxesTagNS) => {
    const ref = tag.attributes.r?.value;
    col = ref === undefined ? nextCol : colIndex(ref);
    if (col < 0 || col >= MAX_COLS) throw outside(name, ref ?? `kolom ${col + 1}`);
    if (ref !== undefined) {
      const digits = ref.slice(ref.search(/\d|$/));
      if (digits && Number(digits) !== rowIndex + 1) throw outside(name, ref);
    }
    nextCol = col + 1;
    type = tag.attributes.t?.value ?? 'n';
    style = Number(tag.attributes.s?.value ?? 0);
    v = '';
    formula = null;
  };
  const closeCell = () => {
    let value: RawCell;
    if (formula !== null) value = { formula: decodeOoxmlEscapes(formula) };
    else if (type === 'inlineStr') value = run.take();
    else value = v === '' && type !== 'str' ? null : cellValue(type, style, v, wb);
    if (value !== null && row) row[col] = value;
  };
  const closeRow = () => {
    if (!row) return;
    for (let x = 0; x < row.length; x++) if (row[x] === undefined) row[x] = null;
    if (row.length > 0) rows[rowIndex] = row;
    row = null;
  };

  await parseXmlYielding(part, bytes, {
    open(tag) {
      if (!SML.has(tag.uri)) {
        if (tag.local === 'row') foreignRows++;
        return;
      }
      switch (tag.local) {
        case 'row': return openRow(tag);
        case 'c': return openCell(tag);
        case 'v': inV = true; return;
        case 'f': inF = true; formula = formula ?? ''; return;
        case 'is': inInline = true; return;
        default: if (inInline) run.open(tag.local);
      }
    },
    close(tag) {
      if (!SML.has(tag.uri)) return;
      switch (tag.local) {
        case 'row': return closeRow();
        case 'c': return closeCell();
        case 'v': inV = false; return;
        case 'f': inF = false; return;
        case 'is': inInline = false; return;
        default: if (inInline) run.close(tag.local);
      }
    },
    text(t) {
      if (inV) v += t;
      else if (inF) formula += t;
      else if (inInline) run.add(t);
    },
  }, breathe(watch));
  if (rows.length === 0 && foreignRows > 0) {
    throw new AppError('SPREADSHEET_RUSAK', { alasan: `lembar ${name} berisi ${foreignRows} baris dalam namespace yang tidak dikenal` });
  }
  progress?.(name, rows.length);
  return rows;
}

/** Every worksheet of an inflated .xlsx, in workbook order; hidden sheets are marked so the check can say so. */
export async function readXlsxParts(parts: Map<string, Buffer>, limits: Limits, watch?: ReadWatch): Promise<RawSheet[]> {
  for (const [name, bytes] of parts) if (/\.(xml|rels|vml)$/i.test(name)) refuseDoctype(name, bytes);
  const wb = readWorkbookInfo(parts);
  if (wb.sheets.length === 0 && [...parts.keys()].some((k) => k.includes('worksheets/'))) {
    throw new AppError('SPREADSHEET_RUSAK', { alasan: 'buku kerja tidak menyebut lembar mana pun dalam format SpreadsheetML' });
  }
  const sheets: RawSheet[] = [];
  for (const s of wb.sheets) {
    const bytes = parts.get(s.part);
    if (!bytes) throw new AppError('SPREADSHEET_RUSAK', { alasan: `lembar ${s.name} hilang dari arsip` });
    checkCancelled(watch);
    const rows = await readSheet(s.name, s.part, bytes, wb, limits, watch);
    sheets.push({ name: s.name, rows, ...(s.hidden ? { hidden: true } : {}), ...(wb.date1904 ? { date1904: true } : {}) });
  }
  return sheets;
}
