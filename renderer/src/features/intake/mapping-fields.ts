import { SHEETS, type SheetName } from '../../../../shared/intake/sheets';
import type { SheetChoice, SourceSheet } from '../../../../shared/ipc/intake';

/** The template's sheets, for the "fills sheet" select. */
export const SHEET_OPTIONS = SHEETS.map((s) => ({ value: s.name, label: s.name }));

/** The fields of one template sheet, required ones marked, for a column's select. */
export function fieldOptions(sheet: SheetName | null): { value: string; label: string }[] {
  const spec = SHEETS.find((s) => s.name === sheet);
  return spec ? spec.columns.map((c) => ({ value: c.key, label: c.required ? `${c.header} *` : c.header })) : [];
}

/** Form values of the mapping screen: one entry per source sheet that needs mapping. */
export interface MappingValues {
  sheets: { source: string; target: SheetName | null; columns: { header: string; key: string | null }[] }[];
  nama: string;
}

export function initialMapping(sheets: SourceSheet[]): MappingValues {
  return {
    sheets: sheets.map((s) => ({ source: s.source, target: s.target, columns: s.suggestions.map((x) => ({ header: x.header, key: x.key })) })),
    nama: '',
  };
}

/** Sheets with a template sheet chosen, as the check and the saved profile take them. */
export function choicesOf(v: MappingValues): SheetChoice[] {
  return v.sheets.filter((s): s is typeof s & { target: SheetName } => s.target !== null)
    .map((s) => ({ source: s.source, target: s.target, columns: s.columns }));
}

/** A sheet needs the mapping screen when it has data and does not already read as the template. */
export const needsMapping = (sheets: SourceSheet[]) => sheets.some((s) => !s.matches && s.sample.length > 0);
