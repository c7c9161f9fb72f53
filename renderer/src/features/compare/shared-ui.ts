import type { CompareConfig } from '../../../../shared/ipc/compare';
import { FACTORS, type Weights } from '../../../../shared/compare/ranking';

/** One colour per comparison column, the same in the table, the chart and the plot. */
export const PALETTE = ['blue', 'orange', 'teal', 'grape', 'red', 'lime'] as const;
export const colorVar = (i: number) => `var(--mantine-color-${PALETTE[i % PALETTE.length]}-6)`;

export const STATUS_COLOR = {
  memenuhi: 'teal', perlu_perhatian: 'yellow', tidak_memenuhi: 'red', tidak_berlaku: 'gray',
} as const;

export const FACTOR_COLOR: Record<(typeof FACTORS)[number], string> = {
  kompetensi: 'indigo', kinerja: 'teal', target: 'orange', domisili: 'cyan', senioritas: 'grape',
};

export function weightsFromConfig(cfg: CompareConfig): Weights {
  return Object.fromEntries(FACTORS.map((f) => [f, Number(cfg.values[`bobot.${f}`] ?? 0)])) as Weights;
}

/** "Sangat Baik" → "SB": the SKP trend fits in a table cell. */
export function predikatShort(p: string): string {
  return { 'Sangat Baik': 'SB', Baik: 'B', 'Butuh Perbaikan': 'BP', 'Kurang/Misconduct': 'K', 'Sangat Kurang': 'SK' }[p] ?? p;
}

export const fmt1 = (x: number) => x.toLocaleString('id-ID', { maximumFractionDigits: 1 });
