import { z } from 'zod';

/**
 * How much personal data a session lets the projector show (chosen per session, an audited act):
 * standar masks the NIP down to birth year and serial and hides address and phone; ketat also
 * hides the birth year, SKP predikat, JPM and competency scores, leaving ranks and rule outcomes.
 */
export const TINGKAT_REDAKSI = ['standar', 'ketat'] as const;
export const tingkatRedaksiSchema = z.enum(TINGKAT_REDAKSI);
export type TingkatRedaksi = (typeof TINGKAT_REDAKSI)[number];

/** What one screen shows: everything off the projector, the session's level on it. */
export type Tampilan = 'penuh' | TingkatRedaksi;

export function tampilanLayar(projector: boolean, tingkat: TingkatRedaksi): Tampilan {
  return projector ? tingkat : 'penuh';
}

/** Comparison rows that carry SKP predikat, JPM, competency levels or the box built from them. */
export function barisDisembunyikan(rowId: string, tampilan: Tampilan): boolean {
  if (tampilan !== 'ketat') return false;
  return rowId === 'jpm' || rowId === 'ninebox' || rowId.startsWith('kompetensi.') || rowId.startsWith('skp.');
}

/** Rule rows whose reason text may quote a predikat or a score: under ketat only the outcome is shown. */
export function hanyaHasilAturan(rowId: string, tampilan: Tampilan): boolean {
  return tampilan === 'ketat' && (rowId === 'kelayakan' || rowId.startsWith('aturan.'));
}

/** The outcome a rule cell's value stands for (shared/compare/comparison.ts: 2, 1, 0, null). */
export function hasilDariNilai(value: number | null): 'memenuhi' | 'perlu_perhatian' | 'tidak_memenuhi' | 'tidak_berlaku' {
  if (value === 2) return 'memenuhi';
  if (value === 1) return 'perlu_perhatian';
  if (value === 0) return 'tidak_memenuhi';
  return 'tidak_berlaku';
}
