import { z } from 'zod';
import { channel, noInput } from './channel';
import { fileHandleSchema, handleIdSchema } from './file-handle';
import { PROBLEM_TEXT } from '../intake/problems';
import { SHEETS } from '../intake/sheets';

const sheetNameSchema = z.enum(SHEETS.map((s) => s.name) as [string, ...string[]]);

const intakeProblemSchema = z.object({
  sheet: z.string(),
  row: z.number().int(),
  column: z.string(),
  value: z.string(),
  code: z.enum(Object.keys(PROBLEM_TEXT) as [string, ...string[]]),
  reason: z.string(),
});
export type IntakeProblem = z.infer<typeof intakeProblemSchema>;

const intakeCountsSchema = z.object({
  unit_kerja: z.number().int(), jabatan: z.number().int(), pegawai: z.number().int(), permohonan: z.number().int(),
  target: z.number().int(), rincian: z.number().int(),
});

/**
 * Where a checked import will go: a brand-new sealed dataset, a new version of the open one, or an
 * update of the open one's master data (compared ASN by ASN: shared/intake/master-diff.ts).
 */
const intakeTujuanSchema = z.enum(['baru', 'versi', 'perbarui']);
export type IntakeTujuan = z.infer<typeof intakeTujuanSchema>;

/** Problems sent to the screen at most; the saved XLSX report always has all of them. */
export const MAX_PROBLEMS_SHOWN = 5000;

const intakePreviewSchema = z.object({
  /** Identifies this checked import for the confirm calls; nothing is written before them. */
  token: z.string(),
  source: z.string(),
  tujuan: intakeTujuanSchema,
  sheets: z.array(z.object({
    sheet: sheetNameSchema, source: z.string(), rows: z.number().int(), accepted: z.number().int(), rejected: z.number().int(),
  })),
  problems: z.array(intakeProblemSchema),
  totalProblems: z.number().int(),
  warnings: z.array(z.string()),
  counts: intakeCountsSchema,
  canImport: z.boolean(),
});
export type IntakePreview = z.infer<typeof intakePreviewSchema>;

const tokenInput = z.object({ token: z.string().min(1).max(100) });

export const intakeChannels = {
  /** Writes the XLSX template to a path chosen in the save dialog; null when cancelled. */
  'intake:saveTemplate': channel(noInput, z.object({ path: z.string().nullable() })),
  /** Native open dialog for an .xlsx or .csv file; the answer is a handle for `intake:check`. */
  'intake:chooseSource': channel(noInput, z.object({ file: fileHandleSchema.nullable() })),
  /** Reads and validates the file behind the handle; writes nothing. */
  'intake:check': channel(z.object({ file: handleIdSchema, tujuan: intakeTujuanSchema }).strict(), intakePreviewSchema),
  /** The problem list as XLSX, to a path chosen in the save dialog. */
  'intake:saveProblems': channel(tokenInput, z.object({ path: z.string().nullable() })),
  /** Seals the checked import as a new .bpj (path from the save dialog; null when cancelled). */
  'intake:sealNew': channel(
    tokenInput.extend({ passphrase: z.string().min(1).max(1024), passphraseConfirm: z.string().min(1).max(1024) }),
    /** `file`: a handle to open the sealed dataset with `dataset:open`. */
    z.object({ path: z.string().nullable(), file: fileHandleSchema.nullable(), counts: intakeCountsSchema.nullable() }),
  ),
  /** Adds the checked import to the open dataset and saves it; the previous file is kept as .bak1. */
  'intake:importIntoOpen': channel(tokenInput, z.object({ path: z.string(), backupPath: z.string(), counts: intakeCountsSchema })),
} as const;
