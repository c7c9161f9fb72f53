import { z } from 'zod';

/** Competencies of PermenPANRB 38/2017: 8 managerial, 1 socio-cultural, and the post's technical competency. */
export const KOMPETENSI = [
  { kode: 'integritas', nama: 'Integritas', kelompok: 'manajerial' },
  { kode: 'kerjasama', nama: 'Kerja Sama', kelompok: 'manajerial' },
  { kode: 'komunikasi', nama: 'Komunikasi', kelompok: 'manajerial' },
  { kode: 'orientasi_hasil', nama: 'Orientasi pada Hasil', kelompok: 'manajerial' },
  { kode: 'pelayanan_publik', nama: 'Pelayanan Publik', kelompok: 'manajerial' },
  { kode: 'pengembangan_diri', nama: 'Pengembangan Diri dan Orang Lain', kelompok: 'manajerial' },
  { kode: 'mengelola_perubahan', nama: 'Mengelola Perubahan', kelompok: 'manajerial' },
  { kode: 'pengambilan_keputusan', nama: 'Pengambilan Keputusan', kelompok: 'manajerial' },
  { kode: 'perekat_bangsa', nama: 'Perekat Bangsa', kelompok: 'sosial_kultural' },
  { kode: 'teknis', nama: 'Teknis Bidang', kelompok: 'teknis' },
] as const;
export type KodeKompetensi = (typeof KOMPETENSI)[number]['kode'];
export const KODE_KOMPETENSI = KOMPETENSI.map((k) => k.kode) as [KodeKompetensi, ...KodeKompetensi[]];
const kodeKompetensiSchema = z.enum(KODE_KOMPETENSI);
const levelKompetensiSchema = z.number().int().min(1).max(5);

/** Levels per competency; a missing code means "not assessed". */
export const profilKompetensiSchema = z.partialRecord(kodeKompetensiSchema, levelKompetensiSchema);
export type ProfilKompetensi = z.infer<typeof profilKompetensiSchema>;
