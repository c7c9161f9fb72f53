/**
 * Keys already present in the dataset an import is added to, so references may point at them and
 * duplicates of them are refused. Empty for a brand-new dataset.
 */
export interface ExistingKeys {
  units: Set<string>;
  jabatan: Set<string>;
  pegawai: Set<string>;
  /** id → applicant and filing date, for targets that refer to an existing request. */
  permohonan: Map<string, { nip: string; tanggal: string }>;
  targets: Set<string>;
  /** "nip|tahun" */
  skp: Set<string>;
  /** "nip|kode" */
  kompetensi: Set<string>;
  /** "jabatanId|kode" */
  standar: Set<string>;
}

export function emptyExisting(): ExistingKeys {
  return {
    units: new Set(), jabatan: new Set(), pegawai: new Set(), permohonan: new Map(), targets: new Set(),
    skp: new Set(), kompetensi: new Set(), standar: new Set(),
  };
}
