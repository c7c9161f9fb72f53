import { z } from 'zod';
import { channel } from './channel';
import { tingkatRedaksiSchema } from '../format/redaction';

const savedOutput = z.object({ ok: z.literal(true), savedAt: z.string().nullable() });

/** The session's redaction level (spread into sessionChannels): changing it is an audited act. */
export const redactionChannels = {
  'session:setRedaction': channel(z.object({ sidangId: z.string().min(1).max(60), redaksi: tingkatRedaksiSchema }).strict(), savedOutput),
} as const;
