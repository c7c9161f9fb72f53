import { jenjangOf, levelRank, type Jenjang, type LevelJabatan } from '../domain/eselon';
import type { ProfilKompetensi } from '../domain/kompetensi';
import { computeJpm } from '../compare/jpm';
import { dalamKelompokTalenta } from '../compare/nine-box';
import type { RuleConfig } from '../rules/params';
import { byBoxThenRank, type PlacedPerson } from './pool';
import type { Kesenjangan, Kesiapan, Rencana, RingkasRencana, Suksesor } from './schemas';

/** At most three successors per key post (the plan). */
export const MAKS_SUKSESOR = 3;

/**
 * Readiness proposed from the gaps, before the committee's judgement (local rule, docs/rules.md):
 * no gap → siap sekarang; a shortfall of at most SELISIH_DEKAT levels in all → 1–2 tahun; else > 2 tahun.
 */
const SELISIH_DEKAT = 3;

/** Every JPT and administrator post is a key post; any other only when the committee marked it. */
export function isJabatanKunci(level: LevelJabatan, ditandai: boolean): boolean {
  const j = jenjangOf(level);
  return ditandai || j === 'jpt_pratama' || j === 'administrator';
}

/** Competencies below the post's standard; one not assessed is a gap of its whole standard. */
export function kesenjangan(standar: ProfilKompetensi, aktual: ProfilKompetensi, cfg: RuleConfig): Kesenjangan[] {
  return computeJpm(standar, aktual, cfg).items
    .filter((i) => i.selisih < 0)
    .map((i) => ({ kode: i.kode, nama: i.nama, standar: i.standar, aktual: i.aktual }));
}

export function usulKesiapan(gaps: readonly Kesenjangan[]): Kesiapan {
  const kurang = gaps.reduce((s, g) => s + g.standar - (g.aktual ?? 0), 0);
  if (kurang === 0) return 'siap_sekarang';
  return kurang <= SELISIH_DEKAT ? 'satu_dua_tahun' : 'lebih_dua_tahun';
}

const KESIAPAN_URUT: Record<Kesiapan, number> = { siap_sekarang: 0, satu_dua_tahun: 1, lebih_dua_tahun: 2 };

/** The jenjang a post's successors come from: the same jenjang (rotation) or the one below (promotion). */
const ASAL: Record<Jenjang, readonly Jenjang[]> = {
  jpt_pratama: ['jpt_pratama', 'administrator'],
  administrator: ['administrator', 'pengawas'],
  pengawas: ['pengawas', 'non_struktural'],
  non_struktural: ['non_struktural'],
};

export interface PostForSuccession {
  id: string;
  level: LevelJabatan;
  pemegangNip: string | null;
  standar: ProfilKompetensi;
}

/** A pool member as a successor of the post, with the proposed readiness and the default actions. */
export function sebagaiSuksesor(p: PlacedPerson, post: PostForSuccession, cfg: RuleConfig, saran: (box: number) => string): Suksesor {
  const gaps = kesenjangan(post.standar, p.kompetensi, cfg);
  const aksi = gaps.length ? `Pengembangan kompetensi: ${gaps.map((g) => g.nama).join(', ')}.` : '';
  return {
    nip: p.nip, nama: p.nama, jabatan: p.namaJabatan, unitNama: p.unitNama, box: p.box, kesiapan: usulKesiapan(gaps),
    kesenjangan: gaps, tindakan: [aksi, p.box !== null ? `Saran 9-box: ${saran(p.box)}.` : ''].filter(Boolean).join(' '),
  };
}

/**
 * Pool members who may succeed to the post: in the counted boxes, from its jenjang or the one below,
 * not above it and not its holder; readiest first, then by box. The first MAKS_SUKSESOR are the proposal.
 */
export function calonSuksesor(placed: readonly PlacedPerson[], post: PostForSuccession, cfg: RuleConfig, saran: (box: number) => string): Suksesor[] {
  const asal = ASAL[jenjangOf(post.level)];
  const rank = levelRank(post.level);
  return placed
    .filter((p) => p.box !== null && dalamKelompokTalenta(p.box, cfg) && asal.includes(p.jenjang)
      && levelRank(p.level ?? 'pelaksana') <= rank && p.jabatanId !== post.id && p.nip !== post.pemegangNip)
    .sort(byBoxThenRank)
    .map((p) => sebagaiSuksesor(p, post, cfg, saran))
    .sort((a, b) => KESIAPAN_URUT[a.kesiapan] - KESIAPAN_URUT[b.kesiapan]);
}

/** The flag of the plan list: a vacant post and nobody ready now. */
export function lowongTanpaSiap(lowong: boolean, suksesor: readonly Pick<Suksesor, 'kesiapan'>[]): boolean {
  return lowong && !suksesor.some((s) => s.kesiapan === 'siap_sekarang');
}

/** The list row of a plan (the save act answers with the plan; the screen merges its row). */
export function ringkasRencana(r: Rencana): RingkasRencana {
  return {
    ...r.jabatan, tersimpan: r.tersimpan, jumlahSuksesor: r.suksesor.length,
    siapSekarang: r.suksesor.filter((s) => s.kesiapan === 'siap_sekarang').length, lowongTanpaSiap: r.lowongTanpaSiap,
  };
}
