import { z } from 'zod';

/** SKP predikat (PermenPANRB 6/2022), best first. "Kurang/Misconduct" is the regulation's literal label. */
export const PREDIKAT_SKP = ['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang/Misconduct', 'Sangat Kurang'] as const;
export type PredikatSkp = (typeof PREDIKAT_SKP)[number];
const predikatSkpSchema = z.enum(PREDIKAT_SKP);

/** 5 = Sangat Baik … 1 = Sangat Kurang. */
export function predikatScore(p: PredikatSkp): number {
  return 5 - PREDIKAT_SKP.indexOf(p);
}

export const skpSchema = z.object({
  tahun: z.number().int().min(2000).max(2100),
  predikat: predikatSkpSchema,
});
export type Skp = z.infer<typeof skpSchema>;
