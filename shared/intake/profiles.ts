import { z } from 'zod';
import { cellText } from './cells';
import { findHeader, HEADER_SEARCH_ROWS, matchSheet, type RawSheet } from './header';
import { SHEETS, sheetSpec, type SheetName } from './sheets';
import { headerKey } from './text';

/**
 * An import profile: how the columns of someone else's export (SIASN, a SIMPEG, a unit's own
 * sheet) map to the template's fields. The user maps once, saves it by name, and every later
 * export of the same system reads without retyping a header.
 */
export const importProfileSchema = z.object({
  nama: z.string().min(1).max(80),
  /** Per source sheet name (headerKey) or '*' for any sheet: which template sheet it fills. */
  lembar: z.record(z.string(), z.string()),
  /** Per template sheet: source header (headerKey) → column key. */
  kolom: z.record(z.string(), z.record(z.string(), z.string())),
});
export type ImportProfile = z.infer<typeof importProfileSchema>;

/**
 * SIASN's field names (BKN's web service "data utama" as its public SDKs and integrations name
 * them; see docs/intake.md) in camelCase and as the UPPER_SNAKE of spreadsheet exports.
 */
const SIASN_PEGAWAI: Record<string, string> = {
  nipBaru: 'nip', nip_baru: 'nip', nama: 'nama', gelarDepan: 'gelarDepan', gelarBelakang: 'gelarBelakang',
  golRuangAkhir: 'golongan', gol_akhir: 'golongan', gol_ruang_akhir: 'golongan', tmtGolAkhir: 'tmtGolongan', tmt_gol_akhir: 'tmtGolongan',
  jabatanNama: 'namaJabatan', jabatan_nama: 'namaJabatan', tmtJabatan: 'tmtJabatan', tmt_jabatan: 'tmtJabatan',
  unorId: 'unitId', unor_id: 'unitId', tkPendidikanTerakhir: 'pendidikan', tk_pendidikan_terakhir: 'pendidikan',
  pendidikanTerakhirNama: 'jurusan', alamat: 'alamat', noHp: 'telepon', no_hp: 'telepon',
};

/**
 * SIASN's riwayat jabatan ("rw jabatan") fields: a TMT per post and no end date; eselon as a name
 * or BKN's eselon id, jenisJabatan as its id (1 struktural, 2 fungsional tertentu, 4 pelaksana).
 */
const SIASN_RIWAYAT: Record<string, string> = {
  nipBaru: 'nip', nip_baru: 'nip', namaJabatan: 'namaJabatan', nama_jabatan: 'namaJabatan', jenisJabatan: 'jenisJabatan',
  jenis_jabatan: 'jenisJabatan', eselon: 'level', eselonId: 'level', eselon_id: 'level', unorNama: 'unit', unor_nama: 'unit',
  tmtJabatan: 'tmtMulai', tmt_jabatan: 'tmtMulai',
};
const keyed = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [headerKey(k), v]));

export const SIASN_PROFILE: ImportProfile = {
  nama: 'SIASN',
  lembar: { '*': 'Pegawai' },
  kolom: { Pegawai: keyed(SIASN_PEGAWAI), RiwayatJabatan: keyed(SIASN_RIWAYAT) },
};

export const BUILT_IN_PROFILES: readonly ImportProfile[] = [SIASN_PROFILE];

export interface ColumnSuggestion {
  /** Header as the file writes it. */
  header: string;
  index: number;
  /** Suggested template column key, null when nothing fits. */
  key: string | null;
  /** Why: 'profil' (a saved/built-in name), 'nama' (template header or alias), 'isi' (sample values). */
  by: 'profil' | 'nama' | 'isi' | null;
}

const NIP_LIKE = /^\d{8}\s?\d{6}\s?\d\s?\d{3}$/;
const GOLONGAN_LIKE = /^(IV|III|II|I)\s*[/-]\s*[a-e]$/i;

/** A header's words and the values under it: NIP_BARU / nipBaru → NIP, GOL_AKHIR / golRuangAkhir → golongan. */
export function suggestColumns(sheet: SheetName, headers: string[], samples: string[][], profile: ImportProfile | null): ColumnSuggestion[] {
  const spec = sheetSpec(sheet);
  const fromProfile = profile?.kolom[sheet] ?? {};
  const taken = new Set<string>();
  const out = headers.map((header, index): ColumnSuggestion => {
    const k = headerKey(header);
    const p = fromProfile[k];
    if (p && spec.columns.some((c) => c.key === p)) return { header, index, key: p, by: 'profil' };
    const col = spec.columns.find((c) => headerKey(c.header) === k || (c.aliases ?? []).some((a) => headerKey(a) === k) || headerKey(c.key) === k);
    return { header, index, key: col?.key ?? null, by: col ? 'nama' : null };
  });
  for (const s of out) if (s.key) taken.add(s.key);
  for (const s of out) {
    if (s.key) continue;
    const values = samples.map((r) => (r[s.index] ?? '').trim()).filter(Boolean);
    if (values.length === 0) continue;
    const guess = values.every((v) => NIP_LIKE.test(v)) ? 'nip' : values.every((v) => GOLONGAN_LIKE.test(v)) ? 'golongan' : null;
    if (guess && !taken.has(guess) && spec.columns.some((c) => c.key === guess)) {
      s.key = guess;
      s.by = 'isi';
      taken.add(guess);
    }
  }
  return out;
}

