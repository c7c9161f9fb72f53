import type { Pendidikan } from '../../shared/domain/pegawai';
import type { Rumpun } from './org-data';
import type { Rng } from './rng';

/** Education, degrees and job titles by the field a unit works in. */
interface Jurusan {
  jurusan: string;
  gelar: string;
  /** Title written before the name ("dr."). */
  depan?: string;
  /** Functional post this degree leads to, if any. */
  fungsional?: string;
  /** The functional post is a skills ("terampil") track. */
  terampil?: boolean;
}

const J = (jurusan: string, gelar: string, fungsional?: string, extra: Partial<Jurusan> = {}): Jurusan => ({
  jurusan, gelar, ...(fungsional ? { fungsional } : {}), ...extra,
});

const S1_UMUM: Jurusan[] = [
  J('Ilmu Administrasi Negara', 'S.Sos.', 'Analis Kebijakan'), J('Ilmu Pemerintahan', 'S.IP.', 'Analis Kebijakan'),
  J('Manajemen', 'S.E.', 'Perencana'), J('Akuntansi', 'S.E.', 'Analis Keuangan Pusat dan Daerah'),
  J('Ilmu Hukum', 'S.H.', 'Analis Hukum'), J('Ilmu Ekonomi Pembangunan', 'S.E.', 'Perencana'),
  J('Sosiologi', 'S.Sos.', 'Analis Kebijakan'), J('Ilmu Komunikasi', 'S.I.Kom.', 'Pranata Hubungan Masyarakat'),
  J('Psikologi', 'S.Psi.', 'Analis Sumber Daya Manusia Aparatur'), J('Teknik Informatika', 'S.Kom.', 'Pranata Komputer'),
  J('Ilmu Perpustakaan', 'S.IP.', 'Pustakawan'), J('Statistika', 'S.Stat.', 'Statistisi'),
];
const S1: Record<Rumpun, Jurusan[]> = {
  umum: S1_UMUM,
  pemerintahan: [J('Ilmu Pemerintahan', 'S.IP.', 'Analis Kebijakan'), J('Ilmu Administrasi Negara', 'S.Sos.', 'Analis Kebijakan'),
    J('Ilmu Hukum', 'S.H.', 'Analis Hukum'), J('Perencanaan Wilayah dan Kota', 'S.T.', 'Perencana'),
    J('Psikologi', 'S.Psi.', 'Analis Sumber Daya Manusia Aparatur'), J('Sistem Informasi', 'S.Kom.', 'Pranata Komputer')],
  keuangan: [J('Akuntansi', 'S.E.', 'Analis Keuangan Pusat dan Daerah'), J('Akuntansi', 'S.Ak.', 'Auditor'),
    J('Manajemen Keuangan', 'S.E.', 'Analis Keuangan Pusat dan Daerah'), J('Ilmu Ekonomi Pembangunan', 'S.E.', 'Perencana')],
  pendidikan: [J('Pendidikan Guru Sekolah Dasar', 'S.Pd.', 'Guru'), J('Pendidikan Matematika', 'S.Pd.', 'Guru'),
    J('Pendidikan Bahasa Indonesia', 'S.Pd.', 'Guru'), J('Pendidikan Bahasa Inggris', 'S.Pd.', 'Guru'),
    J('Pendidikan Agama Islam', 'S.Pd.I.', 'Guru'), J('Pendidikan Jasmani', 'S.Pd.', 'Guru'), J('Pendidikan IPA', 'S.Pd.', 'Guru'),
    J('Pendidikan Guru PAUD', 'S.Pd.', 'Guru'), J('Bimbingan dan Konseling', 'S.Pd.', 'Guru')],
  kesehatan: [J('Keperawatan', 'S.Kep., Ners', 'Perawat'), J('Kesehatan Masyarakat', 'S.K.M.', 'Administrator Kesehatan'),
    J('Pendidikan Dokter', '', 'Dokter', { depan: 'dr.' }), J('Farmasi', 'S.Farm., Apt.', 'Apoteker'),
    J('Gizi', 'S.Gz.', 'Nutrisionis'), J('Kesehatan Masyarakat', 'S.K.M.', 'Epidemiolog Kesehatan'),
    J('Pendidikan Dokter Gigi', '', 'Dokter Gigi', { depan: 'drg.' })],
  teknik: [J('Teknik Sipil', 'S.T.', 'Teknik Jalan dan Jembatan'), J('Teknik Lingkungan', 'S.T.', 'Pengawas Lingkungan Hidup'),
    J('Perencanaan Wilayah dan Kota', 'S.T.', 'Penata Ruang'), J('Arsitektur', 'S.T.', 'Penata Bangunan Gedung dan Permukiman'),
    J('Teknik Elektro', 'S.T.', 'Teknik Pengairan'), J('Manajemen Transportasi', 'S.Tr.', 'Penguji Kendaraan Bermotor')],
  hukum: [J('Ilmu Hukum', 'S.H.', 'Polisi Pamong Praja'), J('Ilmu Hukum', 'S.H.', 'Perancang Peraturan Perundang-undangan'),
    J('Ilmu Administrasi Negara', 'S.Sos.', 'Analis Kebijakan')],
  informatika: [J('Teknik Informatika', 'S.Kom.', 'Pranata Komputer'), J('Sistem Informasi', 'S.Kom.', 'Pranata Komputer'),
    J('Ilmu Komunikasi', 'S.I.Kom.', 'Pranata Hubungan Masyarakat'), J('Statistika', 'S.Stat.', 'Statistisi')],
  pertanian: [J('Agroteknologi', 'S.P.', 'Penyuluh Pertanian'), J('Agribisnis', 'S.P.', 'Penyuluh Pertanian'),
    J('Peternakan', 'S.Pt.', 'Pengawas Bibit Ternak'), J('Ilmu Perikanan', 'S.Pi.', 'Penyuluh Perikanan'),
    J('Kedokteran Hewan', '', 'Medik Veteriner', { depan: 'drh.' })],
  sosial: [J('Kesejahteraan Sosial', 'S.Sos.', 'Pekerja Sosial'), J('Sosiologi', 'S.Sos.', 'Penyuluh Sosial'),
    J('Psikologi', 'S.Psi.', 'Analis Kebijakan'), J('Kesehatan Masyarakat', 'S.K.M.', 'Penata Kependudukan dan Keluarga Berencana')],
};
const D3_UMUM: Jurusan[] = [J('Administrasi Perkantoran', 'A.Md.', 'Arsiparis', { terampil: true }),
  J('Akuntansi', 'A.Md.', 'Pranata Keuangan', { terampil: true }), J('Manajemen Informatika', 'A.Md.', 'Pranata Komputer', { terampil: true })];
