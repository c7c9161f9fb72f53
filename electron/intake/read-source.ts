import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { AppError } from '../../shared/errors';
import { matchSheet, type RawSheet } from '../../shared/intake/header';
import { readUserFile } from '../files/user-file';
import { LIMITS, type Limits } from './limits';
import { decodeCsv, parseCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { checkCancelled, type ReadWatch } from './xlsx-sheets';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function statOrThrow(path: string) {
  try {
    return statSync(path);
  } catch {
    throw new AppError('BERKAS_TIDAK_DITEMUKAN', { path });
  }
}

function readCapped(path: string, limits: Limits): Buffer {
  const size = statOrThrow(path).size;
  if (size > limits.maxFileBytes) {
    throw new AppError('SPREADSHEET_TERLALU_BESAR', { alasan: `${Math.round(size / 1048576)} MB, batas ${Math.round(limits.maxFileBytes / 1048576)} MB` });
  }
  return readUserFile(path, 'workbook');
}

/** An encrypted .xlsx is an OLE compound file whose directory names an "EncryptionInfo" stream (UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** One file: .xlsx by its zip signature (whatever its name), .xls refused with advice, else CSV by extension. */
export async function readSpreadsheetFile(path: string, limits: Limits = LIMITS, watch?: ReadWatch): Promise<RawSheet[]> {
  checkCancelled(watch);
  const bytes = readCapped(path, limits);
  if (bytes.subarray(0, 4).equals(ZIP)) return readXlsx(bytes, limits, watch);
  if (bytes.subarray(0, 8).equals(OLE)) throw new AppError(bytes.indexOf(ENCRYPTION_INFO) >= 0 ? 'XLSX_TERKUNCI' : 'XLS_LAMA');
  if (ext(path) === '.ods') throw new AppError('SPREADSHEET_ODS');
  const e = ext(path);
  if (e === '.xlsx' || e === '.xlsm') throw new AppError('SPREADSHEET_RUSAK', { alasan: 'isinya bukan arsip .xlsx' });
  if (e === '.csv' || e === '.txt') {
    const sheet = parseCsv(decodeCsv(bytes), basename(path, extname(path)).normalize('NFC'), limits);
    watch?.progress?.(sheet.name, sheet.rows.length);
    return [sheet];
  }
  throw new AppError('BUKAN_SPREADSHEET', { alasan: e ? `jenis berkas ${e}` : 'jenis berkas tidak dikenal' });
}

const ext = (path: string) => extname(path).toLowerCase();

/** A workbook, a CSV (with its sibling sheet CSVs, see intakeFiles), or a folder of CSV files (one per sheet). */
export async function readIntakeSource(path: string, limits: Limits = LIMITS, watch?: ReadWatch): Promise<RawSheet[]> {
  if (!statOrThrow(path).isDirectory()) {
    const files = intakeFiles(path);
    const sheets: RawSheet[] = [];
    for (const f of files) sheets.push(...(await readSpreadsheetFile(f, limits, watch)));
    return sheets;
  }
  const files = readdirSync(path).filter((f) => /\.csv$/i.test(f) && !f.startsWith('.')).sort();
  if (files.length === 0) throw new AppError('CSV_TIDAK_ADA', { path });
  if (files.length > limits.maxCsvFiles) throw new AppError('SPREADSHEET_TERLALU_BESAR', { alasan: `${files.length} berkas CSV, batas ${limits.maxCsvFiles}` });
  const sheets: RawSheet[] = [];
  for (const f of files) sheets.push(...(await readSpreadsheetFile(join(path, f), limits, watch)));
  return sheets;
}

/**
 * What one chosen file stands for. A CSV named after a template sheet (Pegawai.csv) comes with its
 * siblings that are also named after sheets, since CSV means one file per sheet and a file dialog
 * picks one file; any other file stands alone.
 */
export function intakeFiles(path: string): string[] {
  if (!/\.csv$/i.test(path) || !isSheetCsv(basename(path))) return [path];
  const dir = dirname(path);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [path];
  }
  return names.filter((f) => /\.csv$/i.test(f) && !f.startsWith('.') && isSheetCsv(f)).sort().map((f) => join(dir, f));
}

function isSheetCsv(name: string): boolean {
  const m = matchSheet(name);
  return m !== null && m !== 'abaikan';
}
