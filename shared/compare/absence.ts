import type { Ketidakhadiran } from '../domain/pegawai';
import { addDays, addYears } from '../format/tanggal';

interface AbsenceRun {
  mulai: string;
  selesai: string;
  hariKerja: number;
}

export interface AbsenceFindings {
  /** Unexcused stretches in the window, adjacent ones (only a weekend between) merged. */
  runs: AbsenceRun[];
  maxBerturut: number;
  /** Unexcused working days per calendar year, in the window. */
  perTahun: Record<number, number>;
  maxKumulatif: number;
  totalTanpaAlasan: number;
  melanggarBerturut: boolean;
  melanggarKumulatif: boolean;
}

function isWeekend(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return d === 0 || d === 6;
}

/** True when every day strictly between the two dates is a Saturday or Sunday (so the run did not break). */
function onlyWeekendBetween(endIso: string, startIso: string): boolean {
  for (let d = addDays(endIso, 1); d < startIso; d = addDays(d, 1)) if (!isWeekend(d)) return false;
  return true;
}

/**
 * PP 94/2021 Pasal 11 ayat (2) huruf d: 10 working days absent in a row without valid reason, or 28
 * cumulative in a year, is a heavy-sanction case. Stretches are recorded separately in practice
 * (one letter per week), so a Friday-to-Monday gap must not reset the count.
 */
export function findAbsences(
  list: readonly Ketidakhadiran[], todayIso: string, opts: { berturut: number; kumulatif: number; tahun: number },
): AbsenceFindings {
  const from = addYears(todayIso, -opts.tahun);
  const unexcused = list.filter((k) => !k.alasanSah && k.selesai >= from).sort((a, b) => a.mulai.localeCompare(b.mulai));
  const runs: AbsenceRun[] = [];
  for (const k of unexcused) {
    const last = runs.at(-1);
    if (last && (k.mulai <= last.selesai || onlyWeekendBetween(last.selesai, k.mulai))) {
      last.selesai = k.selesai > last.selesai ? k.selesai : last.selesai;
      last.hariKerja += k.hariKerja;
    } else runs.push({ mulai: k.mulai, selesai: k.selesai, hariKerja: k.hariKerja });
  }
  const perTahun: Record<number, number> = {};
  for (const k of unexcused) {
    const y = Number(k.mulai.slice(0, 4));
    perTahun[y] = (perTahun[y] ?? 0) + k.hariKerja;
  }
  const maxBerturut = Math.max(0, ...runs.map((r) => r.hariKerja));
  const maxKumulatif = Math.max(0, ...Object.values(perTahun));
  return {
    runs, maxBerturut, perTahun, maxKumulatif,
    totalTanpaAlasan: unexcused.reduce((s, k) => s + k.hariKerja, 0),
    melanggarBerturut: maxBerturut >= opts.berturut,
    melanggarKumulatif: maxKumulatif >= opts.kumulatif,
  };
}
