import type { ProfilPegawai } from '../domain/pegawai';
import { sheetSpec } from './sheets';

/** Child sheets of Pegawai that an update may carry; a sheet present replaces that ASN's rows of it. */
export const RINCIAN_SHEETS = ['Diklat', 'Kompetensi', 'SKP', 'Disiplin', 'Kehadiran'] as const;
export type RincianSheet = (typeof RINCIAN_SHEETS)[number];

/** One field of one ASN, as stored (lama) and as the export says (baru), both normalised for display. */
export interface FieldChange {
  /** Column key of the Pegawai sheet ('golongan', 'lat', …), a child sheet's name ('SKP'), or 'status'. */
  field: string;
  label: string;
  lama: string;
  baru: string;
}

export interface AsnRef {
  nip: string;
  nama: string;
}

interface ChangedAsn extends AsnRef {
  fields: FieldChange[];
}

/** An ASN of the dataset as the diff sees it: the profile and whether an earlier update marked them gone. */
export interface CurrentAsn {
  profil: ProfilPegawai;
  keluar: boolean;
}

export interface MasterDiff {
  /** In the export, not in the dataset. */
  baru: AsnRef[];
  /** In both, with at least one field different (a returning ASN shows status keluar → aktif). */
  berubah: ChangedAsn[];
  /** Active in the dataset, absent from the export: marked keluar, never deleted. */
  keluar: AsnRef[];
  /** In both and equal. */
  tetap: number;
}

type Scalar = string | number | null | undefined;
type PegawaiKey = Exclude<keyof ProfilPegawai, 'diklat' | 'kompetensi' | 'skp' | 'disiplin' | 'ketidakhadiran' | 'domisili'>;

/** The Pegawai sheet's columns an update compares (jenis kelamin and tanggal lahir come from the NIP). */
const FIELDS: { key: string; get: (p: ProfilPegawai) => Scalar; kind: 'teks' | 'tanggal' | 'angka' }[] = [
  ...(['nama', 'gelarDepan', 'gelarBelakang', 'golongan'] as PegawaiKey[]).map((k) => teks(k)),
  { key: 'tmtGolongan', get: (p) => p.tmtGolongan, kind: 'tanggal' },
  teks('jabatanId'), teks('namaJabatan'),
  { key: 'tmtJabatan', get: (p) => p.tmtJabatan, kind: 'tanggal' },
  ...(['unitId', 'pendidikan', 'jurusan', 'alamat', 'kelurahan', 'kecamatan'] as PegawaiKey[]).map((k) => teks(k)),
  { key: 'lat', get: (p) => p.domisili.lat, kind: 'angka' },
  { key: 'lon', get: (p) => p.domisili.lon, kind: 'angka' },
  teks('telepon'),
  { key: 'potensi', get: (p) => p.potensi, kind: 'angka' },
];

function teks(key: PegawaiKey): (typeof FIELDS)[number] {
  return { key, get: (p) => p[key] as Scalar, kind: 'teks' };
}

const LABELS = new Map(sheetSpec('Pegawai').columns.map((c) => [c.key, c.header]));

/** NFC, trimmed, inner runs of spaces collapsed: what a re-typed or re-exported cell may differ by without meaning to. */
function normText(v: Scalar): string {
  if (v === null || v === undefined) return '';
  return String(v).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** ISO date (yyyy-mm-dd) whatever time part a stored value carries. */
function normDate(v: Scalar): string {
  const s = normText(v);
  return /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : s;
}

/** Six decimals: a coordinate read back from a CSV or a float column must not count as moved. */
function normNumber(v: Scalar): string {
  if (v === null || v === undefined || v === '') return '';
  const n = Number(v);
  return Number.isFinite(n) ? String(Math.round(n * 1e6) / 1e6) : normText(v);
}

const NORM = { teks: normText, tanggal: normDate, angka: normNumber };

/** Letter case is not a change: exports often write names in capitals, the template in title case. */
const same = (a: string, b: string) => a === b || a.toLocaleLowerCase('id') === b.toLocaleLowerCase('id');

/** A child sheet of one ASN as one line, rows sorted, so the same rows in another order compare equal. */
function rincianText(p: ProfilPegawai, sheet: RincianSheet): string {
  const sorted = (xs: string[]) => xs.map(normText).sort().join('; ');
  switch (sheet) {
    case 'Diklat': return sorted(p.diklat.map((d) => `${d.tahun} ${d.jenis}`));
    case 'Kompetensi': return sorted(Object.entries(p.kompetensi).map(([k, l]) => `${k} ${l}`));
    case 'SKP': return sorted(p.skp.map((s) => `${s.tahun} ${s.predikat}`));
    case 'Disiplin': return sorted(p.disiplin.map((d) =>
      `${normDate(d.mulai)}–${d.selesai ? normDate(d.selesai) : '…'} ${d.tingkat}: ${normText(d.hukuman)}${d.keterangan ? ` (${normText(d.keterangan)})` : ''}`));
    case 'Kehadiran': return sorted(p.ketidakhadiran.map((k) =>
      `${normDate(k.mulai)}–${normDate(k.selesai)} ${k.hariKerja} hari${k.alasanSah ? ' sah' : ''}${k.keterangan ? ` (${normText(k.keterangan)})` : ''}`));
  }
}

/** Field-by-field differences of one ASN; child sheets only where the export carries them. */
function fieldChanges(lama: ProfilPegawai, baru: ProfilPegawai, rincian: ReadonlySet<RincianSheet>): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of FIELDS) {
    const a = NORM[f.kind](f.get(lama));
    const b = NORM[f.kind](f.get(baru));
    if (!same(a, b)) out.push({ field: f.key, label: LABELS.get(f.key) ?? f.key, lama: a, baru: b });
  }
  for (const sheet of RINCIAN_SHEETS) {
    if (!rincian.has(sheet)) continue;
    const a = rincianText(lama, sheet);
    const b = rincianText(baru, sheet);
    if (a !== b) out.push({ field: sheet, label: sheet, lama: a, baru: b });
  }
  return out;
}

const ref = (p: ProfilPegawai): AsnRef => ({ nip: p.nip, nama: normText(p.nama) });

/**
 * The whole update, pure: the dataset's ASN and the checked export in, who is new, who changed
 * (field by field) and who has gone. An ASN already marked keluar who is absent again is not gone
 * twice; one who reappears is a change of status. Lists are in NIP order.
 */
export function diffMaster(current: readonly CurrentAsn[], incoming: readonly ProfilPegawai[], rincian: ReadonlySet<RincianSheet>): MasterDiff {
  const byNip = new Map(current.map((c) => [c.profil.nip, c]));
  const seen = new Set<string>();
  const out: MasterDiff = { baru: [], berubah: [], keluar: [], tetap: 0 };
  for (const p of [...incoming].sort((a, b) => a.nip.localeCompare(b.nip))) {
    seen.add(p.nip);
    const c = byNip.get(p.nip);
    if (!c) {
      out.baru.push(ref(p));
      continue;
    }
    const fields = fieldChanges(c.profil, p, rincian);
    if (c.keluar) fields.unshift({ field: 'status', label: 'Status', lama: 'keluar', baru: 'aktif' });
    if (fields.length > 0) out.berubah.push({ ...ref(p), fields });
    else out.tetap++;
  }
  for (const c of [...current].sort((a, b) => a.profil.nip.localeCompare(b.profil.nip))) {
    if (!seen.has(c.profil.nip) && !c.keluar) out.keluar.push(ref(c.profil));
  }
  return out;
}
