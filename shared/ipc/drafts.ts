import { z } from 'zod';
import { channel, okOutput } from './channel';

/** "catatan:<itemId>", "keputusan:<itemId>", "lokasi": what a draft belongs to. */
const kunciSchema = z.string().min(1).max(120).regex(/^[a-z]+(:[A-Za-z0-9_.-]+)*$/);

/**
 * What the user typed and has not saved yet, and where they were: held by main inside the open
 * dataset (so encrypted with it, never plain on disk), surviving lock, auto-lock, a reload and a restart.
 */
export const draftsChannels = {
  'drafts:get': channel(z.object({ kunci: kunciSchema }).strict(), z.object({ isi: z.string().nullable() })),
  'drafts:put': channel(z.object({ kunci: kunciSchema, isi: z.string().max(100_000) }).strict(), okOutput),
  'drafts:remove': channel(z.object({ kunci: kunciSchema }).strict(), okOutput),
} as const;
