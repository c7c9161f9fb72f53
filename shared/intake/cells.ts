import { parseNip, type NipProblem } from '../domain/nip';
import { fromExcelSerial, parseTanggalText } from './dates';
import { cleanText, headerKey } from './text';
import type { ProblemCode } from './problems';

/**
 * One cell as the readers hand it over, independent of the file type: CSV gives strings; XLSX may
 * also give numbers, booleans, dates (already turned into ISO) and formulas or errors.
 */
export type RawCell = string | number | boolean | null | { date: string } | { formula: string } | { error: string };

export type ColumnKind =
  | { type: 'teks'; min?: number; max: number }
  | { type: 'nip' }
  | { type: 'tanggal' }
  | { type: 'bulat'; min: number; max: number }
  | { type: 'angka'; min?: number; max?: number }
  | { type: 'yaTidak' }
  | { type: 'pilihan'; values: readonly string[]; aliases?: Record<string, string> };

export type CellResult = { ok: true; value: unknown } | { ok: false; code: ProblemCode; params?: Record<string, string | number> };

const NO_ALIASES: Record<string, string> = {};

/** Longest text any cell may hold; anything above is refused before it reaches a rule. */
export const MAX_CELL_CHARS = 2000;

const NIP_PROBLEM: Record<NipProblem, ProblemCode> = {
  bukan_18_digit: 'NIP_BUKAN_18_DIGIT',
  tanggal_lahir_tidak_valid: 'NIP_TANGGAL_LAHIR',
  tmt_cpns_tidak_valid: 'NIP_TMT_CPNS',
  tmt_sebelum_usia_18: 'NIP_TMT_USIA',
  kode_jenis_kelamin_tidak_valid: 'NIP_JENIS_KELAMIN',
  nomor_urut_tidak_valid: 'NIP_NOMOR_URUT',
};

/** How the file that held a cell writes numbers and dates (see RawSheet). */
export interface CellContext {
  date1904?: boolean;
  decimalComma?: boolean;
}

/** Days between Excel's 1900 and 1904 date systems. */
const DAYS_1904 = 1462;

/** The cell as text for display and for text rules. */
export function cellText(c: RawCell): string {
  if (c === null) return '';
  if (typeof c === 'string') return cleanText(c);
  if (typeof c === 'number') return String(c);
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  if ('date' in c) return c.date;
  if ('formula' in c) return `=${c.formula}`;
  return c.error;
}

export function isBlank(c: RawCell): boolean {
  return c === null || (typeof c === 'string' && cleanText(c) === '');
}

/**
 * "1.234,5" (Indonesian), "1,234.5", "-3,80", "1.000.000" and "12.5" all read as intended. In a
 * decimal-comma file (a `;` CSV) a single dot followed by exactly three digits groups thousands:
 * "1.500" is 1500 there, never 1.5.
 */
export function parseNumberText(s: string, decimalComma = false): number | null {
  let t = s.replace(/\s/g, '');
  if (!/^[+-]?[\d.,]+(e[+-]?\d+)?$/i.test(t)) return null;
  if (decimalComma && THOUSANDS_DOT.test(t)) t = t.replace(/\./g, '');
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    t = lastComma > lastDot ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  } else if (lastComma >= 0) {
    // Indonesian usage: one comma is the decimal comma ("-3,80"); several group thousands.
    t = (t.match(/,/g) ?? []).length > 1 ? t.replace(/,/g, '') : t.replace(',', '.');
  } else if ((t.match(/\./g) ?? []).length > 1) {
    t = t.replace(/\./g, '');
  }
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** "1.500", "12.000", "-1.500.000": dots every three digits, no comma. */
const THOUSANDS_DOT = /^[+-]?\d{1,3}(\.\d{3})+$/;

