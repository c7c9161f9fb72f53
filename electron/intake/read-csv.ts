import { AppError } from '../../shared/errors';
import type { RawSheet } from '../../shared/intake/header';
import type { Limits } from './limits';

/** UTF-8 with or without BOM; a file that is not valid UTF-8 is read as Windows-1252 (Excel's "CSV"). */
export function decodeCsv(bytes: Buffer): string {
  if (looksUtf16(bytes)) throw new AppError('TEKS_UTF16');
  if (bytes.includes(0)) throw new AppError('BUKAN_SPREADSHEET', { alasan: 'berkas berisi data biner' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A UTF-16 byte-order mark, or ASCII text with a zero byte beside every character (UTF-16 without BOM). */
function looksUtf16(bytes: Buffer): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) > n / 2 * 0.8 && Math.min(even, odd) === 0;
}

/** Comma, semicolon (Excel with Indonesian regional settings) or tab: whichever the first line uses most outside quotes. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 64 * 1024; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (counts[',']! + counts[';']! + counts['\t']! > 0) break;
    } else if (!quoted && c in counts) counts[c]!++;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0]![0];
}

/** RFC 4180 with the usual liberties (CRLF or LF, quotes doubled inside quoted fields). */
export function parseCsv(text: string, name: string, limits: Limits): RawSheet {
  const delim = detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteLine = 0;
  let i = 0;
  const endRow = () => {
    row.push(field);
    field = '';
    rows.push(row);
    row = [];
    if (rows.length > limits.maxRowsPerSheet + 20) {
      throw new AppError('SPREADSHEET_TERLALU_BANYAK_BARIS', { lembar: name, maks: limits.maxRowsPerSheet });
    }
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') { quoted = true; quoteLine = rows.length + 1; }
    else if (c === delim) { row.push(field); field = ''; }
    else if (c === '\r') { if (text[i + 1] === '\n') i++; endRow(); }
    else if (c === '\n') endRow();
    else field += c;
    i++;
  }
  if (quoted) throw new AppError('CSV_KUTIP_TERBUKA', { lembar: name, baris: quoteLine });
  if (field !== '' || row.length > 0) endRow();
  const sheet: RawSheet = { name, rows: rows.map((r) => r.map((c) => (c === '' ? null : c))) };
  if (delim === ';') sheet.decimalComma = true;
  return sheet;
}
