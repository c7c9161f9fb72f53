import { z } from 'zod';

/** One IPC channel: what the renderer may send and what main answers. */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelSpec<I, O> {
  return { input, output };
}

export const noInput = z.object({}).strict();
export const okOutput = z.object({ ok: z.literal(true) });
