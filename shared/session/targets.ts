import { z } from 'zod';
import type { Target } from '../domain/permohonan';
import { daysBetween } from '../format/tanggal';

/**
 * Where a committed target stands today:
 * - tercapai / tidak_tercapai once a realization is entered (met = reached by the deadline);
 * - terlambat when the deadline passed with nothing reported;
 * - segera when the deadline is within the warning window; berjalan otherwise.
 */
export const STATUS_TARGET = ['berjalan', 'segera', 'terlambat', 'tercapai', 'tidak_tercapai'] as const;
export const statusTargetSchema = z.enum(STATUS_TARGET);
export type StatusTarget = (typeof STATUS_TARGET)[number];

const HARI_PERINGATAN_DEFAULT = 30;

type TargetFacts = Pick<Target, 'nilaiTarget' | 'realisasi' | 'tanggalRealisasi' | 'tenggat'>;

export function statusTarget(t: TargetFacts, today: string, hariPeringatan = HARI_PERINGATAN_DEFAULT): StatusTarget {
  if (t.realisasi !== null) {
    const onTime = t.tanggalRealisasi === null || t.tanggalRealisasi <= t.tenggat;
    return onTime && t.realisasi >= t.nilaiTarget ? 'tercapai' : 'tidak_tercapai';
  }
  const sisa = daysBetween(today, t.tenggat);
  if (sisa < 0) return 'terlambat';
  if (sisa <= hariPeringatan) return 'segera';
  return 'berjalan';
}

/**
 * A target under a signed pledge that was missed, or is past its deadline with nothing reported,
 * puts the pledge to step down before the committee's next session.
 */
export function paktaPerluDibahas(t: TargetFacts & Pick<Target, 'denganPakta'>, today: string): boolean {
  if (!t.denganPakta) return false;
  const s = statusTarget(t, today);
  return s === 'tidak_tercapai' || s === 'terlambat';
}

/** Days left until the deadline (negative when overdue). */
export function sisaHari(t: Pick<Target, 'tenggat'>, today: string): number {
  return daysBetween(today, t.tenggat);
}

/** The calendar date in Kota Bengkulu (WIB, UTC+7) at an ISO instant: "today" for deadlines. */
export function tanggalWib(isoInstant: string): string {
  return new Date(Date.parse(isoInstant) + 7 * 3_600_000).toISOString().slice(0, 10);
}
