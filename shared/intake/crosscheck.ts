import type { ExistingKeys } from './existing';
import type { ParsedRow, ProblemSink } from './rows';
import type { SheetName, SheetSpec } from './sheets';

export type ParsedSheets = Partial<Record<SheetName, { spec: SheetSpec; rows: ParsedRow[] }>>;

/** Which rows hold a key, accepted or not: a reference to a refused row gets its own message. */
class KeyIndex {
  readonly accepted = new Set<string>();
  readonly rejected = new Map<string, number>();
  constructor(readonly sheet: SheetName) {}
}

function indexOf(sheets: ParsedSheets, name: SheetName, key: (r: ParsedRow) => string | null): KeyIndex {
  const idx = new KeyIndex(name);
  for (const r of sheets[name]?.rows ?? []) {
    const k = key(r);
    if (k === null) continue;
    if (r.ok) idx.accepted.add(k);
    else if (!idx.rejected.has(k)) idx.rejected.set(k, r.row);
  }
  return idx;
}

const DUP_KEYS: Record<SheetName, { label: string; column: string; key: (v: Record<string, any>) => string | null; existing?: (e: ExistingKeys, k: string) => boolean }> = {
  UnitKerja: { label: 'ID Unit', column: 'id', key: (v) => v.id, existing: (e, k) => e.units.has(k) },
  Jabatan: { label: 'ID Jabatan', column: 'id', key: (v) => v.id, existing: (e, k) => e.jabatan.has(k) },
  StandarKompetensi: { label: 'Kompetensi jabatan', column: 'kode', key: (v) => v.jabatanId && v.kode && `${v.jabatanId}|${v.kode}`, existing: (e, k) => e.standar.has(k) },
  Pegawai: { label: 'NIP', column: 'nip', key: (v) => v.nip, existing: (e, k) => e.pegawai.has(k) },
  Diklat: { label: 'Diklat yang sama', column: 'jenis', key: (v) => v.nip && v.jenis && `${v.nip}|${v.jenis}|${v.tahun}` },
  Kompetensi: { label: 'Kompetensi untuk NIP ini', column: 'kode', key: (v) => v.nip && v.kode && `${v.nip}|${v.kode}`, existing: (e, k) => e.kompetensi.has(k) },
  SKP: { label: 'SKP tahun ini untuk NIP ini', column: 'tahun', key: (v) => v.nip && v.tahun && `${v.nip}|${v.tahun}`, existing: (e, k) => e.skp.has(k) },
  Disiplin: { label: 'Hukuman yang sama', column: 'mulai', key: (v) => v.nip && v.mulai && `${v.nip}|${v.mulai}|${v.hukuman}` },
  // Overlapping stretches happen in real records (sick leave inside family leave); only a repeated row is refused.
  Kehadiran: { label: 'Baris ketidakhadiran yang sama', column: 'mulai', key: (v) => v.nip && v.mulai && `${v.nip}|${v.mulai}|${v.selesai}|${v.hariKerja}|${v.alasanSah}|${v.keterangan}` },
  RiwayatJabatan: { label: 'Jabatan dengan TMT yang sama untuk NIP ini', column: 'tmtMulai', key: (v) => v.nip && v.tmtMulai && `${v.nip}|${v.tmtMulai}|${v.namaJabatan}` },
  Permohonan: { label: 'ID Permohonan', column: 'id', key: (v) => v.id, existing: (e, k) => e.permohonan.has(k) },
  Target: { label: 'ID Target', column: 'id', key: (v) => v.id, existing: (e, k) => e.targets.has(k) },
};

export function checkDuplicates(sheets: ParsedSheets, existing: ExistingKeys, sink: ProblemSink): void {
  for (const [name, s] of Object.entries(sheets) as [SheetName, { spec: SheetSpec; rows: ParsedRow[] }][]) {
    const d = DUP_KEYS[name];
    const seen = new Map<string, number>();
    for (const r of s.rows) {
      const k = d.key(r.v);
      if (!k) continue;
      const first = seen.get(k);
      if (first !== undefined) sink.cell(s.spec, r, d.column, 'DUPLIKAT', { kunci: d.label, baris: first });
      else {
        seen.set(k, r.row);
        if (d.existing?.(existing, k)) sink.cell(s.spec, r, d.column, 'DUPLIKAT_DATASET', { kunci: d.label });
      }
    }
  }
}

