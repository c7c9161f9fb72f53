import { z } from 'zod';
import { channel } from './channel';
import { equityFilterSchema, equityReportSchema } from '../report/schemas';

/** Read-only reports over the open dataset. */
export const reportChannels = {
  'report:equity': channel(equityFilterSchema, equityReportSchema),
  /** "Laporan Kesetaraan" as a PDF/A with the same figures and filter; main's save dialog picks where (path null when cancelled). */
  'report:savePdf': channel(equityFilterSchema, z.object({ path: z.string().nullable(), fileName: z.string(), bytes: z.number().int() })),
} as const;
