import { z } from 'zod';
import { isoDateSchema, nipSchema } from './common';

export const KATEGORI_ALASAN = [
  'dekat_domisili', 'pengembangan_karir', 'kesesuaian_kompetensi', 'alasan_keluarga', 'lainnya',
] as const;
export const kategoriAlasanSchema = z.enum(KATEGORI_ALASAN);

export const STATUS_PERMOHONAN = [
  'diajukan', 'diverifikasi', 'dijadwalkan', 'direkomendasikan', 'tidak_direkomendasikan', 'ditunda', 'ditarik',
] as const;
export const statusPermohonanSchema = z.enum(STATUS_PERMOHONAN);
export type StatusPermohonan = (typeof STATUS_PERMOHONAN)[number];

/** A performance target; a request's own targets have permohonanId, older commitments may not. */
export const targetSchema = z.object({
  id: z.string().min(1).max(40),
  nip: nipSchema,
  permohonanId: z.string().nullable(),
  indikator: z.string().min(2).max(300),
  nilaiTarget: z.number().finite(),
  satuan: z.string().min(1).max(40),
  tenggat: isoDateSchema,
  /** Realization; null while not yet reported. */
  realisasi: z.number().finite().nullable(),
  tanggalRealisasi: isoDateSchema.nullable(),
  catatanBukti: z.string().max(2000).default(''),
  /** Whether a pledge to step down was attached to this target. */
  denganPakta: z.boolean(),
});
export type Target = z.infer<typeof targetSchema>;

/**
 * Open Karir lets an ASN ask to move (pindah: 1–3 posts, first choice first) or to stay in the current
 * post (tetap: no post named; the reason, targets and pledge carry the request).
 */
export const JENIS_PERMOHONAN = ['pindah', 'tetap'] as const;
export const jenisPermohonanSchema = z.enum(JENIS_PERMOHONAN);
export type JenisPermohonan = (typeof JENIS_PERMOHONAN)[number];

export const permohonanSchema = z.object({
  id: z.string().min(1).max(40),
  nip: nipSchema,
  tanggal: isoDateSchema,
  /** Absent means pindah (files from before the kind existed). */
  jenis: jenisPermohonanSchema.optional(),
  /** Pindah: 1–3 target posts, first choice first; tetap: none. */
  pilihan: z.array(z.string().min(1)).max(3),
  kategoriAlasan: kategoriAlasanSchema,
  alasan: z.string().max(2000),
  paktaDitandatangani: z.boolean(),
  tanggalPakta: isoDateSchema.nullable(),
  status: statusPermohonanSchema,
}).superRefine((p, ctx) => {
  const problem = cekPilihanPermohonan(p.jenis ?? 'pindah', p.pilihan.length);
  if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['pilihan'], message: problem });
});
export type Permohonan = z.infer<typeof permohonanSchema>;

/** Met when realization reaches the target by the deadline (targets are "higher is better"). */
export function targetTercapai(t: Pick<Target, 'nilaiTarget' | 'realisasi' | 'tanggalRealisasi' | 'tenggat'>): boolean | null {
  if (t.realisasi === null) return null;
  const onTime = t.tanggalRealisasi === null || t.tanggalRealisasi <= t.tenggat;
  return onTime && t.realisasi >= t.nilaiTarget;
}

/** The kind of a request; one written before requests to stay existed is a request to move. */
export function jenisPermohonan(p: Pick<Permohonan, 'jenis'>): JenisPermohonan {
  return p.jenis ?? 'pindah';
}

/** Why the named posts do not fit the kind of request, or null. */
function cekPilihanPermohonan(jenis: JenisPermohonan, jumlahPilihan: number): string | null {
  if (jenis === 'pindah' && jumlahPilihan < 1) return 'Permohonan pindah menyebut paling sedikit satu jabatan';
  if (jenis === 'tetap' && jumlahPilihan > 0) return 'Permohonan tetap tidak menyebut jabatan tujuan';
  return null;
}
