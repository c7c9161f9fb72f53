import type { JenjangStruktural } from './params';

/**
 * The eligibility rules, as a table: what each checks, for which levels, on which legal basis and
 * with which adjustable parameters. shared/compare/eligibility.ts evaluates them; docs/rules.md
 * carries the same sources in prose. "verify" marks a citation a lawyer should confirm.
 */
export const RULE_IDS = [
  'pangkat', 'pendidikan', 'pengalaman', 'skp', 'disiplin', 'usia', 'masa_kerja', 'ketidakhadiran', 'kompetensi',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface EligibilityRule {
  id: RuleId;
  nama: { id: string; en: string };
  /** Regulation and article, as cited in docs/rules.md. */
  sumber: string;
  /** Levels the rule applies to; posts of other levels report "tidak berlaku". */
  jenjang: readonly JenjangStruktural[];
  /** Parameter keys (shared/rules/params.ts) the rule reads. */
  params: readonly string[];
  /** Also checked for non-structural posts (pelaksana, fungsional). */
  umum: boolean;
}

const ALL: readonly JenjangStruktural[] = ['jpt_pratama', 'administrator', 'pengawas'];

export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  {
    id: 'pangkat',
    nama: { id: 'Pangkat/golongan sesuai jenjang eselon', en: 'Grade within the eselon range' },
    sumber: 'Kebijakan instansi mengikuti PP 100/2000 jo. PP 13/2002 (dicabut PP 11/2017 Pasal 363 — verify), Pasal 5 huruf b dan Lampiran (jenjang pangkat per eselon)',
    jenjang: ALL,
    params: ['pangkat.min.II.a', 'pangkat.min.II.b', 'pangkat.min.III.a', 'pangkat.min.III.b', 'pangkat.min.IV.a', 'pangkat.min.IV.b', 'pangkat.toleransi'],
    umum: false,
  },
  {
    id: 'pendidikan',
    nama: { id: 'Pendidikan minimal', en: 'Minimum education' },
    sumber: 'PP 11/2017 jo. PP 17/2020, Pasal 54 (Administrator), Pasal 55 (Pengawas), Pasal 107 (JPT) — verify',
    jenjang: ALL,
    params: ['pendidikan.min.jpt_pratama', 'pendidikan.min.administrator', 'pendidikan.min.pengawas'],
    umum: false,
  },
  {
    id: 'pengalaman',
    nama: { id: 'Pengalaman di jenjang di bawahnya', en: 'Experience one level below' },
    sumber: 'PP 11/2017 jo. PP 17/2020, Pasal 54 (3 th Pengawas), Pasal 55 (4 th Pelaksana), Pasal 107 (2 th Administrator) — verify',
    jenjang: ALL,
    params: ['pengalaman.min.jpt_pratama', 'pengalaman.min.administrator', 'pengalaman.min.pengawas'],
    umum: false,
  },
  {
    id: 'skp',
    nama: { id: 'Kinerja (SKP) minimal "Baik"', en: 'Performance (SKP) at least "Baik"' },
    sumber: 'PP 11/2017 jo. PP 17/2020, Pasal 54–55: penilaian kinerja paling rendah baik dalam 2 tahun terakhir; predikat per PermenPANRB 6/2022',
    jenjang: ALL,
    params: ['skp.min', 'skp.tahun'],
    umum: true,
  },
  {
    id: 'disiplin',
    nama: { id: 'Tidak dijatuhi hukuman disiplin sedang/berat', en: 'No moderate or heavy disciplinary sanction' },
    sumber: 'PP 11/2017 jo. PP 17/2020, Pasal 54–55; tingkat hukuman per PP 94/2021 Pasal 8',
    jenjang: ALL,
    params: ['disiplin.tahun'],
    umum: true,
  },
  {
    id: 'usia',
    nama: { id: 'Usia maksimal saat pengangkatan', en: 'Maximum age at appointment' },
    sumber: 'JPT Pratama: PP 11/2017 Pasal 107 huruf c jo. PP 17/2020 (56 th) — verify; Administrator/Pengawas: tidak ada batas nasional, kebijakan instansi bila diaktifkan',
    jenjang: ALL,
    params: ['usia.max.jpt_pratama', 'usia.aktif.administrator', 'usia.max.administrator', 'usia.aktif.pengawas', 'usia.max.pengawas'],
    umum: false,
  },
  {
    id: 'masa_kerja',
    nama: { id: 'Sisa masa kerja sebelum BUP', en: 'Years left before retirement age' },
    sumber: 'BUP: UU 20/2023 jo. PP 11/2017 Pasal 239 (58 th pejabat administrasi, 60 th JPT); sisa minimal: kebijakan Baperjakat',
    jenjang: ALL,
    params: ['bup.administrasi', 'bup.jpt', 'masakerja.minSisa'],
    umum: true,
  },
  {
    id: 'ketidakhadiran',
    nama: { id: 'Ketidakhadiran tanpa alasan sah', en: 'Unexcused absence' },
    sumber: 'PP 94/2021 Pasal 11 ayat (2) huruf d: 10 hari kerja berturut-turut atau 28 hari kerja kumulatif setahun',
    jenjang: ALL,
    params: ['absen.berturut', 'absen.kumulatif', 'absen.tahun'],
    umum: true,
  },
  {
    id: 'kompetensi',
    nama: { id: 'Kompetensi sesuai standar jabatan', en: 'Competency to the post standard' },
    sumber: 'PP 11/2017 jo. PP 17/2020 Pasal 54–55; standar kompetensi PermenPANRB 38/2017; kategori JPM: kebijakan instansi',
    jenjang: ALL,
    params: ['jpm.optimal', 'jpm.cukup'],
    umum: true,
  },
];

export const RULE_BY_ID: ReadonlyMap<RuleId, EligibilityRule> = new Map(ELIGIBILITY_RULES.map((r) => [r.id, r]));
