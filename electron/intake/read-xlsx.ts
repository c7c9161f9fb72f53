import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors';
import type { RawCell } from '../../shared/intake/cells';
import type { RawSheet } from '../../shared/intake/header';
import type { Limits } from './limits';
import { guardZip } from './zip-guard';
import { storedZip } from './zip-store';

/** A merge wider than this is not a title row; dropping it keeps its top-left value. */
const MAX_MERGE_CELLS = 10_000;

function mergeArea(ref: string): number {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return 1;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return (Math.abs(col(m[3]!) - col(m[1]!)) + 1) * (Math.abs(Number(m[4]) - Number(m[2])) + 1);
}

/**
 * Removes what intake never reads but the parser would expand cell by cell: drop-down lists and
 * conditional formats over whole columns (our own template has them on 100,000 rows), and merges
 * over huge ranges. Bytes are handled as latin1 so the UTF-8 content passes through untouched.
 */
export function sanitizeSheetXml(xml: Buffer): Buffer {
  if (xml.indexOf('<dataValidations') < 0 && xml.indexOf('<extLst') < 0 && xml.indexOf('<conditionalFormatting') < 0 && xml.indexOf('<mergeCell ') < 0) {
    return xml;
  }
  const s = xml.toString('latin1')
    .replace(/<dataValidations[\s\S]*?<\/dataValidations>|<dataValidations[^>]*\/>/g, '')
    .replace(/<conditionalFormatting[\s\S]*?<\/conditionalFormatting>/g, '')
    .replace(/<extLst>[\s\S]*?<\/extLst>/g, '')
    .replace(/<mergeCell ref="([A-Z0-9:]+)"\s*\/>/g, (all, ref: string) => (mergeArea(ref) > MAX_MERGE_CELLS ? '' : all));
  return Buffer.from(s, 'latin1');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** exceljs cell value → RawCell. Dates come back as UTC midnight of the serial day. */
export function toRawCell(v: ExcelJS.CellValue): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return { error: '#VALUE!' };
    return { date: `${pad(v.getUTCFullYear(), 4)}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}` };
  }
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) return { formula: String((v as any).formula ?? (v as any).sharedFormula ?? '') };
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('error' in v) return { error: String(v.error) };
    if ('text' in v) return typeof v.text === 'string' ? v.text : (v.text as any)?.richText?.map((t: any) => t.text).join('') ?? '';
  }
  return String(v);
}

/** Reads every sheet of an .xlsx after the zip guard; formulas stay formulas so the rules can refuse them. */
export async function readXlsx(bytes: Buffer, limits: Limits): Promise<RawSheet[]> {
  const { parts, rows: rowCounts } = guardZip(bytes, limits);
  for (const [part, n] of rowCounts) {
    if (n > limits.maxRowsPerSheet + 20) {
      throw new AppError('SPREADSHEET_TERLALU_BANYAK_BARIS', { lembar: part.replace(/^xl\/worksheets\//, ''), maks: limits.maxRowsPerSheet });
    }
  }
  if (!parts.has('xl/workbook.xml')) throw new AppError('BUKAN_SPREADSHEET', { alasan: 'arsip zip tanpa buku kerja Excel' });
  for (const name of rowCounts.keys()) parts.set(name, sanitizeSheetXml(parts.get(name)!));
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(storedZip(parts) as unknown as ArrayBuffer);
  } catch (err) {
    throw new AppError('SPREADSHEET_RUSAK', { alasan: (err as Error).message?.slice(0, 120) ?? 'tidak dapat dibaca' }, { cause: err });
  }
  const sheets: RawSheet[] = [];
  wb.eachSheet((ws) => {
    const rows: (RawCell[] | undefined)[] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const values = row.values as ExcelJS.CellValue[];
      const cells: RawCell[] = [];
      for (let c = 1; c < values.length; c++) cells.push(toRawCell(values[c]));
      rows[n - 1] = cells;
    });
    sheets.push({ name: ws.name, rows });
  });
  return sheets;
}
