import { isRealDate } from '../domain/nip';

/** Month names and common abbreviations, Indonesian first; English too since some exports use it. */
const MONTHS: Record<string, number> = {};
const NAMES: [number, string[]][] = [
  [1, ['januari', 'jan', 'january']], [2, ['februari', 'feb', 'pebruari', 'peb', 'february']],
  [3, ['maret', 'mar', 'march']], [4, ['april', 'apr']], [5, ['mei', 'may']], [6, ['juni', 'jun', 'june']],
  [7, ['juli', 'jul', 'july']], [8, ['agustus', 'agu', 'agt', 'ags', 'aug', 'august']],
  [9, ['september', 'sep', 'sept']], [10, ['oktober', 'okt', 'oct', 'october']],
  [11, ['november', 'nov', 'nop', 'nopember']], [12, ['desember', 'des', 'dec', 'december']],
];
for (const [n, names] of NAMES) for (const name of names) MONTHS[name] = n;

export type DateResult = { ok: true; iso: string } | { ok: false; problem: 'format' | 'tidak_ada' };

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function fromParts(y: number, m: number, d: number): DateResult {
  if (y < 1900 || y > 2200) return { ok: false, problem: 'tidak_ada' };
  if (!isRealDate(y, m, d)) return { ok: false, problem: 'tidak_ada' };
  return { ok: true, iso: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
}

/**
 * Excel serial day (1900 system). Serial 60 is Excel's fictitious 29 Feb 1900, so the epoch is
 * 30 Dec 1899 for every serial after it; nobody's data predates March 1900.
 */
export function fromExcelSerial(serial: number): DateResult {
  if (!Number.isFinite(serial) || serial < 61 || serial > 109_574) return { ok: false, problem: 'format' };
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000;
  const d = new Date(ms);
  return { ok: true, iso: `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` };
}

/**
 * Dates as they arrive from BKPSDM spreadsheets: yyyy-mm-dd, dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy,
 * "2 Juli 2025", "02-Jul-2025", or an Excel serial typed as text. Day first always: Indonesian
 * usage never puts the month first, so 03/04/2025 is 3 April.
 */
export function parseTanggalText(raw: string): DateResult {
  const s = raw.trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?$/.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[\s\-./]+([a-z]+)\.?[\s\-./,]+(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[m[2]!];
    if (!month) return { ok: false, problem: 'format' };
    return fromParts(Number(m[3]), month, Number(m[1]));
  }
  if (/^\d{5}(\.0+)?$/.test(s)) return fromExcelSerial(Number(s));
  return { ok: false, problem: 'format' };
}
