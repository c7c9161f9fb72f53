import { z } from 'zod';

/** Golongan ruang PNS, lowest first; the index is the rank used for comparisons. */
export const GOLONGAN = [
  'I/a', 'I/b', 'I/c', 'I/d',
  'II/a', 'II/b', 'II/c', 'II/d',
  'III/a', 'III/b', 'III/c', 'III/d',
  'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e',
] as const;
export type Golongan = (typeof GOLONGAN)[number];
export const golonganSchema = z.enum(GOLONGAN);

/** Pangkat names per golongan (PP 99/2000). */
const PANGKAT: Record<Golongan, string> = {
  'I/a': 'Juru Muda', 'I/b': 'Juru Muda Tingkat I', 'I/c': 'Juru', 'I/d': 'Juru Tingkat I',
  'II/a': 'Pengatur Muda', 'II/b': 'Pengatur Muda Tingkat I', 'II/c': 'Pengatur', 'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda', 'III/b': 'Penata Muda Tingkat I', 'III/c': 'Penata', 'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina', 'IV/b': 'Pembina Tingkat I', 'IV/c': 'Pembina Utama Muda', 'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
};

export function golonganRank(g: Golongan): number {
  return GOLONGAN.indexOf(g);
}

/** "Penata Tingkat I (III/d)" */
export function formatPangkat(g: Golongan): string {
  return `${PANGKAT[g]} (${g})`;
}