const D3: Partial<Record<Rumpun, Jurusan[]>> = {
  kesehatan: [J('Keperawatan', 'A.Md.Kep.', 'Perawat', { terampil: true }), J('Kebidanan', 'A.Md.Keb.', 'Bidan', { terampil: true }),
    J('Analis Kesehatan', 'A.Md.AK.', 'Pranata Laboratorium Kesehatan', { terampil: true }),
    J('Farmasi', 'A.Md.Farm.', 'Asisten Apoteker', { terampil: true }), J('Kesehatan Lingkungan', 'A.Md.KL.', 'Sanitarian', { terampil: true }),
    J('Gizi', 'A.Md.Gz.', 'Nutrisionis', { terampil: true })],
  teknik: [J('Teknik Sipil', 'A.Md.T.', 'Teknik Jalan dan Jembatan', { terampil: true }), ...D3_UMUM],
};
const D4: Jurusan[] = [J('Ilmu Pemerintahan (IPDN)', 'S.STP', 'Analis Kebijakan'), J('Kebidanan', 'S.Tr.Keb.', 'Bidan'),
  J('Keperawatan', 'S.Tr.Kep.', 'Perawat'), J('Akuntansi Sektor Publik', 'S.Tr.Ak.', 'Analis Keuangan Pusat dan Daerah')];
