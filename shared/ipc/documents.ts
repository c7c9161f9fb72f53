import { z } from 'zod';
import { channel, noInput, okOutput } from './channel';
import { certInfoSchema, verifyReportSchema } from '../documents/certificate';
import { documentFormatSchema, documentKindSchema, documentSettingsSchema } from '../documents/model';

const certPassword = z.string().min(1).max(1024);

const sessionSummarySchema = z.object({
  id: z.string(),
  nomor: z.string(),
  tanggal: z.string(),
  status: z.enum(['draf', 'berlangsung', 'selesai']),
  agenda: z.number().int(),
  direkomendasikan: z.number().int(),
  tidakDirekomendasikan: z.number().int(),
  /** Pledge step-downs: the session has an SK "Pemberhentian dari Jabatan" to draft. */
  diberhentikan: z.number().int().default(0),
  hadir: z.number().int(),
  anggota: z.number().int(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

const generateInput = z.object({
  sidangId: z.string().min(1),
  kind: documentKindSchema,
  /** Sign the PDF with the dataset's certificate (rekomendasi and berita acara). */
  sign: z.boolean().default(false),
  certPassword: certPassword.optional(),
});

const blockSchema = z.looseObject({ t: z.string() });

export const documentsChannels = {
  'documents:listSessions': channel(noInput, z.array(sessionSummarySchema)),
  /** The composed document (blocks) for the on-screen preview. */
  'documents:compose': channel(
    z.object({ sidangId: z.string().min(1), kind: documentKindSchema }),
    z.object({ title: z.string(), rahasia: z.boolean(), draf: z.boolean(), blocks: z.array(blockSchema), contentHash: z.string() }),
  ),
  'documents:identity': channel(noInput, z.object({ identity: certInfoSchema.nullable() })),
  'documents:createIdentity': channel(
    z.object({
      commonName: z.string().trim().min(3).max(120),
      organization: z.string().trim().min(2).max(120),
      email: z.email().max(120).optional(),
      validYears: z.number().int().min(1).max(5).default(2),
      password: z.string().min(8).max(1024),
    }),
    certInfoSchema,
  ),
  /** Main shows the open dialog for a .p12/.pfx; null when cancelled. */
  'documents:importIdentity': channel(z.object({ password: certPassword }), z.object({ identity: certInfoSchema.nullable() })),
  'documents:removeIdentity': channel(noInput, okOutput),
  'documents:getSettings': channel(noInput, documentSettingsSchema),
  'documents:updateSettings': channel(documentSettingsSchema, documentSettingsSchema),
  /**
   * Main shows the open dialog for the city's emblem (PNG or JPEG), checks it and stores it in the
   * dataset's kop settings (audited); returns the settings, unchanged when cancelled.
   */
  'documents:importLogo': channel(noInput, documentSettingsSchema),
  /** Main shows the save dialog and writes the file; path null when cancelled. */
  'documents:save': channel(
    generateInput.extend({ format: documentFormatSchema }),
    z.object({ path: z.string().nullable(), fileName: z.string(), contentHash: z.string(), signed: z.boolean(), bytes: z.number().int() }),
  ),
  /**
   * Renders the PDF in memory and hands it to the host's print driver (Electron: the OS print dialog);
   * nothing is written to disk. Where there is no driver (CLI, tests) printed is false.
   */
  'documents:print': channel(generateInput, z.object({ printed: z.boolean() })),
  /** Main shows the open dialog for a PDF; null when cancelled. Uses the open dataset when unlocked. */
  'documents:verifyFile': channel(noInput, z.object({ fileName: z.string(), report: verifyReportSchema }).nullable()),
} as const;
