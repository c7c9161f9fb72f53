import type { LevelJabatan } from '../domain/eselon';
import { jenjangOf } from '../domain/eselon';
import { addYears, daysBetween, yearsBetween } from '../format/tanggal';
import type { RuleConfig } from '../rules/params';

/** BUP of the post being filled: 60 for JPT, 58 for administrative posts (defaults; see docs/rules.md). */
function bupFor(level: LevelJabatan, cfg: RuleConfig): number {
  return jenjangOf(level) === 'jpt_pratama' ? cfg.num('bup.jpt') : cfg.num('bup.administrasi');
}

export interface RetirementInfo {
  usia: number;
  bup: number;
  /** The day the person reaches BUP age. */
  tanggalBup: string;
  /** Years left until BUP, one decimal; negative when already past. */
  sisaTahun: number;
}

export function retirementInfo(tanggalLahir: string, level: LevelJabatan, cfg: RuleConfig, todayIso: string): RetirementInfo {
  const bup = bupFor(level, cfg);
  const tanggalBup = addYears(tanggalLahir, bup);
  return {
    usia: yearsBetween(tanggalLahir, todayIso), bup, tanggalBup,
    sisaTahun: Math.floor((daysBetween(todayIso, tanggalBup) / 365.25) * 10) / 10,
  };
}