const S2: Record<Rumpun, Jurusan[]> = {
  umum: [J('Magister Manajemen', 'M.M.'), J('Magister Ilmu Administrasi', 'M.Si.'), J('Magister Administrasi Publik', 'M.A.P.')],
  pemerintahan: [J('Magister Ilmu Administrasi', 'M.Si.'), J('Magister Ilmu Pemerintahan', 'M.Si.'), J('Magister Manajemen', 'M.M.'),
    J('Magister Perencanaan Pembangunan', 'M.Si.')],
  keuangan: [J('Magister Akuntansi', 'M.Ak.'), J('Magister Manajemen', 'M.M.'), J('Magister Ilmu Ekonomi', 'M.E.')],
  pendidikan: [J('Magister Pendidikan', 'M.Pd.'), J('Magister Manajemen Pendidikan', 'M.Pd.')],
  kesehatan: [J('Magister Kesehatan Masyarakat', 'M.Kes.'), J('Magister Manajemen Rumah Sakit', 'M.M.R.')],
  teknik: [J('Magister Teknik Sipil', 'M.T.'), J('Magister Perencanaan Wilayah', 'M.T.'), J('Magister Ilmu Lingkungan', 'M.Si.')],
  hukum: [J('Magister Hukum', 'M.H.'), J('Magister Ilmu Administrasi', 'M.Si.')],
  informatika: [J('Magister Ilmu Komputer', 'M.Kom.'), J('Magister Manajemen', 'M.M.')],
  pertanian: [J('Magister Agribisnis', 'M.P.'), J('Magister Ilmu Pertanian', 'M.Si.')],
  sosial: [J('Magister Ilmu Kesejahteraan Sosial', 'M.Si.'), J('Magister Ilmu Administrasi', 'M.Si.')],
};
const S3: Jurusan[] = [J('Doktor Ilmu Administrasi', ''), J('Doktor Ilmu Manajemen', ''), J('Doktor Ilmu Hukum', ''),
  J('Doktor Ilmu Pendidikan', ''), J('Doktor Ilmu Lingkungan', '')];
const SMA: Jurusan[] = [J('SMA IPA', ''), J('SMA IPS', ''), J('SMK Administrasi Perkantoran', ''), J('SMK Akuntansi', '')];

export interface PendidikanDraw {
  pendidikan: Pendidikan;
  jurusan: string;
  gelarDepan: string;
  gelarBelakang: string;
  /** Degree (S-1/D-III/D-IV) that decides the functional track; null for SMA. */
  dasar: Jurusan | null;
}

/** Degree in the unit's field most of the time, otherwise a general one. */
function inField(rng: Rng, rumpun: Rumpun, pools: Partial<Record<Rumpun, Jurusan[]>>, general: Jurusan[], p = 0.75): Jurusan {
  const own = pools[rumpun];
  return own && rng.chance(p) ? rng.pick(own) : rng.pick(general);
}

export function drawPendidikan(rng: Rng, level: Pendidikan, rumpun: Rumpun): PendidikanDraw {
  if (level === 'SMA') return { pendidikan: 'SMA', jurusan: rng.pick(SMA).jurusan, gelarDepan: '', gelarBelakang: '', dasar: null };
  if (level === 'D-III') {
    const j = inField(rng, rumpun, D3, D3_UMUM, 0.8);
    return { pendidikan: 'D-III', jurusan: j.jurusan, gelarDepan: '', gelarBelakang: j.gelar, dasar: j };
  }
  if (level === 'D-IV') {
    const j = rumpun === 'kesehatan' ? rng.pick(D4.slice(1, 3)) : rng.pick([D4[0]!, D4[3]!]);
    return { pendidikan: 'D-IV', jurusan: j.jurusan, gelarDepan: '', gelarBelakang: j.gelar, dasar: j };
  }
  const s1 = inField(rng, rumpun, S1, S1_UMUM, rumpun === 'pendidikan' || rumpun === 'kesehatan' ? 0.9 : 0.7);
  const depan: string[] = [];
  const belakang: string[] = [];
  if (s1.depan) depan.push(s1.depan);
  if (s1.gelar) belakang.push(s1.gelar);
  if (level === 'S-1') return { pendidikan: 'S-1', jurusan: s1.jurusan, gelarDepan: depan.join(' '), gelarBelakang: belakang.join(', '), dasar: s1 };
  const s2 = inField(rng, rumpun, S2, S2.umum, 0.7);
  belakang.push(s2.gelar);
  if (level === 'S-2') return { pendidikan: 'S-2', jurusan: s2.jurusan, gelarDepan: depan.join(' '), gelarBelakang: belakang.join(', '), dasar: s1 };
  depan.unshift('Dr.');
  return { pendidikan: 'S-3', jurusan: rng.pick(S3).jurusan, gelarDepan: depan.join(' '), gelarBelakang: belakang.join(', '), dasar: s1 };
}

