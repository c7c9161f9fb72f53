import { predikatScore, type Skp } from '../domain/skp';
import type { RuleConfig } from '../rules/params';

export type SumbuKinerja = 'bawah' | 'sesuai' | 'atas';
export type SumbuPotensial = 'rendah' | 'menengah' | 'tinggi';

/** Box numbers of PermenPANRB 3/2020: rows potensial (tinggi on top), columns kinerja (di bawah → di atas). */
export const NINE_BOX_GRID: Record<SumbuPotensial, Record<SumbuKinerja, number>> = {
  tinggi: { bawah: 4, sesuai: 7, atas: 9 },
  menengah: { bawah: 2, sesuai: 5, atas: 8 },
  rendah: { bawah: 1, sesuai: 3, atas: 6 },
};

/** Short box descriptions; the succession pool is boxes 7, 8 and 9. Wording: see docs/rules.md (verify). */
export const NINE_BOX_LABEL: Record<number, { id: string; en: string }> = {
  9: { id: 'Kinerja di atas ekspektasi, potensial tinggi — dipromosikan dan dipertahankan', en: 'Above expectation, high potential — promote and retain' },
  8: { id: 'Kinerja di atas ekspektasi, potensial menengah — kelompok suksesi', en: 'Above expectation, medium potential — succession pool' },
  7: { id: 'Kinerja sesuai ekspektasi, potensial tinggi — kelompok suksesi', en: 'Meets expectation, high potential — succession pool' },
  6: { id: 'Kinerja di atas ekspektasi, potensial rendah', en: 'Above expectation, low potential' },
  5: { id: 'Kinerja sesuai ekspektasi, potensial menengah', en: 'Meets expectation, medium potential' },
  4: { id: 'Kinerja di bawah ekspektasi, potensial tinggi', en: 'Below expectation, high potential' },
  3: { id: 'Kinerja sesuai ekspektasi, potensial rendah', en: 'Meets expectation, low potential' },
  2: { id: 'Kinerja di bawah ekspektasi, potensial menengah', en: 'Below expectation, medium potential' },
  1: { id: 'Kinerja di bawah ekspektasi, potensial rendah — ditangani sesuai ketentuan', en: 'Below expectation, low potential — handled under the rules' },
};

/**
 * The development advice PermenPANRB 3/2020 attaches to each box (its annex on the talent matrix;
 * wording summarised, verify against the annex — docs/rules.md).
 */
export const NINE_BOX_SARAN: Record<number, { id: readonly string[]; en: readonly string[] }> = {
  9: { id: ['dipromosikan dan dipertahankan', 'masuk kelompok rencana suksesi', 'mendapat penghargaan'], en: ['promote and retain', 'succession pool', 'recognition'] },
  8: { id: ['dipertahankan', 'masuk kelompok rencana suksesi', 'rotasi/perluasan jabatan', 'pengembangan kompetensi'], en: ['retain', 'succession pool', 'rotation/job enlargement', 'competency development'] },
  7: { id: ['dipertahankan', 'masuk kelompok rencana suksesi', 'rotasi/pengayaan jabatan', 'bimbingan kinerja'], en: ['retain', 'succession pool', 'rotation/job enrichment', 'performance coaching'] },
  6: { id: ['penempatan yang sesuai', 'pengembangan kompetensi'], en: ['suitable placement', 'competency development'] },
  5: { id: ['penempatan yang sesuai', 'bimbingan kinerja', 'pengembangan kompetensi'], en: ['suitable placement', 'performance coaching', 'competency development'] },
  4: { id: ['rotasi', 'bimbingan kinerja', 'pengembangan kompetensi'], en: ['rotation', 'performance coaching', 'competency development'] },
  3: { id: ['bimbingan kinerja', 'pengembangan kompetensi', 'penempatan yang sesuai'], en: ['performance coaching', 'competency development', 'suitable placement'] },
  2: { id: ['bimbingan kinerja', 'konseling kinerja', 'pengembangan kompetensi', 'penempatan yang sesuai'], en: ['performance coaching', 'performance counselling', 'competency development', 'suitable placement'] },
  1: { id: ['diproses sesuai ketentuan peraturan perundang-undangan'], en: ['handled under the regulations'] },
};

/** Whether a box is in the talent (succession) pool: boxes numbered `talenta.kotakMin` (default 7) and up. */
export function dalamKelompokTalenta(box: number, cfg: RuleConfig): boolean {
  return box >= cfg.num('talenta.kotakMin');
}

export interface NineBoxPlacement {
  box: number;
  kinerja: SumbuKinerja;
  potensial: SumbuPotensial;
  /** Mean SKP score (5 Sangat Baik … 1 Sangat Kurang) over the years used. */
  skorKinerja: number;
  potensi: number;
  tahunSkp: number[];
}

/** SKP of the last `n` full years before today's year, newest last; missing years are skipped. */
export function recentSkp(skp: readonly Skp[], todayIso: string, n: number): Skp[] {
  const year = Number(todayIso.slice(0, 4));
  return skp.filter((s) => s.tahun < year && s.tahun >= year - n).sort((a, b) => a.tahun - b.tahun);
}

/** Null when the person has no potential score or no SKP in the years used: not placed, and said so. */
export function placeNineBox(skp: readonly Skp[], potensi: number | null, cfg: RuleConfig, todayIso: string): NineBoxPlacement | null {
  const used = recentSkp(skp, todayIso, cfg.num('ninebox.kinerja.tahun'));
  if (potensi === null || used.length === 0) return null;
  const skor = used.reduce((s, x) => s + predikatScore(x.predikat), 0) / used.length;
  const kinerja: SumbuKinerja = skor >= cfg.num('ninebox.kinerja.atas') ? 'atas' : skor >= cfg.num('ninebox.kinerja.sesuai') ? 'sesuai' : 'bawah';
  const potensial: SumbuPotensial =
    potensi >= cfg.num('ninebox.potensi.tinggi') ? 'tinggi' : potensi >= cfg.num('ninebox.potensi.menengah') ? 'menengah' : 'rendah';
  return {
    box: NINE_BOX_GRID[potensial][kinerja], kinerja, potensial,
    skorKinerja: Math.round(skor * 100) / 100, potensi, tahunSkp: used.map((s) => s.tahun),
  };
}
