import { z } from 'zod';

/** Structural levels a city uses, highest first, plus the non-structural kinds of post. */
export const ESELON = ['II.a', 'II.b', 'III.a', 'III.b', 'IV.a', 'IV.b'] as const;
export const LEVEL_JABATAN = [...ESELON, 'fungsional', 'pelaksana'] as const;
export type Eselon = (typeof ESELON)[number];
export type LevelJabatan = (typeof LEVEL_JABATAN)[number];
export const levelJabatanSchema = z.enum(LEVEL_JABATAN);

/** Larger is higher. Fungsional sits beside pelaksana for promotion purposes (both non-structural). */
const LEVEL_RANK: Record<LevelJabatan, number> = {
  'II.a': 8, 'II.b': 7, 'III.a': 6, 'III.b': 5, 'IV.a': 4, 'IV.b': 3, fungsional: 1, pelaksana: 1,
};

export function levelRank(level: LevelJabatan): number {
  return LEVEL_RANK[level];
}

/** Jenjang per UU ASN: JPT Pratama (II), Administrator (III), Pengawas (IV), else non-structural. */
export type Jenjang = 'jpt_pratama' | 'administrator' | 'pengawas' | 'non_struktural';
export function jenjangOf(level: LevelJabatan): Jenjang {
  if (level.startsWith('II.')) return 'jpt_pratama';
  if (level.startsWith('III.')) return 'administrator';
  if (level.startsWith('IV.')) return 'pengawas';
  return 'non_struktural';
}

/** Berita acara "Keterangan": Promosi when moving up a level, Rotasi at the same level or down, Tetap when unchanged. */
export type JenisMutasi = 'Promosi' | 'Rotasi' | 'Tetap';
export function jenisMutasi(
  oldLevel: LevelJabatan, newLevel: LevelJabatan, samePost: boolean,
): JenisMutasi {
  if (samePost) return 'Tetap';
  return levelRank(newLevel) > levelRank(oldLevel) ? 'Promosi' : 'Rotasi';
}
