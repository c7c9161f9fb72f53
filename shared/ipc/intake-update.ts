import { z } from 'zod';
import { channel } from './channel';

const tokenSchema = z.string().min(1).max(100);

const updateCountsSchema = z.object({
  baru: z.number().int(), berubah: z.number().int(), keluar: z.number().int(), tetap: z.number().int(),
});

/** Which list of the diff a page is taken from. */
const diffJenisSchema = z.enum(['baru', 'berubah', 'keluar']);
export type DiffJenis = z.infer<typeof diffJenisSchema>;

const fieldChangeSchema = z.object({ field: z.string(), label: z.string(), lama: z.string(), baru: z.string() });

const diffRowSchema = z.object({
  nip: z.string(),
  nama: z.string(),
  /** Field-by-field before/after (berubah only). */
  perubahan: z.array(fieldChangeSchema),
  /** What a gone ASN is still part of: an open request, an open session's agenda, a post they hold. */
  peringatan: z.array(z.string()),
});
export type DiffRow = z.infer<typeof diffRowSchema>;

const diffPageSchema = z.object({
  ringkasan: updateCountsSchema.extend({
    /** Changed fields over all changed ASN. */
    kolom: z.number().int(),
    /** Gone ASN with at least one warning. */
    keluarDenganPeringatan: z.number().int(),
  }),
  /** Child sheets the export carries (they replace those rows of every ASN in it). */
  rincian: z.array(z.string()),
  jenis: diffJenisSchema,
  total: z.number().int(),
  offset: z.number().int(),
  baris: z.array(diffRowSchema),
});
export type DiffPage = z.infer<typeof diffPageSchema>;

export const intakeUpdateChannels = {
  /** The diff of a checked update (`intake:check` with tujuan 'perbarui') against the open dataset, one page of one list; writes nothing. */
  'intake:diffWithOpen': channel(
    z.object({
      token: tokenSchema, jenis: diffJenisSchema.default('berubah'),
      offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(50),
    }).strict(),
    diffPageSchema,
  ),
  /** Applies the update as one audited act and saves (the previous file kept as .bak1); answers the audit entry's number. */
  'intake:applyUpdate': channel(
    z.object({ token: tokenSchema }).strict(),
    z.object({ path: z.string(), backupPath: z.string(), counts: updateCountsSchema, auditSeq: z.number().int() }),
  ),
} as const;
