import { cellText } from './cells';
import { findHeader, HEADER_SEARCH_ROWS, matchSheet, type RawSheet } from './header';
import { importProfileSchema, suggestColumns, targetOf, type ColumnSuggestion, type ImportProfile } from './profiles';
import { SHEETS, sheetSpec, type SheetName } from './sheets';
import { headerKey } from './text';

/** Rows shown under each source column on the mapping screen. */
export const SAMPLE_ROWS = 20;

/** One sheet of the chosen file as the mapping screen shows it. */
export interface SourceSheetMapping {
  source: string;
  /** Template sheet it fills; null when nothing fits (the user picks one or leaves it out). */
  target: SheetName | null;
  /** True when the sheet already reads as its template sheet (name and every required column). */
  matches: boolean;
  headers: string[];
  suggestions: ColumnSuggestion[];
  /** The first data rows under the header, as text. */
  sample: string[][];
}

/** The row with the most filled cells among the first rows: an export's header, under any title block. */
function headerRowIndex(sheet: RawSheet): number {
  let best = -1;
  let most = 1;
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r++) {
    const n = (sheet.rows[r] ?? []).filter((c) => cellText(c) !== '').length;
    if (n > most) { best = r; most = n; }
  }
  return best;
}

function matchesTemplate(sheet: RawSheet): SheetName | null {
  const spec = matchSheet(sheet.name);
  if (!spec || spec === 'abaikan') return null;
  const h = findHeader(spec, sheet.rows);
  return h && spec.columns.every((c) => !c.required || h.positions.has(c.key)) ? spec.name : null;
}

/** A template sheet for an export named after nothing: the one most of its headers suggest (two at least). */
function guessTarget(headers: string[], sample: string[][], profile: ImportProfile | null): SheetName | null {
  let best: { name: SheetName; hits: number } | null = null;
  for (const spec of SHEETS) {
    const hits = suggestColumns(spec.name, headers, sample, profile).filter((s) => s.key).length;
    if (hits >= 2 && (!best || hits > best.hits)) best = { name: spec.name, hits };
  }
  return best?.name ?? null;
}

/**
 * Every sheet of a chosen file with the template field each column seems to be (from the profile,
 * the template's names and aliases, then sample values), for the user to confirm or change.
 */
export function inspectSheets(raw: RawSheet[], profile: ImportProfile | null): SourceSheetMapping[] {
  const out: SourceSheetMapping[] = [];
  for (const sheet of raw) {
    if (matchSheet(sheet.name) === 'abaikan') continue;
    const r = headerRowIndex(sheet);
    if (r < 0) continue;
    const headers = (sheet.rows[r] ?? []).map((c) => cellText(c));
    const sample: string[][] = [];
    for (let i = r + 1; i < sheet.rows.length && sample.length < SAMPLE_ROWS; i++) {
      const row = sheet.rows[i];
      if (row && row.some((c) => cellText(c) !== '')) sample.push(headers.map((_, k) => cellText(row[k] ?? null)));
    }
    const exact = matchesTemplate(sheet);
    const target = exact ?? (profile ? targetOf(sheet, profile)?.target : undefined) ?? knownName(sheet) ?? guessTarget(headers, sample, profile);
    const suggestions = target ? suggestColumns(target, headers, sample, profile) : headers.map((header, index) => ({ header, index, key: null, by: null }));
    out.push({ source: sheet.name, target, matches: exact !== null, headers, suggestions, sample });
  }
  return out;
}

function knownName(sheet: RawSheet): SheetName | null {
  const spec = matchSheet(sheet.name);
  return spec && spec !== 'abaikan' ? spec.name : null;
}

/** The user's mapping of one source sheet: which template sheet, and per source header the field (or none). */
export interface SheetMappingChoice {
  source: string;
  target: SheetName;
  columns: { header: string; key: string | null }[];
}

/** A profile from the mapping screen: every mapped sheet by its name, every mapped column by its header. */
export function profileFromMappings(nama: string, choices: SheetMappingChoice[]): ImportProfile {
  const lembar: Record<string, string> = {};
  const kolom: Record<string, Record<string, string>> = {};
  for (const c of choices) {
    const fields = new Set(sheetSpec(c.target).columns.map((col) => col.key));
    lembar[headerKey(c.source)] = c.target;
    const cols = (kolom[c.target] ??= {});
    for (const m of c.columns) if (m.key && fields.has(m.key)) cols[headerKey(m.header)] = m.key;
  }
  return importProfileSchema.parse({ nama, lembar, kolom });
}
