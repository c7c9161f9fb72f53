import { z } from 'zod';
import { channel, noInput } from './channel';
import { fileHandleSchema, handleIdSchema } from './file-handle';
import { hasilImporMasukanSchema, masukanSchema } from '../masukan/schemas';

/** Masukan masyarakat: public feedback collected outside the app, attached to candidates. Confidential. */
export const masukanChannels = {
  /** Main's open dialog for a form's CSV export; the answer is a handle for `masukan:import`. */
  'masukan:chooseCsv': channel(noInput, z.object({ file: fileHandleSchema.nullable() })),
  /**
   * Reads the chosen CSV, attaches every row to a candidate and stores them in one audited act; when any
   * row has a problem nothing is stored and every problem is listed with its row.
   */
  'masukan:import': channel(z.object({ file: handleIdSchema }).strict(), hasilImporMasukanSchema),
  /** The feedback on these candidates, oldest first per candidate. */
  'masukan:forCandidates': channel(
    z.object({ nips: z.array(z.string().regex(/^\d{18}$/)).min(1).max(50) }).strict(),
    z.object({ masukan: z.array(masukanSchema) }),
  ),
} as const;
