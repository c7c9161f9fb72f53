import { z } from 'zod';
import { channel, noInput, okOutput } from './channel';
import { errorPayloadSchema } from '../errors';
import { fileHandleSchema, handleIdSchema } from './file-handle';
import { jenisPermohonanSchema, kategoriAlasanSchema, statusPermohonanSchema } from '../domain/permohonan';
import { golonganSchema } from '../domain/golongan';
import { levelJabatanSchema } from '../domain/eselon';
import { profilPegawaiSchema } from '../domain/pegawai';
import { jabatanSchema } from '../domain/jabatan';
import { permohonanSchema, targetSchema } from '../domain/permohonan';

/** What opening found in the journal beside the file (see docs/dataset-format.md §2). */
const recoverySchema = z.object({
  /** Acts replayed from the journal. */
  records: z.number().int(),
  droppedBytes: z.number().int(),
  /** Where the whole journal was kept when it could not be trusted (`….journal.rusak-<time>`). */
  damagedCopy: z.string().nullable(),
  /** Acknowledged acts that could not be replayed; null = unknown. */
  lost: z.number().int().nullable(),
  /** Why the journal could not be replayed whole; null after an ordinary crash. */
  problem: z.enum(['bukan_berkas', 'kepala', 'versi', 'rekaman', 'terpotong', 'penghitung', 'milik_berkas_lain']).nullable(),
  /** For 'milik_berkas_lain': the file that journal belongs to. */
  belongsTo: z.string().nullable(),
  /** Read-only until the user continues without the lost acts (dataset:continueWithoutLostActs) or closes. */
  awaitingDecision: z.boolean(),
});
export type Recovery = z.infer<typeof recoverySchema>;

const datasetInfoSchema = z.object({
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
  /** Null when the journal held nothing to replay. */
  recovered: recoverySchema.nullable().default(null),
});
export type DatasetInfo = z.infer<typeof datasetInfoSchema>;

const saveStateSchema = z.object({
  /** Last full save (the .bpj itself rewritten), ISO time. */
  lastFullSaveAt: z.string().nullable(),
  /** Acts saved only in the journal so far (folded into the .bpj by the next full save). */
  journalRecords: z.number().int(),
  /** The .bpj on disk does not yet hold everything in memory (the journal does, unless `error`). */
  dirty: z.boolean(),
  /** Why the last save failed (DISK_PENUH, BERKAS_HANYA_BACA…); null once a save succeeds. */
  error: errorPayloadSchema.nullable(),
  /** Acts replayed from the journal when the file was opened after a crash. */
  recovered: recoverySchema.nullable(),
});
export type SaveState = z.infer<typeof saveStateSchema>;

const statusSchema = z.object({
  open: z.boolean(),
  locked: z.boolean(),
  info: datasetInfoSchema.nullable(),
  /** Last durable save (journal fsync or full save), ISO time. */
  lastSavedAt: z.string().nullable(),
  /** Recent datasets as handles (purpose: open a dataset); the page shows only their names. */
  recentFiles: z.array(fileHandleSchema),
  /** Acts not yet folded into the .bpj by a full save (they are in the journal, already durable). */
  dirty: z.boolean(),
  /** Null when no dataset is open or it is locked. */
  save: saveStateSchema.nullable(),
});

const auditProblemSchema = z.enum(['payload_berubah', 'hash_entri_berubah', 'rantai_terputus', 'urutan_loncat']);
export type AuditProblem = z.infer<typeof auditProblemSchema>;

const auditEntrySchema = z.object({
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

/** A table row that does not match what the chain's payloads say was written (electron/audit/table-check.ts). */
const auditRowProblemSchema = z.object({
  tabel: z.string(),
  baris: z.string(),
  masalah: z.enum(['berbeda', 'tanpa_entri', 'baris_hilang']),
  kolom: z.string().nullable(),
  tercatat: z.string().nullable(),
  diTabel: z.string().nullable(),
  seq: z.number().int().nullable(),
});
export type AuditRowProblem = z.infer<typeof auditRowProblemSchema>;

const auditReportSchema = z.object({
  /** The hash chain alone holds (every entry matches its hash and the one before). */
  valid: z.boolean(),
  /** The chain holds AND every checked table row is what the chain recorded: what "UTUH" means. */
  utuh: z.boolean(),
  rows: z.object({ checked: z.number().int(), total: z.number().int(), problems: z.array(auditRowProblemSchema) }),
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
  /** Requests to move (pindah) or to stay (tetap); null = both. */
  jenis: jenisPermohonanSchema.nullable().default(null),
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
const requestRowSchema = z.object({
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
  /** Pindah names 1–3 target posts; tetap names none (the applicant asks to stay in the current post). */
  jenis: jenisPermohonanSchema,
});
export type RequestRow = z.infer<typeof requestRowSchema>;

const filterOptionsSchema = z.object({
  units: z.array(z.object({ id: z.string(), nama: z.string() })),
  targetPosts: z.array(z.object({ id: z.string(), nama: z.string(), unit: z.string() })),
  kecamatan: z.array(z.string()),
});

const requestDetailSchema = z.object({
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
  /** Main's native open dialog; the answer is a handle for `dataset:open` (null = cancelled). */
  'dataset:chooseFile': channel(noInput, z.object({ file: fileHandleSchema.nullable() })),
  /** Opens the file behind a handle from `dataset:chooseFile` or the recent list; never a path. */
  'dataset:open': channel(
    z.object({ file: handleIdSchema, passphrase: z.string().min(1).max(1024) }).strict(),
    datasetInfoSchema,
  ),
  'dataset:openDemo': channel(z.object({ passphrase: z.string().min(1).max(1024) }), datasetInfoSchema),
  /**
   * First run: an empty dataset sealed with the passphrase (typed twice), saved where main's save
   * dialog says, then opened. `info` is null when the dialog was cancelled.
   */
  'dataset:create': channel(
    z.object({ passphrase: z.string().min(1).max(1024), passphraseConfirm: z.string().min(1).max(1024) }).strict(),
    z.object({ info: datasetInfoSchema.nullable() }),
  ),
  'dataset:lock': channel(noInput, okOutput),
  'dataset:unlock': channel(z.object({ passphrase: z.string().min(1).max(1024) }), datasetInfoSchema),
  'dataset:close': channel(noInput, okOutput),
  /**
   * After a damaged or stray journal: go on without the acts that could not be replayed (the kept copy stays).
   * The other choice is dataset:close.
   */
  'dataset:continueWithoutLostActs': channel(noInput, saveStateSchema),
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
