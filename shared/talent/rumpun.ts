/**
 * Rumpun jabatan: the field a unit (and so its posts) works in. A dataset may carry it per unit
 * (unit_kerja.rumpun); when it does not, it is derived from the unit's name by the keywords below,
 * first match wins, else "umum". The derivation is a heuristic and the screens say when it was used
 * (docs/rules.md, "Talent pools and succession").
 */
export const RUMPUN = [
  'pemerintahan', 'keuangan', 'pendidikan', 'kesehatan', 'teknik', 'hukum', 'informatika', 'pertanian', 'sosial', 'umum',
] as const;
export type Rumpun = (typeof RUMPUN)[number];

export const RUMPUN_LABEL: Record<Rumpun, { id: string; en: string }> = {
  pemerintahan: { id: 'Pemerintahan', en: 'Government administration' },
  keuangan: { id: 'Keuangan dan pengawasan', en: 'Finance and audit' },
  pendidikan: { id: 'Pendidikan', en: 'Education' },
  kesehatan: { id: 'Kesehatan', en: 'Health' },
  teknik: { id: 'Teknik dan infrastruktur', en: 'Engineering and infrastructure' },
  hukum: { id: 'Hukum dan ketertiban', en: 'Law and public order' },
  informatika: { id: 'Informatika dan komunikasi', en: 'IT and communication' },
  pertanian: { id: 'Pertanian dan pangan', en: 'Agriculture and food' },
  sosial: { id: 'Sosial dan kependudukan', en: 'Social affairs and population' },
  umum: { id: 'Umum', en: 'General' },
};

/** Keywords of unit names, most specific first. */
const KATA_KUNCI: readonly (readonly [Rumpun, RegExp])[] = [
  ['kesehatan', /kesehatan|puskesmas|rumah sakit|rsud/i],
  ['pendidikan', /pendidikan|sekolah|perpustakaan/i],
  ['keuangan', /keuangan|pendapatan|aset|inspektorat|anggaran/i],
  ['informatika', /komunikasi|informatika|statistik|persandian/i],
  ['hukum', /hukum|pamong praja|satpol|kesatuan bangsa|kesbangpol/i],
  ['teknik', /pekerjaan umum|perumahan|permukiman|perhubungan|lingkungan hidup|tata ruang|pemadam/i],
  ['pertanian', /pertanian|pangan|perikanan|peternakan|ketahanan pangan/i],
  ['sosial', /sosial|kependudukan|pencatatan sipil|keluarga berencana|pemberdayaan|perempuan/i],
  ['pemerintahan', /kecamatan|kelurahan|sekretariat|kepegawaian|bkpsdm|perencanaan|bappeda/i],
];

function isRumpun(v: unknown): v is Rumpun {
  return typeof v === 'string' && (RUMPUN as readonly string[]).includes(v);
}

/** The unit's rumpun and whether it was derived from the name rather than read from the dataset. */
export function rumpunUnit(stored: string | null, namaUnit: string): { rumpun: Rumpun; diturunkan: boolean } {
  if (isRumpun(stored)) return { rumpun: stored, diturunkan: false };
  const hit = KATA_KUNCI.find(([, re]) => re.test(namaUnit));
  return { rumpun: hit ? hit[0] : 'umum', diturunkan: true };
}
