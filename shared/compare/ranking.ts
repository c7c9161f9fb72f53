import type { RuleConfig } from '../rules/params';

/** The five things the committee weighs; each scored 0–1 so weights alone decide their pull. */
export const FACTORS = ['kompetensi', 'kinerja', 'target', 'domisili', 'senioritas'] as const;
export type Factor = (typeof FACTORS)[number];
export type Weights = Record<Factor, number>;
/** 0–1 per factor; null means no data (scored neutral, 0.5, and said so). */
export type FactorValues = Record<Factor, number | null>;

export const NEUTRAL = 0.5;

export const FACTOR_LABEL: Record<Factor, { id: string; en: string }> = {
  kompetensi: { id: 'Kesesuaian kompetensi (JPM)', en: 'Competency match (JPM)' },
  kinerja: { id: 'Kinerja (SKP 3 tahun)', en: 'Performance (3-year SKP)' },
  target: { id: 'Rekam jejak target', en: 'Target record' },
  domisili: { id: 'Kedekatan domisili', en: 'Closeness to home' },
  senioritas: { id: 'Senioritas', en: 'Seniority' },
};

export function weightsFrom(cfg: RuleConfig): Weights {
  return Object.fromEntries(FACTORS.map((f) => [f, cfg.num(`bobot.${f}`)])) as Weights;
}

export interface ScorePart {
  factor: Factor;
  /** The factor's 0–1 value as used (neutral when missing). */
  nilai: number;
  tanpaData: boolean;
  bobot: number;
  /** Points this factor adds to the 0–100 total. */
  poin: number;
}

export interface Score {
  total: number;
  parts: ScorePart[];
}

/** Σ weightᵢ·valueᵢ / Σ weightᵢ × 100. With every weight 0 the score is 0, not NaN. */
export function scoreCandidate(values: FactorValues, weights: Weights): Score {
  const sumW = FACTORS.reduce((s, f) => s + Math.max(0, weights[f]), 0);
  const parts = FACTORS.map((f): ScorePart => {
    const v = values[f];
    const bobot = Math.max(0, weights[f]);
    const nilai = v ?? NEUTRAL;
    return { factor: f, nilai, tanpaData: v === null, bobot, poin: sumW === 0 ? 0 : (bobot * nilai * 100) / sumW };
  });
  return { total: Math.round(parts.reduce((s, p) => s + p.poin, 0) * 10) / 10, parts };
}

export interface RankInput {
  id: string;
  eligible: boolean;
  factors: FactorValues;
  /** Tie-break: the applicant's choice rank for this post (1st choice first). */
  peringkat: number | null;
}

export interface Ranked {
  id: string;
  /** 1-based among eligible candidates; null for ineligible ones (shown apart, never dropped). */
  rank: number | null;
  score: Score;
}

/** Eligible candidates ranked by score; ineligible ones follow, also scored, without a rank. */
export function rankCandidates(list: readonly RankInput[], weights: Weights): { ranked: Ranked[]; ineligible: Ranked[] } {
  const scored = list.map((c) => ({ c, score: scoreCandidate(c.factors, weights) }));
  const order = (a: (typeof scored)[number], b: (typeof scored)[number]) =>
    b.score.total - a.score.total || (a.c.peringkat ?? 9) - (b.c.peringkat ?? 9) || a.c.id.localeCompare(b.c.id);
  const ranked = scored.filter((x) => x.c.eligible).sort(order).map((x, i) => ({ id: x.c.id, rank: i + 1, score: x.score }));
  const ineligible = scored.filter((x) => !x.c.eligible).sort(order).map((x) => ({ id: x.c.id, rank: null, score: x.score }));
  return { ranked, ineligible };
}
