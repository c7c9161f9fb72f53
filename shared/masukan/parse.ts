import { parseTanggalKetik } from '../format/tanggal';

/** The columns a form's export may carry; the candidate is a NIP, or a name with its unit. */
export type KolomMasukan = 'nip' | 'calon' | 'unit' | 'teks' | 'tanggal' | 'kontak';

/** Header words as Indonesian forms (Google Forms, Microsoft Forms, a hand-made sheet) name them. */
const ALIASES: Record<KolomMasukan, readonly string[]> = {
  nip: ['nip', 'nipcalon', 'nippegawai'],
  calon: ['calon', 'namacalon', 'kandidat', 'nama', 'namapegawai', 'pegawai', 'pemohon', 'pelamar', 'asn', 'namaasn'],
  unit: ['unit', 'unitkerja', 'opd', 'perangkatdaerah', 'instansi', 'satuankerja', 'satker'],
  teks: ['masukan', 'isimasukan', 'isi', 'teks', 'tanggapan', 'komentar', 'pesan', 'saran', 'masukanmasyarakat'],
  tanggal: ['tanggal', 'tgl', 'waktu', 'capwaktu', 'timestamp', 'tanggalmasukan'],
  kontak: ['kontak', 'email', 'surel', 'telepon', 'hp', 'nohp', 'notelepon', 'nomorhp', 'kontakpengirim'],
};

const normHeader = (s: string): string => s.toLowerCase().replace(/\([^)]*\)/g, '').replace(/[^a-z]/g, '');

function headerColumn(cell: string): KolomMasukan | null {
  const h = normHeader(cell);
  if (!h) return null;
  const entries = Object.entries(ALIASES) as [KolomMasukan, readonly string[]][];
  return entries.find(([, a]) => a.includes(h))?.[0]
    ?? entries.find(([, a]) => a.some((w) => w.length >= 3 && h.startsWith(w)))?.[0] ?? null;
}

/** Without a header row the columns are, in order: candidate, text, date, contact. */
const POSITIONAL: readonly KolomMasukan[] = ['calon', 'teks', 'tanggal', 'kontak'];

/**
 * Column positions from the first row when it is a header (it names the text column and at least one
 * other), else the positional layout. `header` says whether the first row is to be skipped.
 */
export function masukanColumns(first: readonly (string | null)[]): { header: boolean; cols: Partial<Record<KolomMasukan, number>> } {
  const cols: Partial<Record<KolomMasukan, number>> = {};
  first.forEach((c, i) => {
    const k = c ? headerColumn(c) : null;
    if (k && cols[k] === undefined) cols[k] = i;
  });
  const named = Object.keys(cols).length;
  if (cols.teks !== undefined && named >= 2 && (cols.nip !== undefined || cols.calon !== undefined)) return { header: true, cols };
  return { header: false, cols: Object.fromEntries(POSITIONAL.map((k, i) => [k, i])) };
}

/** A NIP as forms collect it: 18 digits, perhaps grouped with spaces, dots or dashes. */
export function nipDariTeks(s: string): string | null {
  const digits = s.replace(/[\s.\-]/g, '');
  return /^\d{18}$/.test(digits) ? digits : null;
}

/** "Nama (Unit)", "Nama / Unit" or "Nama — Unit" in one cell: the name and the unit; unit null when absent. */
export function namaDanUnit(s: string): { nama: string; unit: string | null } {
  const paren = /^(.+?)\s*\(([^)]+)\)\s*$/.exec(s);
  if (paren) return { nama: paren[1]!.trim(), unit: paren[2]!.trim() };
  const split = /^(.+?)\s+(?:\/|—|–|-)\s+(.+)$/.exec(s);
  if (split) return { nama: split[1]!.trim(), unit: split[2]!.trim() };
  return { nama: s.trim(), unit: null };
}

/**
 * The day of a form's timestamp: yyyy-mm-dd or dd/mm/yyyy (also with - or .), with any time of day
 * after it ("20/11/2026 10.15.22", "2026-11-20T03:15:00Z"). Null when it is no real calendar day.
 */
export function tanggalMasukan(s: string): string | null {
  const day = s.trim().split(/[\sT]/)[0] ?? '';
  return parseTanggalKetik(day);
}

/** For matching names and units: no case, no accents, no punctuation of academic titles, single spaces. */
export function normNama(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.,']/g, ' ').replace(/\s+/g, ' ').trim();
}
