import { z } from 'zod';

/** A member's provisional stance before the session. Never a vote: votes are cast in the session. */
const SIKAP = ['mendukung', 'ragu', 'tidak_mendukung'] as const;
export type Sikap = (typeof SIKAP)[number];
export const sikapSchema = z.enum(SIKAP);

export interface TallySikap {
  mendukung: number;
  ragu: number;
  tidak_mendukung: number;
  /** Members whose latest merged response gave no stance on the item. */
  belum: number;
}

function emptyTally(): TallySikap {
  return { mendukung: 0, ragu: 0, tidak_mendukung: 0, belum: 0 };
}

export function tallyOf(stances: readonly (Sikap | null)[]): TallySikap {
  const t = emptyTally();
  for (const s of stances) t[s ?? 'belum']++;
  return t;
}
