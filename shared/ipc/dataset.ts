import { z } from 'zod';
import { channel, noInput, okOutput } from './channel';
import { errorPayloadSchema } from '../errors';
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

export const saveStateSchema = z.object({
  /** Last full save (the .bpj itself rewritten), ISO time. */
  lastFullSaveAt: z.string().nullable(),
  /** Acts saved only in the journal so far (folded into the .bpj by the next full save). */
  journalRecords: z.number().int(),
  /** The .bpj on disk does not yet hold everything in memory (the journal does, unless `error`). */
  dirty: z.boolean(),
  /** Why the last save failed (DISK_PENUH, BERKAS_HANYA_BACA…); null once a save succeeds. */
  error: errorPayloadSchema.nullable(),
  /** Acts replayed from the journal when the file was opened after a crash. */
  recovered: z.object({ records: z.number().int(), droppedBytes: z.number().int(), damagedCopy: z.string().nullable() }).nullable(),
});
export type SaveState = z.infer<typeof saveStateSchema>;

export const statusSchema = z.object({
  open: z.boolean(),
  locked: z.boolean(),
  info: datasetInfoSchema.nullable(),
  /** Last durable save (journal fsync or full save), ISO time. */
  lastSavedAt: z.string().nullable(),
  recentFiles: z.array(z.string()),
  /** Acts not yet folded into the .bpj by a full save (they are in the journal, already durable). */
  dirty: z.boolean(),
  /** Null when no dataset is open or it is locked. */
  save: saveStateSchema.nullable(),
});

export const auditProblemSchema = z.enum(['payload_berubah', 'hash_entri_berubah', 'rantai_terputus', 'urutan_loncat']);
export type AuditProblem = z.infer<typeof auditProblemSchema>;

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  /** JSON of ids only (services put no personal data in audit payloads). */
  payload: z.string(),
  payloadHash: z.string(),
  prevHash: z.string(),
  entryHash: z.string(),
});
export type AuditEntryRow = z.infer<typeof auditEntrySchema>;

export const auditReportSchema = z.object({
  valid: z.boolean(),
  entries: z.number().int(),
  /** Hash of the last entry as stored (what documents print). */
  head: z.string(),
  headSeq: z.number().int(),
  firstBroken: z.object({ seq: z.number().int(), problem: auditProblemSchema }).nullable(),
  /** When a head hash from paper was given: where it sits in the chain (null = not in this chain). */
  headCheck: z.object({ hash: z.string(), foundSeq: z.number().int().nullable(), entriesAfter: z.number().int() }).nullable(),
});
export type AuditReport = z.infer<typeof auditReportSchema>;


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

/**
 * One window of the filtered, sorted list. The screen asks only for the rows it shows (plus a
 * margin) as the user scrolls, so a keystroke never ships thousands of rows across IPC.
 */
export const requestPageSchema = requestFilterSchema.extend({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(1000),
});
export type RequestPage = z.input<typeof requestPageSchema>;

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
  /** Target posts, first choice first. */
  pilihanIds: z.array(z.string()),
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
    requestPageSchema,
    /** total: rows matching the filter; totalAll: every request in the dataset; rows start at `offset`. */
    z.object({ total: z.number().int(), totalAll: z.number().int(), offset: z.number().int(), rows: z.array(requestRowSchema) }),
  ),
  'dataset:filterOptions': channel(noInput, filterOptionsSchema),
  'dataset:requestDetail': channel(z.object({ id: z.string().min(1) }), requestDetailSchema),
  /** Full save now (export → encrypt → temp → fsync → rename → fsync dir), folding the journal in. */
  'dataset:save': channel(noInput, z.object({ lastSavedAt: z.string().nullable() })),
  /** "Simpan sebagai…": main asks for the place in the native dialog; the dataset moves there. Null path = cancelled. */
  'dataset:saveAs': channel(noInput, z.object({ path: z.string().nullable() })),
  /** Walks the hash chain; with `headHash` (from a printed document) also says where that head sits. */
  'dataset:verifyAudit': channel(
    z.object({ headHash: z.string().regex(/^[0-9a-fA-F]{64}$/).optional() }),
    auditReportSchema,
  ),
  'dataset:auditLog': channel(
    z.object({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }),
    z.object({ total: z.number().int(), entries: z.array(auditEntrySchema) }),
  ),
} as const;
