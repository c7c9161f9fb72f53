import { z } from 'zod';
import { channel, noInput } from './channel';
import { fileHandleSchema, handleIdSchema } from './file-handle';
import { PROBLEM_TEXT } from '../intake/problems';
import { SHEETS, type SheetName } from '../intake/sheets';

const sheetNameSchema = z.enum(SHEETS.map((s) => s.name) as [SheetName, ...SheetName[]]);

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
  target: z.number().int(), rincian: z.number().int(), riwayat_jabatan: z.number().int(),
});

/** Where a checked import will go: a brand-new sealed dataset, or a new version of the open one. */
const intakeTujuanSchema = z.enum(['baru', 'versi']);
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
  /** The first 20 rows of each sheet under the mapped template columns, to check by eye before importing. */
  mapped: z.array(z.object({ sheet: sheetNameSchema, headers: z.array(z.string()), rows: z.array(z.array(z.string())) })),
});
export type IntakePreview = z.infer<typeof intakePreviewSchema>;

const tokenInput = z.object({ token: z.string().min(1).max(100) });

const profileNameSchema = z.string().trim().min(1).max(80);
const columnChoiceSchema = z.object({ header: z.string().max(500), key: z.string().max(60).nullable() });
/** The user's mapping of one source sheet (shared/intake/mapping SheetMappingChoice). */
const sheetChoiceSchema = z.object({ source: z.string().max(200), target: sheetNameSchema, columns: z.array(columnChoiceSchema).max(16_384) });
export type SheetChoice = z.infer<typeof sheetChoiceSchema>;
/** How the check reads the file: as the template, with a named profile, or with the mapping on screen. */
const readAsSchema = z.object({ profil: profileNameSchema.nullable().optional(), pemetaan: z.array(sheetChoiceSchema).max(50).optional() });

const sourceSheetSchema = z.object({
  source: z.string(), target: sheetNameSchema.nullable(), matches: z.boolean(), headers: z.array(z.string()),
  suggestions: z.array(z.object({ header: z.string(), index: z.number().int(), key: z.string().nullable(), by: z.enum(['profil', 'nama', 'isi']).nullable() })),
  sample: z.array(z.array(z.string())),
});
export type SourceSheet = z.infer<typeof sourceSheetSchema>;

/** Rows read so far of one sheet, sent as APP_EVENTS.intakeProgress while a check or an inspection reads. */
export const intakeProgressSchema = z.object({ sheet: z.string(), rows: z.number().int() });
export type IntakeProgress = z.infer<typeof intakeProgressSchema>;

export const intakeChannels = {
  /** Writes the XLSX template to a path chosen in the save dialog; null when cancelled. */
  'intake:saveTemplate': channel(noInput, z.object({ path: z.string().nullable() })),
  /** Native open dialog for an .xlsx or .csv file; the answer is a handle for `intake:check`. */
  'intake:chooseSource': channel(noInput, z.object({ file: fileHandleSchema.nullable() })),
  /** Reads and validates the file behind the handle; writes nothing. */
  'intake:check': channel(z.object({ file: handleIdSchema, tujuan: intakeTujuanSchema }).merge(readAsSchema).strict(), intakePreviewSchema),
  /** Stops the check or inspection under way (it answers IMPOR_DIBATALKAN); nothing was written. */
  'intake:cancelCheck': channel(noInput, z.object({ cancelled: z.boolean() })),
  /** Every sheet of the chosen file with suggested template fields per column (from the profile, names, values). */
  'intake:inspect': channel(z.object({ file: handleIdSchema, profil: profileNameSchema.nullable() }).strict(), z.object({ sheets: z.array(sourceSheetSchema) })),
  /** Built-in and saved import profiles, by name. */
  'intake:profiles': channel(noInput, z.object({ profiles: z.array(z.object({ nama: z.string(), bawaan: z.boolean() })) })),
  /** Saves the mapping on screen as a named profile (stored by main). */
  'intake:saveProfile': channel(z.object({ nama: profileNameSchema, pemetaan: z.array(sheetChoiceSchema).min(1).max(50) }).strict(), z.object({ nama: z.string() })),
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