function parseNipCell(c: RawCell, todayIso: string): CellResult {
  if (typeof c === 'number') return { ok: false, code: 'NIP_ANGKA' };
  const s = cellText(c);
  // "1,98503E+17" / "198503122010011000" typed into a number cell and exported as text.
  if (/^\d[.,]\d+e\+?\d+$/i.test(s)) return { ok: false, code: 'NIP_ANGKA' };
  const digits = s.replace(/[\s.'`-]/g, '');
  if (!/^\d+$/.test(digits) || digits.length !== 18) {
    return { ok: false, code: 'NIP_BUKAN_18_DIGIT', params: { n: (s.match(/\d/g) ?? []).length } };
  }
  // Excel keeps 15 significant digits of a number: a NIP once stored as a number ends in 000.
  if (digits.endsWith('000')) return { ok: false, code: 'NIP_DIBULATKAN' };
  const key = `${todayIso}|${digits}`;
  let res = NIP_CACHE.get(key);
  if (!res) {
    const r = parseNip(digits, todayIso);
    res = r.ok ? { ok: true, value: digits } : { ok: false, code: NIP_PROBLEM[r.problem] };
    if (NIP_CACHE.size > 100_000) NIP_CACHE.clear();
    NIP_CACHE.set(key, res);
  }
  return res;
}

/** Child sheets repeat each NIP many times (SKP per year, competencies per code): check each once. */
const NIP_CACHE = new Map<string, CellResult>();

function parseDateCell(c: RawCell, ctx: CellContext): CellResult {
  if (typeof c === 'object' && c !== null && 'date' in c) return { ok: true, value: c.date };
  const r = typeof c === 'number' ? fromExcelSerial(ctx.date1904 ? c + DAYS_1904 : c) : parseTanggalText(cellText(c));
  if (r.ok) return { ok: true, value: r.iso };
  return { ok: false, code: r.problem === 'tidak_ada' ? 'TANGGAL_TIDAK_ADA' : 'TANGGAL_FORMAT' };
}

function parseNumberCell(c: RawCell, ctx: CellContext): number | null {
  if (typeof c === 'number') return Number.isFinite(c) ? c : null;
  if (typeof c === 'boolean' || (typeof c === 'object' && c !== null)) return null;
  return parseNumberText(cellText(c), ctx.decimalComma);
}

/**
 * In a decimal-comma file "1.500" reads as 1500; when that is outside the column's range but
 * 1.5 would fit, the writer may have meant a decimal point: refuse rather than guess.
 */
function ambiguousThousands(c: RawCell, n: number, min: number, max: number, ctx: CellContext): boolean {
  if (!ctx.decimalComma || typeof c !== 'string') return false;
  const t = cellText(c).replace(/\s/g, '');
  if (!THOUSANDS_DOT.test(t) || (n >= min && n <= max)) return false;
  if (t.indexOf('.') !== t.lastIndexOf('.')) return false; // "1.500.000" cannot be a decimal
  const asDecimal = Number(t);
  return asDecimal >= min && asDecimal <= max;
}

const YA = new Set(['ya', 'y', 'yes', 'true', '1', 'benar', 'sudah']);
const TIDAK = new Set(['tidak', 't', 'tdk', 'no', 'n', 'false', '0', 'belum']);

/** Parses one non-blank cell for its column. */
export function parseCell(c: RawCell, kind: ColumnKind, todayIso: string, ctx: CellContext = {}): CellResult {
  if (typeof c === 'object' && c !== null && 'formula' in c) return { ok: false, code: 'RUMUS' };
  if (typeof c === 'object' && c !== null && 'error' in c) return { ok: false, code: 'GALAT_SEL', params: { nilai: c.error } };
  const text = cellText(c);
  if (text.length > MAX_CELL_CHARS) return { ok: false, code: 'TERLALU_PANJANG', params: { n: text.length, max: MAX_CELL_CHARS } };
  switch (kind.type) {
    case 'teks': {
      if (text.length > kind.max) return { ok: false, code: 'TERLALU_PANJANG', params: { n: text.length, max: kind.max } };
      if (kind.min && text.length < kind.min) return { ok: false, code: 'TERLALU_PENDEK', params: { min: kind.min } };
      return { ok: true, value: text };
    }
    case 'nip':
      return parseNipCell(c, todayIso);
    case 'tanggal':
      return parseDateCell(c, ctx);
    case 'bulat':
    case 'angka': {
      const n = parseNumberCell(c, ctx);
      if (n === null) return { ok: false, code: 'BUKAN_ANGKA' };
      const min = kind.min ?? -Infinity;
      const max = kind.max ?? Infinity;
      if (ambiguousThousands(c, n, min, max, ctx)) return { ok: false, code: 'ANGKA_RANCU', params: { nilai: text, ribuan: n } };
      if (kind.type === 'bulat' && !Number.isInteger(n)) return { ok: false, code: 'BUKAN_BULAT' };
      if (n < min || n > max) return { ok: false, code: 'DI_LUAR_RENTANG', params: { min, max } };
      return { ok: true, value: n };
    }
    case 'yaTidak': {
      if (typeof c === 'boolean') return { ok: true, value: c };
      const k = text.toLowerCase();
      if (YA.has(k)) return { ok: true, value: true };
      if (TIDAK.has(k)) return { ok: true, value: false };
      return { ok: false, code: 'YA_TIDAK' };
    }
    case 'pilihan': {
      const v = matchChoice(text, kind.values, kind.aliases ?? NO_ALIASES);
      return v === null
        ? { ok: false, code: 'PILIHAN_TIDAK_DIKENAL', params: { daftar: kind.values.join(', ') } }
        : { ok: true, value: v };
    }
  }
}

/** Case, spaces and the separator do not matter: "iii/d", "III-d", "III d" all mean "III/d". */
export function matchChoice(text: string, values: readonly string[], aliases: Record<string, string> = NO_ALIASES): string | null {
  let index = CHOICE_INDEX.get(values)?.get(aliases);
  if (!index) {
    index = new Map<string, string>();
    for (const [a, v] of Object.entries(aliases)) index.set(headerKey(a), v);
    for (const v of values) index.set(headerKey(v), v);
    if (!CHOICE_INDEX.has(values)) CHOICE_INDEX.set(values, new WeakMap());
    CHOICE_INDEX.get(values)!.set(aliases, index);
  }
  // Exact text first: the common case skips normalisation entirely.
  if (values.includes(text)) return text;
  return index.get(headerKey(text)) ?? null;
}

/** Normalised key → list value, built once per list (20,000 rows × 17 golongan would otherwise re-normalise every value). */
const CHOICE_INDEX = new WeakMap<readonly string[], WeakMap<Record<string, string>, Map<string, string>>>();
