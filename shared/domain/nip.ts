import type { TingkatRedaksi } from '../format/redaction';
/**
 * NIP PNS: 18 digits = birth date yyyymmdd + TMT CPNS yyyymm + sex (1 male, 2 female) + serial (3).
 * Parsing returns a reason code rather than throwing so intake can report every bad row.
 */
export type NipProblem =
  | 'bukan_18_digit'
  | 'tanggal_lahir_tidak_valid'
  | 'tmt_cpns_tidak_valid'
  | 'tmt_sebelum_usia_18'
  | 'kode_jenis_kelamin_tidak_valid'
  | 'nomor_urut_tidak_valid';

export interface NipParts {
  tanggalLahir: string; // yyyy-mm-dd
  tmtCpns: string; // yyyy-mm
  jenisKelamin: 'L' | 'P';
  urut: string;
}

export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function parseNip(
  raw: string, todayIso: string,
): { ok: true; value: NipParts } | { ok: false; problem: NipProblem } {
  if (!/^\d{18}$/.test(raw)) return { ok: false, problem: 'bukan_18_digit' };
  const y = Number(raw.slice(0, 4));
  const m = Number(raw.slice(4, 6));
  const d = Number(raw.slice(6, 8));
  const currentYear = Number(todayIso.slice(0, 4));
  if (y < 1940 || y > currentYear - 17 || !isRealDate(y, m, d)) {
    return { ok: false, problem: 'tanggal_lahir_tidak_valid' };
  }
  const ty = Number(raw.slice(8, 12));
  const tm = Number(raw.slice(12, 14));
  const tmt = `${raw.slice(8, 12)}-${raw.slice(12, 14)}`;
  if (ty < 1960 || tm < 1 || tm > 12 || tmt > todayIso.slice(0, 7)) {
    return { ok: false, problem: 'tmt_cpns_tidak_valid' };
  }
  if (ty - y < 18) return { ok: false, problem: 'tmt_sebelum_usia_18' };
  const sex = raw[14];
  if (sex !== '1' && sex !== '2') return { ok: false, problem: 'kode_jenis_kelamin_tidak_valid' };
  // The serial counts from 001; 000 is also what Excel leaves of a NIP rounded to 15 digits.
  if (raw.slice(15) === '000') return { ok: false, problem: 'nomor_urut_tidak_valid' };
  return {
    ok: true,
    value: {
      tanggalLahir: `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`,
      tmtCpns: tmt,
      jenisKelamin: sex === '1' ? 'L' : 'P',
      urut: raw.slice(15),
    },
  };
}

/** "19850312 201001 1 004" */
export function formatNip(nip: string): string {
  if (nip.length !== 18) return nip;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

/**
 * Projector mode. standar keeps the first 4 digits (the birth year) and the last 3 (the serial);
 * ketat keeps the serial only. The masked form keeps the printed form's shape.
 */
export function maskNip(nip: string, tingkat: TingkatRedaksi = 'standar'): string {
  if (nip.length !== 18) return '•'.repeat(nip.length);
  const year = tingkat === 'ketat' ? '••••' : nip.slice(0, 4);
  return `${year}•••• •••••• • ${nip.slice(15)}`;
}
