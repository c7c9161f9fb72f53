import { z } from 'zod';
import { levelJabatanSchema } from '../domain/eselon';
import { RUMPUN } from './rumpun';

export const JENJANG = ['jpt_pratama', 'administrator', 'pengawas', 'non_struktural'] as const;
const jenjangSchema = z.enum(JENJANG);
const rumpunSchema = z.enum(RUMPUN);

/** Readiness of a successor: ready now, in 1–2 years, in more than 2 years. */
export const KESIAPAN = ['siap_sekarang', 'satu_dua_tahun', 'lebih_dua_tahun'] as const;
const kesiapanSchema = z.enum(KESIAPAN);
export type Kesiapan = z.infer<typeof kesiapanSchema>;

export const poolFilterSchema = z.object({
  jenjang: jenjangSchema.nullable().default(null),
  rumpun: rumpunSchema.nullable().default(null),
});
export type PoolFilter = z.infer<typeof poolFilterSchema>;

const anggotaTalentaSchema = z.object({
  nip: z.string(),
  nama: z.string(),
  jabatan: z.string(),
  unitNama: z.string(),
  jenjang: jenjangSchema,
  rumpun: rumpunSchema,
  box: z.number().int().min(1).max(9),
});
export type AnggotaTalenta = z.infer<typeof anggotaTalentaSchema>;

export const poolReportSchema = z.object({
  kotakMin: z.number().int(),
  /** Placed ASN per box 1…9 (index 0 is box 1) within the filter. */
  perKotak: z.array(z.number().int()).length(9),
  /** ASN in the filter with no potential score or no recent SKP: not placed. */
  tanpaPenempatan: z.number().int(),
  /** Members of the pool (boxes ≥ kotakMin), box descending. */
  anggota: z.array(anggotaTalentaSchema),
  /** Units whose rumpun was derived from their name (the dataset did not carry it). */
  rumpunDiturunkan: z.number().int(),
});
export type PoolReport = z.infer<typeof poolReportSchema>;

const kesenjanganSchema = z.object({ kode: z.string(), nama: z.string(), standar: z.number().int(), aktual: z.number().int().nullable() });
export type Kesenjangan = z.infer<typeof kesenjanganSchema>;

export const suksesorSchema = z.object({
  nip: z.string(),
  nama: z.string(),
  jabatan: z.string(),
  unitNama: z.string(),
  box: z.number().int().nullable(),
  kesiapan: kesiapanSchema,
  /** Competencies below the post's standard (aktual null: not assessed). */
  kesenjangan: z.array(kesenjanganSchema),
  tindakan: z.string(),
});
export type Suksesor = z.infer<typeof suksesorSchema>;

export const jabatanKunciSchema = z.object({
  id: z.string(),
  nama: z.string(),
  unitId: z.string(),
  unitNama: z.string(),
  level: levelJabatanSchema,
  lowong: z.boolean(),
  pemegang: z.string().nullable(),
  /** Marked key by the committee (JPT and administrator posts are key without a mark). */
  ditandai: z.boolean(),
  alasanTanda: z.string(),
});
export type JabatanKunci = z.infer<typeof jabatanKunciSchema>;

export const rencanaSchema = z.object({
  jabatan: jabatanKunciSchema,
  /** False: a proposal from the pool, not yet set by the committee. */
  tersimpan: z.boolean(),
  dicatatPada: z.string().nullable(),
  suksesor: z.array(suksesorSchema).max(3),
  /** A vacant post with no successor ready now. */
  lowongTanpaSiap: z.boolean(),
});
export type Rencana = z.infer<typeof rencanaSchema>;

export const ringkasRencanaSchema = jabatanKunciSchema.extend({
  tersimpan: z.boolean(),
  jumlahSuksesor: z.number().int(),
  siapSekarang: z.number().int(),
  lowongTanpaSiap: z.boolean(),
});
export type RingkasRencana = z.infer<typeof ringkasRencanaSchema>;

const tindakanSchema = z.string().trim().max(600);
export const simpanRencanaSchema = z.object({
  jabatanId: z.string().min(1).max(40),
  suksesor: z.array(z.object({ nip: z.string().min(1).max(20), kesiapan: kesiapanSchema, tindakan: tindakanSchema }))
    .max(3)
    .refine((s) => new Set(s.map((x) => x.nip)).size === s.length, { message: 'suksesor ganda' }),
});
export type SimpanRencana = z.infer<typeof simpanRencanaSchema>;
