import type { TFunction } from 'i18next';
import type { Cell, Cohort, Dimension } from '../../../../shared/report/schemas';

const TRANSLATED: Partial<Record<Dimension, string>> = { gender: 'gender', age: 'age', eselon: 'eselon', wilayah: 'wilayah', alasan: 'alasan' };

/** A cohort's name in the UI language; unit and place names are the dataset's own. */
export function cohortLabel(t: TFunction, dim: Dimension, c: Pick<Cohort, 'key' | 'label' | 'terpencil'>): string {
  const ns = TRANSLATED[dim];
  const name = ns ? t(`${ns}.${c.key}`, { defaultValue: c.label }) : c.label;
  return c.terpencil ? `${name} · ${t('remote.mark')}` : name;
}

export function formatNumber(lang: string, x: number, digits = 0): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: digits }).format(x);
}

export const cellText = (lang: string, c: Cell): string => (typeof c === 'number' ? formatNumber(lang, c) : c);
export const rateText = (lang: string, r: number | null): string => (r === null ? '—' : `${formatNumber(lang, r * 100, 1)}%`);
export const pointsText = (lang: string, p: number | null): string =>
  p === null ? '—' : `${p > 0 ? '+' : ''}${formatNumber(lang, p, 1)}`;