/** Engineers and agronomists of the older generation carry "Ir." instead of S.T./S.P. */
export function withIr(rng: Rng, p: PendidikanDraw, bornYear: number): PendidikanDraw {
  const g = p.dasar?.gelar;
  if (bornYear >= 1976 || (g !== 'S.T.' && g !== 'S.P.') || !p.gelarBelakang.startsWith(g) || !rng.chance(0.7)) return p;
  const belakang = p.gelarBelakang.slice(g.length).replace(/^, /, '');
  const depan = p.gelarDepan.startsWith('Dr.') ? `Dr. Ir.${p.gelarDepan.slice(3)}` : `Ir. ${p.gelarDepan}`.trim();
  return { ...p, gelarDepan: depan, gelarBelakang: belakang };
}

/** Education mix of staff by field. */
export const PENDIDIKAN_STAF: Record<'pendidikan' | 'kesehatan' | 'lain', ReadonlyArray<readonly [Pendidikan, number]>> = {
  pendidikan: [['SMA', 6], ['D-III', 4], ['S-1', 78], ['S-2', 10], ['D-IV', 2]],
  kesehatan: [['SMA', 8], ['D-III', 44], ['D-IV', 6], ['S-1', 36], ['S-2', 6]],
  lain: [['SMA', 26], ['D-III', 14], ['D-IV', 3], ['S-1', 47], ['S-2', 10]],
};

/** Functional posts for units whose work has its own track, regardless of degree. */
export const FUNGSIONAL_UNIT: Record<string, Array<[string, boolean]>> = {
  Inspektorat: [['Auditor', false], ['Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah', false]],
  'Satpol PP': [['Polisi Pamong Praja', true]],
  Damkar: [['Pemadam Kebakaran', true], ['Analis Kebakaran', false]],
  Disdukcapil: [['Administrator Database Kependudukan', false]],
  BKPSDM: [['Analis Sumber Daya Manusia Aparatur', false]],
  DPK: [['Pustakawan', false], ['Arsiparis', false]],
  Dishub: [['Penguji Kendaraan Bermotor', true]],
};

/** Share of a unit's staff on functional posts. */
export function shareFungsional(rumpun: Rumpun, singkatan: string): number {
  if (rumpun === 'pendidikan' && singkatan === 'Dikbud') return 0.88;
  if (rumpun === 'kesehatan') return 0.8;
  if (FUNGSIONAL_UNIT[singkatan]) return 0.55;
  return 0.3;
}

const PELAKSANA: Record<'SMA' | 'D-III' | 'S-1', string[]> = {
  SMA: ['Operator Layanan Operasional', 'Pengadministrasi Perkantoran'],
  'D-III': ['Pengelola Layanan Operasional', 'Pengolah Data dan Informasi'],
  'S-1': ['Penata Layanan Operasional', 'Penelaah Teknis Kebijakan', 'Pengolah Data dan Informasi'],
};

export function pelaksanaTitle(rng: Rng, p: Pendidikan): string {
  return rng.pick(PELAKSANA[p === 'SMA' ? 'SMA' : p === 'D-III' ? 'D-III' : 'S-1']);
}

/** "Guru Ahli Muda", "Perawat Terampil" … from the golongan rank (index in GOLONGAN). */
export function jenjangFungsional(title: string, terampil: boolean, golRank: number): string {
  if (terampil) {
    const j = golRank <= 4 ? 'Pemula' : golRank <= 7 ? 'Terampil' : golRank <= 9 ? 'Mahir' : 'Penyelia';
    return `${title} ${j}`;
  }
  const j = golRank <= 9 ? 'Ahli Pertama' : golRank <= 11 ? 'Ahli Muda' : golRank <= 14 ? 'Ahli Madya' : 'Ahli Utama';
  return `${title} ${j}`;
}
