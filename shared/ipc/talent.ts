import { z } from 'zod';
import { channel } from './channel';
import {
  jabatanKunciSchema, poolFilterSchema, poolReportSchema, rencanaSchema, ringkasRencanaSchema, simpanRencanaSchema, suksesorSchema,
} from '../talent/schemas';

const jabatanId = z.string().min(1).max(40);
const unitId = z.string().min(1).max(40).nullable().default(null);

/** Talent pools and succession plans (PermenPANRB 3/2020); writes are audited acts. */
export const talentChannels = {
  /** The pool of one jenjang and rumpun (null: all): counts per box and the members in the counted boxes. */
  'talent:pool': channel(poolFilterSchema, poolReportSchema),
  /** Key posts with their plan's summary and the vacant-without-ready flag; the units for the filter; posts that may be marked. */
  'talent:keyPosts': channel(
    z.object({ unitId }),
    z.object({
      posts: z.array(ringkasRencanaSchema),
      units: z.array(z.object({ id: z.string(), nama: z.string() })),
      /** With a unit chosen: its other structural posts, which the committee may mark as key. */
      bisaDitandai: z.array(z.object({ id: z.string(), nama: z.string(), level: z.string() })),
    }),
  ),
  /** One key post's plan (stored, else the proposal from the pool) and the pool members to pick from. */
  'talent:plan': channel(z.object({ jabatanId }), z.object({ rencana: rencanaSchema, calon: z.array(suksesorSchema) })),
  /** The plan for a JPT item citing the talent pool; null when the post is not a key post. */
  'talent:planForPost': channel(z.object({ jabatanId }), rencanaSchema.nullable()),
  /** Sets the post's successors (replaces the earlier plan); answers with the plan as now stored. */
  'talent:savePlan': channel(simpanRencanaSchema, rencanaSchema),
  'talent:markKeyPost': channel(
    z.object({ jabatanId, kunci: z.boolean(), alasan: z.string().trim().max(300).default('') }), jabatanKunciSchema,
  ),
  /** Main shows the save dialog and writes the unit's "Rencana Suksesi" PDF (PDF/A); path null when cancelled. */
  'talent:savePdf': channel(
    z.object({ unitId: z.string().min(1).max(40) }),
    z.object({ path: z.string().nullable(), fileName: z.string(), bytes: z.number().int() }),
  ),
} as const;
