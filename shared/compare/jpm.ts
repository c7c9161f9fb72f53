import { KOMPETENSI, type KodeKompetensi, type ProfilKompetensi } from '../domain/kompetensi';
import type { RuleConfig } from '../rules/params';

export type KategoriJpm = 'optimal' | 'cukup_optimal' | 'kurang_optimal';

interface JpmItem {
  kode: KodeKompetensi;
  nama: string;
  standar: number;
  /** null: not assessed (counts as 0 in the match). */
  aktual: number | null;
  /** aktual − standar; negative is a gap. */
  selisih: number;
}

export interface Jpm {
  /** Job-Person Match %, one decimal; null when the post has no standard. */
  persen: number | null;
  kategori: KategoriJpm | null;
  items: JpmItem[];
  belumDiases: number;
}

/**
 * JPM % = Σ min(aktual, standar) / Σ standar × 100 over the post's standard competencies. Levels
 * above the standard do not buy back a gap elsewhere: that is why the min is taken per competency.
 */
export function computeJpm(standar: ProfilKompetensi, aktual: ProfilKompetensi, cfg: RuleConfig): Jpm {
  const items: JpmItem[] = [];
  let sumStd = 0;
  let sumMatch = 0;
  let belumDiases = 0;
  for (const k of KOMPETENSI) {
    const std = standar[k.kode];
    if (std === undefined) continue;
    const act = aktual[k.kode] ?? null;
    if (act === null) belumDiases++;
    sumStd += std;
    sumMatch += Math.min(act ?? 0, std);
    items.push({ kode: k.kode, nama: k.nama, standar: std, aktual: act, selisih: (act ?? 0) - std });
  }
  if (sumStd === 0) return { persen: null, kategori: null, items, belumDiases };
  const persen = Math.round((sumMatch / sumStd) * 1000) / 10;
  return { persen, kategori: jpmKategori(persen, cfg), items, belumDiases };
}

/** Defaults: ≥ 90 optimal, 78–< 90 cukup optimal, < 78 kurang optimal. */
export function jpmKategori(persen: number, cfg: RuleConfig): KategoriJpm {
  if (persen >= cfg.num('jpm.optimal')) return 'optimal';
  if (persen >= cfg.num('jpm.cukup')) return 'cukup_optimal';
  return 'kurang_optimal';
}

export const KATEGORI_JPM_LABEL: Record<KategoriJpm, { id: string; en: string }> = {
  optimal: { id: 'Optimal', en: 'Optimal' },
  cukup_optimal: { id: 'Cukup optimal', en: 'Fairly optimal' },
  kurang_optimal: { id: 'Kurang optimal', en: 'Below optimal' },
};
