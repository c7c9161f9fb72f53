import { z } from 'zod';
import { isoDateSchema } from '../domain/common';
import { jenjangOf, type LevelJabatan } from '../domain/eselon';
import { addYears, formatTanggal, yearsBetween } from '../format/tanggal';
import type { RuleConfig } from '../rules/params';
import type { RuleProblem } from './rules';

/**
 * JPT Pratama is not filled by the committee's vote: the item names the procedure the law gives
 * (UU 20/2023 and PermenPANRB 15/2019; see docs/rules.md) and the documents cite it.
 */
export const PROSEDUR_JPT = ['seleksi_terbuka', 'mutasi_jpt', 'talent_pool'] as const;
export const prosedurJptJenisSchema = z.enum(PROSEDUR_JPT);
export type ProsedurJptJenis = (typeof PROSEDUR_JPT)[number];

export const LABEL_PROSEDUR: Record<ProsedurJptJenis, string> = {
  seleksi_terbuka: 'Seleksi terbuka oleh panitia seleksi',
  mutasi_jpt: 'Mutasi antar-JPT dengan uji kompetensi',
  talent_pool: 'Kelompok rencana suksesi (talent pool)',
};

/** Exceptions to the two-year rule (UU 5/2014 Pasal 116 ayat (1), carried on under UU 20/2023 — verify). */
export const PENGECUALIAN_DUA_TAHUN = ['melanggar_peraturan', 'tidak_memenuhi_syarat'] as const;
export const pengecualianSchema = z.enum(PENGECUALIAN_DUA_TAHUN);
export type PengecualianDuaTahun = (typeof PENGECUALIAN_DUA_TAHUN)[number];

export const calonPanselSchema = z.object({
  peringkat: z.number().int().min(1).max(3),
  nama: z.string().trim().min(2).max(200),
  nip: z.string().regex(/^\d{18}$/).nullable(),
});
export type CalonPansel = z.infer<typeof calonPanselSchema>;

export const prosedurJptSchema = z.object({
  jenis: prosedurJptJenisSchema,
  /** Pansel report number, uji kompetensi report, or the talent pool decision. */
  nomorReferensi: z.string().trim().min(3).max(120),
  tanggalReferensi: isoDateSchema,
  /** Seleksi terbuka: the pansel's three names, ranked; otherwise empty. */
  calon: z.array(calonPanselSchema).max(3),
  pengecualian: pengecualianSchema.nullable(),
  alasanPengecualian: z.string().trim().max(2000),
});
export type ProsedurJpt = z.infer<typeof prosedurJptSchema>;

export const ALASAN_PENGECUALIAN_MIN = 10;

/** The procedure record is complete for its kind. */
export function cekProsedurJpt(p: ProsedurJpt): RuleProblem | null {
  if (p.jenis === 'seleksi_terbuka') {
    const ranks = p.calon.map((c) => c.peringkat).sort();
    if (p.calon.length !== 3 || ranks.join() !== '1,2,3') return { code: 'PANSEL_TIGA_NAMA', params: { jumlah: p.calon.length } };
  } else if (p.calon.length > 0) {
    return { code: 'PROSEDUR_TANPA_CALON_PANSEL' };
  }
  if (p.pengecualian && p.alasanPengecualian.length < ALASAN_PENGECUALIAN_MIN) {
    return { code: 'PENGECUALIAN_TANPA_ALASAN', params: { min: ALASAN_PENGECUALIAN_MIN } };
  }
  return null;
}

export const isJpt = (level: LevelJabatan | null | undefined): boolean => !!level && jenjangOf(level) === 'jpt_pratama';

export interface JptDecisionFacts {
  tanggalSidang: string;
  post: { level: LevelJabatan; nama: string; pemegangNip: string | null; pemegangTmt: string | null };
  calon: { nip: string; nama: string; tanggalLahir: string; jabatanSaatIniLevel: LevelJabatan | null; tmtJabatan: string };
  prosedur: ProsedurJpt | null;
}

/**
 * A recommendation to a JPT Pratama post: the procedure is named, the candidate is one of the
 * pansel's three (seleksi terbuka), at most 56 at the session (PP 11/2017 Pasal 107 huruf c as amended
 * by PP 17/2020 — verify), and nobody is replaced within two years of a JPT appointment unless an
 * exception is recorded (the post's holder, or the candidate leaving a JPT post of their own).
 */
export function cekKeputusanJpt(f: JptDecisionFacts, cfg: RuleConfig): RuleProblem | null {
  if (!isJpt(f.post.level)) return null;
  const p = f.prosedur;
  if (!p) return { code: 'JPT_TANPA_PROSEDUR', params: { jabatan: f.post.nama } };
  if (p.jenis === 'seleksi_terbuka' && !p.calon.some((c) => c.nip === f.calon.nip)) {
    return { code: 'JPT_BUKAN_CALON_PANSEL', params: { nama: f.calon.nama, nomor: p.nomorReferensi } };
  }
  const max = cfg.num('usia.max.jpt_pratama');
  const age = yearsBetween(f.calon.tanggalLahir, f.tanggalSidang);
  if (age > max) return { code: 'JPT_USIA_LEBIH', params: { nama: f.calon.nama, usia: age, max } };
  if (!p.pengecualian) {
    const years = cfg.num('jpt.masaMinimal');
    const holderTmt = f.post.pemegangNip && f.post.pemegangNip !== f.calon.nip ? f.post.pemegangTmt : null;
    const ownTmt = isJpt(f.calon.jabatanSaatIniLevel) ? f.calon.tmtJabatan : null;
    for (const tmt of [holderTmt, ownTmt]) {
      if (tmt && addYears(tmt, years) > f.tanggalSidang) {
        return { code: 'JPT_BELUM_DUA_TAHUN', params: { tmt: formatTanggal(tmt), tahun: years, boleh: formatTanggal(addYears(tmt, years)) } };
      }
    }
  }
  return null;
}

/** What the documents print for a JPT item: "Seleksi terbuka oleh panitia seleksi, Laporan Pansel Nomor …". */
export function kutipanProsedur(p: ProsedurJpt): string {
  const ref = `${p.nomorReferensi} tanggal ${formatTanggal(p.tanggalReferensi)}`;
  const calon = p.calon.length ? `; tiga nama: ${[...p.calon].sort((a, b) => a.peringkat - b.peringkat).map((c) => c.nama).join(', ')}` : '';
  return `${LABEL_PROSEDUR[p.jenis]} (${ref}${calon})`;
}
