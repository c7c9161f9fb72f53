import { z } from 'zod';
import { channel } from './channel';
import { tingkatRedaksiSchema } from '../format/redaction';
import { sessionDeltaSchema } from '../session/record-delta';

const actOutput = z.object({ ok: z.literal(true), savedAt: z.string().nullable(), delta: sessionDeltaSchema });

/** The session's redaction level (spread into sessionChannels): changing it is an audited act. */
export const redactionChannels = {
  'session:setRedaction': channel(z.object({ sidangId: z.string().min(1).max(60), redaksi: tingkatRedaksiSchema }).strict(), actOutput),
} as const;
