import { z } from 'zod';
import { koordinatSchema } from '../domain/common';
import { levelJabatanSchema } from '../domain/eselon';
import { golonganSchema } from '../domain/golongan';
import { kategoriAlasanSchema, statusPermohonanSchema, targetSchema } from '../domain/permohonan';
import { skpSchema } from '../domain/skp';
import { disiplinSchema, ketidakhadiranSchema, diklatSchema, pendidikanSchema } from '../domain/pegawai';
import { RULE_IDS } from '../rules/eligibility-rules';

/** Output shapes of compare:* (validated at the IPC boundary in tests and dev). */

const bilingual = z.object({ id: z.string(), en: z.string() });
const ruleStatusSchema = z.enum(['memenuhi', 'tidak_memenuhi', 'perlu_perhatian', 'tidak_berlaku']);
const factorValuesSchema = z.object({
  kompetensi: z.number().nullable(), kinerja: z.number().nullable(), target: z.number().nullable(),
  domisili: z.number().nullable(), senioritas: z.number().nullable(),
});

const ruleResultSchema = z.object({
  ruleId: z.enum(RULE_IDS), status: ruleStatusSchema, alasan: bilingual, data: z.string(), dataProjector: z.string().optional(),
});
const eligibilitySchema = z.object({
  status: z.enum(['memenuhi', 'tidak_memenuhi', 'perlu_perhatian']),
  results: z.array(ruleResultSchema),
});

const targetRecordSchema = z.object({
  dinilai: z.number().int(), tercapai: z.number().int(), tepatWaktu: z.number().int(), belumDilaporkan: z.number().int(),
  paktaTidakDipenuhi: z.number().int(), persenTercapai: z.number().nullable(), persenTepatWaktu: z.number().nullable(),
});

const nineBoxSchema = z.object({
  box: z.number().int().min(1).max(9), kinerja: z.enum(['bawah', 'sesuai', 'atas']),
  potensial: z.enum(['rendah', 'menengah', 'tinggi']), skorKinerja: z.number(), potensi: z.number(), tahunSkp: z.array(z.number().int()),
});

/** One applicant of a pool: the summary row and what ranking needs. */
const candidateSummarySchema = z.object({
  nip: z.string(),
  namaLengkap: z.string(),
  golongan: golonganSchema,
  tmtGolongan: z.string(),
  namaJabatan: z.string(),
  levelSaatIni: levelJabatanSchema.nullable(),
  unitNama: z.string(),
  /** Full address: the UI hides it in projector mode (Domicile component). */
  alamat: z.string(),
  kelurahan: z.string(),
  kecamatan: z.string(),
  permohonanId: z.string().nullable(),
  peringkat: z.number().int().nullable(),
  statusPermohonan: statusPermohonanSchema.nullable(),
  kategoriAlasan: kategoriAlasanSchema.nullable(),
  paktaDitandatangani: z.boolean(),
  eligibility: eligibilitySchema,
  jpm: z.object({ persen: z.number().nullable(), kategori: z.enum(['optimal', 'cukup_optimal', 'kurang_optimal']).nullable() }),
  skpTren: z.array(skpSchema),
  jarakKm: z.number().nullable(),
  jarakKerjaKm: z.number().nullable(),
  targetRecord: targetRecordSchema,
  nineBox: nineBoxSchema.nullable(),
  factors: factorValuesSchema,
  usia: z.number().int(),
  sisaMasaKerja: z.number(),
});
export type CandidateSummary = z.infer<typeof candidateSummarySchema>;

const postSummarySchema = z.object({
  id: z.string(), nama: z.string(), unitNama: z.string(), level: levelJabatanSchema, status: z.enum(['terisi', 'lowong']),
  pemegang: z.string().nullable(), lokasi: koordinatSchema, minGolongan: golonganSchema,
  standar: z.array(z.object({ kode: z.string(), nama: z.string(), level: z.number().int() })),
});
export type PostSummary = z.infer<typeof postSummarySchema>;

export const poolSchema = z.object({ jabatan: postSummarySchema, candidates: z.array(candidateSummarySchema) });
export type Pool = z.infer<typeof poolSchema>;

export const poolListItemSchema = z.object({
  jabatanId: z.string(), nama: z.string(), unitNama: z.string(), level: levelJabatanSchema,
  status: z.enum(['terisi', 'lowong']), pemohon: z.number().int(),
  pilihan1: z.number().int(), pilihan2: z.number().int(), pilihan3: z.number().int(),
});
export type PoolListItem = z.infer<typeof poolListItemSchema>;

const comparisonCellSchema = z.object({
  text: z.string(),
  /** English text when it differs (numbers and names do not). */
  textEn: z.string().optional(),
  /** Shown instead of text in projector mode (privacy). */
  textProjector: z.string().optional(),
  /** The data that decided a rule, shown on demand. */
  detail: z.string().optional(),
  /** The detail without birth-derived dates, for projector mode. */
  detailProjector: z.string().optional(),
  value: z.number().nullable(),
  tone: z.enum(['good', 'warn', 'bad']).nullable(),
});
const comparisonRowSchema = z.object({
  id: z.string(),
  group: z.enum(['identitas', 'kelayakan', 'kompetensi', 'domisili', 'target', 'disiplin']),
  label: bilingual,
  cells: z.array(comparisonCellSchema),
  better: z.enum(['higher', 'lower']).nullable(),
  /** Column indexes holding the best value (empty when all equal or not comparable). */
  best: z.array(z.number().int()),
});
export type ComparisonRow = z.infer<typeof comparisonRowSchema>;
export type ComparisonCell = z.infer<typeof comparisonCellSchema>;

/** Per-candidate detail the comparison lists in full (targets, sanctions, absences, diklat). */
const candidateDetailSchema = z.object({
  nip: z.string(),
  pendidikan: pendidikanSchema,
  diklat: z.array(diklatSchema),
  targetLampau: z.array(targetSchema),
  targetBaru: z.array(targetSchema),
  disiplin: z.array(disiplinSchema),
  ketidakhadiran: z.array(ketidakhadiranSchema),
  rumah: koordinatSchema,
  kerja: koordinatSchema.nullable(),
});

export const comparisonSchema = z.object({
  jabatan: postSummarySchema,
  candidates: z.array(candidateSummarySchema),
  details: z.array(candidateDetailSchema),
  rows: z.array(comparisonRowSchema),
});
export type Comparison = z.infer<typeof comparisonSchema>;