function headerRowOf(sheet: RawSheet, profile: ImportProfile, target: SheetName): { row: number; hits: number } {
  const keys = profile.kolom[target] ?? {};
  let best = -1;
  let bestHits = 0;
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r++) {
    const hits = (sheet.rows[r] ?? []).filter((c) => keys[headerKey(cellText(c))]).length;
    if (hits > bestHits) { best = r; bestHits = hits; }
  }
  return bestHits >= 2 ? { row: best, hits: bestHits } : { row: -1, hits: 0 };
}

/**
 * Which template sheet a source sheet fills: the profile's own entry for its name; else, for a sheet
 * already named after a template sheet, that sheet (when the profile maps it); else the profile's
 * sheet whose source headers the sheet's header row holds most of.
 */
export function targetOf(sheet: RawSheet, profile: ImportProfile): { target: SheetName; row: number } | null {
  const named = profile.lembar[headerKey(sheet.name)] as SheetName | undefined;
  const known = matchSheet(sheet.name);
  const mapped = Object.keys(profile.kolom).filter((t): t is SheetName => SHEETS.some((s) => s.name === t));
  const candidates = named ? [named]
    : known && known !== 'abaikan' ? (mapped.includes(known.name) ? [known.name] : [])
      : known === 'abaikan' ? [] : mapped;
  let best: { target: SheetName; row: number; hits: number } | null = null;
  for (const t of candidates) {
    const h = headerRowOf(sheet, profile, t);
    if (h.row >= 0 && (!best || h.hits > best.hits)) best = { target: t, ...h };
  }
  return best;
}

/**
 * Applies a profile before the ordinary check: a mapped sheet is renamed to its template sheet and
 * its mapped headers to the template's, so every rule, message and count stays the template's own.
 */
export function applyProfile(raw: RawSheet[], profile: ImportProfile): RawSheet[] {
  return raw.map((sheet) => {
    const found = targetOf(sheet, profile);
    if (!found) return sheet;
    const { target, row: r } = found;
    const spec = sheetSpec(target);
    const keys = profile.kolom[target] ?? {};
    const header = (sheet.rows[r] ?? []).map((c) => {
      const key = keys[headerKey(cellText(c))];
      return spec.columns.find((col) => col.key === key)?.header ?? c;
    });
    const rows = sheet.rows.slice();
    rows[r] = header;
    return { ...sheet, name: target, rows };
  });
}

/** A profile from the user's mapping of one sheet (what the mapping screen saves). */
export function profileFromMapping(nama: string, sourceSheet: string, target: SheetName, mapping: ColumnSuggestion[]): ImportProfile {
  const kolom: Record<string, string> = {};
  for (const m of mapping) if (m.key) kolom[headerKey(m.header)] = m.key;
  return importProfileSchema.parse({ nama, lembar: { [headerKey(sourceSheet)]: target }, kolom: { [target]: kolom } });
}

export interface MappedPreview {
  sheet: SheetName;
  headers: string[];
  /** Up to `limit` data rows, values as the file holds them under the mapped columns. */
  rows: string[][];
}

/** The first rows of each mapped sheet as the import will read them: checked by eye before importing. */
export function previewMapped(raw: RawSheet[], limit = 20): MappedPreview[] {
  const out: MappedPreview[] = [];
  for (const sheet of raw) {
    const spec = SHEETS.find((s) => s.name === sheet.name);
    if (!spec) continue;
    const header = findHeader(spec, sheet.rows);
    if (!header) continue;
    const cols = spec.columns.filter((c) => header.positions.has(c.key));
    const rows: string[][] = [];
    for (let r = header.rowIndex + 1; r < sheet.rows.length && rows.length < limit; r++) {
      const cells = sheet.rows[r];
      if (!cells || cells.every((c) => cellText(c) === '')) continue;
      rows.push(cols.map((c) => cellText(cells[header.positions.get(c.key)!] ?? null)));
    }
    out.push({ sheet: spec.name, headers: cols.map((c) => c.header), rows });
  }
  return out;
}
