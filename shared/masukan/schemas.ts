import { z } from 'zod';
import { isoDateSchema } from '../domain/common';

/** Longest masukan text kept; a form's paragraph answer is well under it. */
export const MAX_TEKS_MASUKAN = 4000;
/** Rows of one CSV export; a city's form for one round of Open Karir is far below it. */
export const MAX_BARIS_MASUKAN = 10_000;
/** Problems listed back to the screen; the total is always given. */
export const MAX_MASALAH_DITAMPILKAN = 200;

/** One piece of public feedback, attached to a candidate. Confidential: never in a public document. */
export const masukanSchema = z.object({
  id: z.number().int(),
  nip: z.string(),
  tanggal: isoDateSchema,
  teks: z.string(),
  /** The sender's contact as the form collected it; null when not given. */
  kontak: z.string().nullable(),
  /** The file it came from and its row there. */
  berkas: z.string(),
  baris: z.number().int(),
});
export type Masukan = z.infer<typeof masukanSchema>;

/** A row that could not be attached: its row number in the file (as a spreadsheet shows it) and why. */
const masalahMasukanSchema = z.object({
  baris: z.number().int().min(1),
  /** An error-catalog code (MASUKAN_…), so the screen and the CLI word it the same, in either language. */
  kode: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type MasalahMasukan = z.infer<typeof masalahMasukanSchema>;

export const hasilImporMasukanSchema = z.object({
  berkas: z.string(),
  /** Data rows read (header and blank rows not counted). */
  baris: z.number().int(),
  /** Rows stored by this import: zero whenever any row has a problem (all or nothing). */
  diimpor: z.number().int(),
  /** Rows already in the dataset (same candidate, day and text), left as they were. */
  sudahAda: z.number().int(),
  masalah: z.array(masalahMasukanSchema),
  totalMasalah: z.number().int(),
});
export type HasilImporMasukan = z.infer<typeof hasilImporMasukanSchema>;
