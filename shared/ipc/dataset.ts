import { z } from 'zod';
import { channel, noInput, okOutput } from './channel';
import { kategoriAlasanSchema, statusPermohonanSchema } from '../domain/permohonan';
import { golonganSchema } from '../domain/golongan';
import { levelJabatanSchema } from '../domain/eselon';
import { profilPegawaiSchema } from '../domain/pegawai';
import { jabatanSchema } from '../domain/jabatan';
import { permohonanSchema, targetSchema } from '../domain/permohonan';

export const datasetInfoSchema = z.object({
  path: z.string(),
  fileName: z.string(),
  isDemo: z.boolean(),
  /** 'review' when the file is a member's review packet (see review:*). */
  mode: z.enum(['penuh', 'telaah']),
  formatVersion: z.number().int(),
  schemaVersion: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
  namaInstansi: z.string(),
  locked: z.boolean(),
});
export type DatasetInfo = z.infer<typeof datasetInfoSchema>;

export const statusSchema = z.object({
  open: z.boolean(),
  locked: z.boolean(),
  info: datasetInfoSchema.nullable(),
  /** Last durable save (journal fsync or full save), ISO time. */
  lastSavedAt: z.string().nullable(),
  recentFiles: z.array(z.string()),
});

export const requestFilterSchema = z.object({
  search: z.string().max(100).default(''),
  levels: z.array(levelJabatanSchema).default([]),
  unitIds: z.array(z.string()).default([]),
  targetJabatanIds: z.array(z.string()).default([]),
  statuses: z.array(statusPermohonanSchema).default([]),
  kecamatan: z.array(z.string()).default([]),
  sortBy: z.enum(['tanggal', 'nama', 'golongan', 'unit', 'status', 'pilihan1']).default('tanggal'),
  sortDir: z.enum(['asc', 'desc']).default('desc'),
});
export type RequestFilter = z.input<typeof requestFilterSchema>;

/** One row of Daftar Permohonan: just what the list shows, nothing more. */
export const requestRowSchema = z.object({
  id: z.string(),
  nip: z.string(),
  namaLengkap: z.string(),
  golongan: golonganSchema,
  jabatanSaatIni: z.string(),
  levelSaatIni: levelJabatanSchema.nullable(),
  unit: z.string(),
  kecamatan: z.string(),
  tanggal: z.string(),
  pilihan1: z.string(),
  jumlahPilihan: z.number().int(),
  kategoriAlasan: kategoriAlasanSchema,
  status: statusPermohonanSchema,
  paktaDitandatangani: z.boolean(),
});
export type RequestRow = z.infer<typeof requestRowSchema>;

export const filterOptionsSchema = z.object({
  units: z.array(z.object({ id: z.string(), nama: z.string() })),
  targetPosts: z.array(z.object({ id: z.string(), nama: z.string(), unit: z.string() })),
  kecamatan: z.array(z.string()),
});

export const requestDetailSchema = z.object({
  permohonan: permohonanSchema,
  pegawai: profilPegawaiSchema,
  unitNama: z.string(),
  pilihan: z.array(jabatanSchema.extend({ unitNama: z.string(), peringkat: z.number().int() })),
  targetBaru: z.array(targetSchema),
  targetLampau: z.array(targetSchema),
});
export type RequestDetail = z.infer<typeof requestDetailSchema>;

export const datasetChannels = {
  'dataset:status': channel(noInput, statusSchema),
  /** Opens a file chosen in the native dialog (main shows it), or the given path from the recent list. */
  'dataset:chooseFile': channel(noInput, z.object({ path: z.string().nullable() })),
  'dataset:open': channel(
    z.object({ path: z.string().min(1), passphrase: z.string().min(1).max(1024) }),
    datasetInfoSchema,
  ),
  'dataset:openDemo': channel(z.object({ passphrase: z.string().min(1).max(1024) }), datasetInfoSchema),
  'dataset:lock': channel(noInput, okOutput),
  'dataset:unlock': channel(z.object({ passphrase: z.string().min(1).max(1024) }), datasetInfoSchema),
  'dataset:close': channel(noInput, okOutput),
  'dataset:listRequests': channel(
    requestFilterSchema,
    z.object({ total: z.number().int(), rows: z.array(requestRowSchema) }),
  ),
  'dataset:filterOptions': channel(noInput, filterOptionsSchema),
  'dataset:requestDetail': channel(z.object({ id: z.string().min(1) }), requestDetailSchema),
} as const;
