import type { LevelJabatan } from '../domain/eselon';

/**
 * Equivalence of functional levels to administrasi posts (penyetaraan, PermenPANRB 28/2019; see
 * docs/rules.md): administrator ≈ JF Ahli Madya, pengawas ≈ JF Ahli Muda, former eselon V ≈ JF Ahli
 * Pertama; PP 11/2017 Pasal 107 also counts "administrator atau JF ahli madya" alike for JPT. The
 * dataset's level for a functional post is only "fungsional", so the jenjang is read from its name.
 */
export const JENJANG_FUNGSIONAL = [
  'pemula', 'terampil', 'mahir', 'penyelia', 'ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama',
] as const;
export type JenjangFungsional = (typeof JENJANG_FUNGSIONAL)[number];

const POLA: [RegExp, JenjangFungsional][] = [
  [/\bahli\s+utama\b/i, 'ahli_utama'],
  [/\bahli\s+madya\b/i, 'ahli_madya'],
  [/\bahli\s+muda\b/i, 'ahli_muda'],
  [/\bahli\s+pertama\b/i, 'ahli_pertama'],
  [/\bpenyelia\b/i, 'penyelia'],
  [/\bmahir\b/i, 'mahir'],
  [/\bterampil\b/i, 'terampil'],
  [/\bpemula\b/i, 'pemula'],
];

/** The functional jenjang a post's name states ("Analis Kebijakan Ahli Muda" → ahli_muda), or null. */
export function jenjangFungsionalDariNama(namaJabatan: string): JenjangFungsional | null {
  return POLA.find(([re]) => re.test(namaJabatan))?.[1] ?? null;
}

/**
 * Jenjang tier on one scale for both kinds of post: pelaksana and skill levels 0, Ahli Pertama (former
 * eselon V) 1, pengawas / Ahli Muda 2, administrator / Ahli Madya 3, JPT / Ahli Utama 4 (local policy).
 */
const TIER_FUNGSIONAL: Record<JenjangFungsional, number> = {
  pemula: 0, terampil: 0, mahir: 0, penyelia: 0, ahli_pertama: 1, ahli_muda: 2, ahli_madya: 3, ahli_utama: 4,
};

export interface PosisiJabatan {
  level: LevelJabatan;
  /** The post's name; for a functional post it carries the jenjang. */
  nama: string;
}

/** Tier of a post; a functional post whose name states no jenjang counts as pelaksana. */
export function tingkatSetara(p: PosisiJabatan): number {
  if (p.level === 'fungsional') {
    const j = jenjangFungsionalDariNama(p.nama);
    return j ? TIER_FUNGSIONAL[j] : 0;
  }
  if (p.level === 'pelaksana') return 0;
  return p.level.startsWith('II.') ? 4 : p.level.startsWith('III.') ? 3 : 2;
}

/** Eselon order within structural posts (II.a highest): III.b → III.a is still a promotion. */
const ESELON_RANK: Record<string, number> = { 'II.a': 6, 'II.b': 5, 'III.a': 4, 'III.b': 3, 'IV.a': 2, 'IV.b': 1 };
const struktural = (p: PosisiJabatan) => p.level in ESELON_RANK;

export type JenisMutasiSetara = 'Promosi' | 'Rotasi' | 'Demosi' | 'Tetap';

/**
 * Berita acara "Keterangan" using the equivalence: up the scale is Promosi, the same tier Rotasi, down
 * the scale Demosi (never printed as Promosi), the same post Tetap.
 */
export function jenisMutasiSetara(lama: PosisiJabatan, baru: PosisiJabatan, samePost: boolean): JenisMutasiSetara {
  if (samePost) return 'Tetap';
  const d = struktural(lama) && struktural(baru)
    ? ESELON_RANK[baru.level]! - ESELON_RANK[lama.level]!
    : tingkatSetara(baru) - tingkatSetara(lama);
  return d > 0 ? 'Promosi' : d < 0 ? 'Demosi' : 'Rotasi';
}
