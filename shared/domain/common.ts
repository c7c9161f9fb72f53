import { z } from 'zod';
import { isRealDate } from './nip';

/** ISO calendar date "yyyy-mm-dd" that exists. */
export const isoDateSchema = z.string().refine((s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}, 'Tanggal harus berformat yyyy-mm-dd dan benar-benar ada');

export const koordinatSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type Koordinat = z.infer<typeof koordinatSchema>;

export const nipSchema = z.string().regex(/^\d{18}$/, 'NIP harus 18 digit');