const JENIS: Record<string, string> = { UnitKerja: 'ID Unit', Jabatan: 'ID Jabatan', Pegawai: 'NIP', Permohonan: 'ID Permohonan' };

function ref(
  s: { spec: SheetSpec; rows: ParsedRow[] } | undefined, column: string, target: KeyIndex, inDataset: (k: string) => boolean, sink: ProblemSink,
): void {
  for (const r of s?.rows ?? []) {
    const k = r.v[column];
    if (typeof k !== 'string' || !k) continue;
    if (target.accepted.has(k) || inDataset(k)) continue;
    const bad = target.rejected.get(k);
    if (bad !== undefined) sink.cell(s!.spec, r, column, 'RUJUKAN_DITOLAK', { jenis: JENIS[target.sheet]!, nilai: k, baris: bad, lembar: target.sheet });
    else sink.cell(s!.spec, r, column, 'RUJUKAN_TIDAK_ADA', { jenis: JENIS[target.sheet]!, nilai: k, lembar: target.sheet });
  }
}

/**
 * Every reference must resolve to an accepted row of this import or to the open dataset. Sheets
 * are checked parents first so a refusal cascades with a message naming the refused parent row.
 */
export function checkReferences(sheets: ParsedSheets, existing: ExistingKeys, sink: ProblemSink): void {
  const units = indexOf(sheets, 'UnitKerja', (r) => r.v.id);
  const inUnits = (k: string) => existing.units.has(k);
  ref(sheets.Jabatan, 'unitId', units, inUnits, sink);
  ref(sheets.Pegawai, 'unitId', units, inUnits, sink);

  const jabatan = indexOf(sheets, 'Jabatan', (r) => r.v.id);
  const inJabatan = (k: string) => existing.jabatan.has(k);
  ref(sheets.Pegawai, 'jabatanId', jabatan, inJabatan, sink);
  ref(sheets.StandarKompetensi, 'jabatanId', jabatan, inJabatan, sink);
  for (const c of ['pilihan1', 'pilihan2', 'pilihan3']) ref(sheets.Permohonan, c, jabatan, inJabatan, sink);

  const pegawai = indexOf(sheets, 'Pegawai', (r) => r.v.nip);
  const inPegawai = (k: string) => existing.pegawai.has(k);
  ref(sheets.Jabatan, 'pemegangNip', pegawai, inPegawai, sink);
  for (const name of ['Diklat', 'Kompetensi', 'SKP', 'Disiplin', 'Kehadiran', 'RiwayatJabatan', 'Permohonan', 'Target'] as const) {
    ref(sheets[name], 'nip', pegawai, inPegawai, sink);
  }

  const permohonan = indexOf(sheets, 'Permohonan', (r) => r.v.id);
  ref(sheets.Target, 'permohonanId', permohonan, (k) => existing.permohonan.has(k), sink);
  checkTargetsAgainstRequests(sheets, existing, sink);
}

/** A request's targets belong to its applicant and fall due after the filing date. */
function checkTargetsAgainstRequests(sheets: ParsedSheets, existing: ExistingKeys, sink: ProblemSink): void {
  const filed = new Map<string, { nip: string; tanggal: string }>(existing.permohonan);
  for (const r of sheets.Permohonan?.rows ?? []) {
    if (typeof r.v.id === 'string' && typeof r.v.nip === 'string' && typeof r.v.tanggal === 'string') {
      if (!filed.has(r.v.id)) filed.set(r.v.id, { nip: r.v.nip, tanggal: r.v.tanggal });
    }
  }
  const s = sheets.Target;
  for (const r of s?.rows ?? []) {
    const p = typeof r.v.permohonanId === 'string' ? filed.get(r.v.permohonanId) : undefined;
    if (!p) continue;
    if (typeof r.v.nip === 'string' && r.v.nip !== p.nip) sink.cell(s!.spec, r, 'nip', 'NIP_TARGET_BEDA', { id: r.v.permohonanId });
    if (typeof r.v.tenggat === 'string' && r.v.tenggat <= p.tanggal) {
      sink.cell(s!.spec, r, 'tenggat', 'TENGGAT_SEBELUM_AJUAN', { tanggal: p.tanggal });
    }
  }
}
