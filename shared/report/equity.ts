import { ESELON } from '../domain/eselon';
import { KATEGORI_ALASAN } from '../domain/permohonan';
import { daysBetween, yearsBetween } from '../format/tanggal';
import type { StatusTarget } from '../session/targets';
import {
  DIMENSIONS, MIN_CELL_COUNT, SUPPRESSED, type Cell, type Cohort, type Dimension, type EquityFilter, type EquityReport, type Figures,
} from './schemas';

/** One request as the dashboard counts it; read from the dataset by electron/report. */
export interface RequestFact {
  id: string;
  tanggal: string;
  jenisKelamin: string;
  tanggalLahir: string;
  /** Eselon of the applicant's current post; null for staff and functional posts. */
  level: string | null;
  unitId: string;
  unitNama: string;
  kecamatan: string;
  kelurahan: string;
  /** The applicant's home kelurahan is one the dataset names as remote. */
  terpencil?: boolean;
  kategoriAlasan: string;
  /** The current decision on the request (pledge-review outcomes are not request decisions); null when none. */
  hasil: 'direkomendasikan' | 'tidak_direkomendasikan' | 'ditunda' | null;
  /** WIB date of the first recommend / not-recommend decision; null when there is none. */
  tanggalKeputusanPertama: string | null;
}

/** A pledged target of a recommended request, with its status as the tracking screen computes it. */
export interface PledgeFact {
  permohonanId: string;
  status: StatusTarget;
}

export const AGE_BANDS = ['<30', '30-39', '40-49', '50+'] as const;

/** Age band at the request date, so a figure does not drift as the clock moves. */
export function ageBand(tanggalLahir: string, tanggal: string): (typeof AGE_BANDS)[number] {
  const age = yearsBetween(tanggalLahir, tanggal);
  return age < 30 ? '<30' : age < 40 ? '30-39' : age < 50 ? '40-49' : '50+';
}

export const NON_ESELON = 'nonstruktural';

interface Grouping {
  key(r: RequestFact): string;
  label(r: RequestFact): string;
  /** Fixed display order; absent means by label. */
  order?: readonly string[];
}

const GROUPINGS: Record<Dimension, Grouping> = {
  gender: { key: (r) => r.jenisKelamin, label: (r) => r.jenisKelamin, order: ['L', 'P'] },
  age: { key: (r) => ageBand(r.tanggalLahir, r.tanggal), label: (r) => ageBand(r.tanggalLahir, r.tanggal), order: AGE_BANDS },
  eselon: { key: (r) => r.level ?? NON_ESELON, label: (r) => r.level ?? NON_ESELON, order: [...ESELON, NON_ESELON] },
  unit: { key: (r) => r.unitId, label: (r) => r.unitNama },
  kecamatan: { key: (r) => r.kecamatan, label: (r) => r.kecamatan },
  kelurahan: { key: (r) => `${r.kecamatan}/${r.kelurahan}`, label: (r) => `${r.kelurahan} (${r.kecamatan})` },
  wilayah: { key: (r) => (r.terpencil ? 'terpencil' : 'lainnya'), label: (r) => (r.terpencil ? 'terpencil' : 'lainnya'), order: ['terpencil', 'lainnya'] },
  alasan: { key: (r) => r.kategoriAlasan, label: (r) => r.kategoriAlasan, order: KATEGORI_ALASAN },
};

/** A count as published: 1–4 become "< 5"; zero stays zero (it points at nobody). */
export function suppress(n: number): Cell {
  return n > 0 && n < MIN_CELL_COUNT ? SUPPRESSED : n;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

/** The unsuppressed rate, or null when it rests on too few decisions to publish. */
function rateOf(rows: readonly RequestFact[]): number | null {
  const decided = rows.filter(isDecided);
  if (decided.length < MIN_CELL_COUNT) return null;
  return decided.filter((r) => r.hasil === 'direkomendasikan').length / decided.length;
}

function isDecided(r: RequestFact): boolean {
  return r.hasil === 'direkomendasikan' || r.hasil === 'tidak_direkomendasikan';
}

function figures(rows: readonly RequestFact[], pledges: ReadonlyMap<string, StatusTarget[]>, overall: number | null): Figures {
  const decided = rows.filter(isDecided);
  const rasio = rateOf(rows);
  const days = decided.filter((r) => r.tanggalKeputusanPertama).map((r) => daysBetween(r.tanggal, r.tanggalKeputusanPertama!));
  const statuses = rows.flatMap((r) => pledges.get(r.id) ?? []);
  const count = (...s: StatusTarget[]): Cell => suppress(statuses.filter((x) => s.includes(x)).length);
  return {
    permohonan: suppress(rows.length),
    diputuskan: suppress(decided.length),
    direkomendasikan: suppress(decided.filter((r) => r.hasil === 'direkomendasikan').length),
    rasio: rasio === null ? null : round(rasio, 4),
    selisihPoin: rasio === null || overall === null ? null : round((rasio - overall) * 100, 1),
    medianHari: days.length < MIN_CELL_COUNT ? null : median(days),
    target: {
      tercapai: count('tercapai'), tidakTercapai: count('tidak_tercapai'), terlambat: count('terlambat'),
      berjalan: count('berjalan', 'segera'),
    },
  };
}

function cohorts(dim: Dimension, rows: readonly RequestFact[], pledges: ReadonlyMap<string, StatusTarget[]>, overall: number | null): Cohort[] {
  const g = GROUPINGS[dim];
  const groups = new Map<string, { label: string; rows: RequestFact[] }>();
  for (const r of rows) {
    const k = g.key(r);
    const entry = groups.get(k) ?? groups.set(k, { label: g.label(r), rows: [] }).get(k)!;
    entry.rows.push(r);
  }
  const rank = (k: string): number => (g.order ? (g.order.indexOf(k) + 1 || g.order.length + 1) : 0);
  return [...groups.entries()]
    .sort(([a, x], [b, y]) => rank(a) - rank(b) || x.label.localeCompare(y.label, 'id'))
    .map(([key, v]) => ({
      key, label: v.label, ...(dim === 'kelurahan' ? { terpencil: v.rows[0]!.terpencil === true } : {}), ...figures(v.rows, pledges, overall),
    }));
}

/** The whole dashboard from the facts: one pure function, shared by the screen's channel and the CLI. */
export function buildEquityReport(
  filter: EquityFilter, tanggal: string, requests: readonly RequestFact[], pledges: readonly PledgeFact[],
  kelurahanTerpencil: EquityReport['kelurahanTerpencil'] = [],
): EquityReport {
  const byRequest = new Map<string, StatusTarget[]>();
  for (const p of pledges) (byRequest.get(p.permohonanId) ?? byRequest.set(p.permohonanId, []).get(p.permohonanId)!).push(p.status);
  const overall = rateOf(requests);
  return {
    filter, tanggal, minCellCount: MIN_CELL_COUNT, kelurahanTerpencil,
    keseluruhan: figures(requests, byRequest, overall),
    dimensi: DIMENSIONS.map((d) => ({ dimensi: d, kelompok: cohorts(d, requests, byRequest, overall) })),
  };
}
