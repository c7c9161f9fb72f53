import type { ExistingKeys } from './existing';
import { findHeader, matchSheet, type RawSheet } from './header';
import { RINCIAN_SHEETS } from './master-diff';

const KEPT = new Set<string>(['Pegawai', ...RINCIAN_SHEETS]);

/**
 * An update of the master data reads the Pegawai sheet and its child sheets only: units, posts,
 * requests and targets are added with "Versi baru" (a full re-export would otherwise refuse every
 * unit it repeats). Other sheets are skipped with a note.
 */
export function masterUpdateSheets(raw: RawSheet[]): { sheets: RawSheet[]; warnings: string[] } {
  const sheets: RawSheet[] = [];
  const warnings: string[] = [];
  for (const s of raw) {
    const spec = matchSheet(s.name);
    if (spec === null || spec === 'abaikan' || KEPT.has(spec.name)) sheets.push(s);
    else if (hasDataRows(s, findHeader(spec, s.rows)?.rowIndex ?? -1)) {
      warnings.push(`Lembar "${s.name}" (${spec.name}) tidak dipakai untuk memperbarui data induk; tambahkan unit, jabatan, dan permohonan lewat "Versi baru dataset yang terbuka".`);
    }
  }
  return { sheets, warnings };
}

/** Rows below the header holding a value: the template's empty sheets (title and header only) say nothing. */
function hasDataRows(s: RawSheet, headerIndex: number): boolean {
  return s.rows.slice(headerIndex + 1).some((r) => r?.some((c) => c !== null && c !== undefined && String(c).trim() !== ''));
}

/**
 * What an update is checked against: units and posts of the dataset (references resolve), but no
 * NIP, competency or SKP key, because an ASN already there is compared, not refused, and a child
 * sheet in the export replaces that ASN's rows of it.
 */
export function masterUpdateKeys(existing: ExistingKeys): ExistingKeys {
  return { ...existing, pegawai: new Set(), kompetensi: new Set(), skp: new Set() };
}
