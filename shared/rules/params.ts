import { GOLONGAN, golonganRank, type Golongan } from '../domain/golongan';
import { PENDIDIKAN, type Pendidikan } from '../domain/pegawai';
import { PREDIKAT_SKP, type PredikatSkp } from '../domain/skp';

/**
 * Every adjustable figure of the deliberation workspace, as data: eligibility thresholds, JPM
 * categories, 9-box cut-offs and ranking weights. A dataset stores only its overrides (see
 * electron/compare/config-store.ts); everything else falls back to the default written here and
 * cited in docs/rules.md.
 */
export type ParamKind = 'number' | 'golongan' | 'pendidikan' | 'predikat';
export type ParamValue = number | string;

export interface ParamDef {
  key: string;
  kind: ParamKind;
  default: ParamValue;
  min?: number;
  max?: number;
  /** Shown after the value: "tahun", "km", "%". */
  unit?: string;
  label: { id: string; en: string };
}

const JENJANG_LABEL = {
  jpt_pratama: { id: 'JPT Pratama', en: 'JPT Pratama' },
  administrator: { id: 'Administrator', en: 'Administrator' },
  pengawas: { id: 'Pengawas', en: 'Pengawas' },
} as const;
export type JenjangStruktural = keyof typeof JENJANG_LABEL;
export const JENJANG_STRUKTURAL = Object.keys(JENJANG_LABEL) as JenjangStruktural[];

/** Lowest pangkat per eselon: PP 100/2000 jo. PP 13/2002, lampiran (see docs/rules.md). */
const PANGKAT_MIN: Record<string, Golongan> = {
  'II.a': 'IV/c', 'II.b': 'IV/b', 'III.a': 'IV/a', 'III.b': 'III/d', 'IV.a': 'III/c', 'IV.b': 'III/b',
};

const num = (key: string, def: number, label: ParamDef['label'], unit?: string, min = 0, max = 100): ParamDef =>
  ({ key, kind: 'number', default: def, min, max, unit, label });

export const PARAM_DEFS: readonly ParamDef[] = [
  ...Object.entries(PANGKAT_MIN).map(([eselon, g]): ParamDef => ({
    key: `pangkat.min.${eselon}`, kind: 'golongan', default: g,
    label: { id: `Pangkat terendah eselon ${eselon}`, en: `Lowest grade for eselon ${eselon}` },
  })),
  num('pangkat.toleransi', 1, { id: 'Toleransi pangkat di bawah jenjang', en: 'Grade steps tolerated below the range' }, 'tingkat', 0, 3),
  ...JENJANG_STRUKTURAL.map((j): ParamDef => ({
    key: `pendidikan.min.${j}`, kind: 'pendidikan', default: j === 'pengawas' ? 'D-III' : 'S-1',
    label: { id: `Pendidikan terendah ${JENJANG_LABEL[j].id}`, en: `Minimum education, ${JENJANG_LABEL[j].en}` },
  })),
  ...JENJANG_STRUKTURAL.map((j) => num(
    `pengalaman.min.${j}`, { jpt_pratama: 2, administrator: 3, pengawas: 4 }[j],
    { id: `Pengalaman minimal di jenjang bawah (${JENJANG_LABEL[j].id})`, en: `Minimum years one level below (${JENJANG_LABEL[j].en})` },
    'tahun', 0, 20,
  )),
  { key: 'skp.min', kind: 'predikat', default: 'Baik', label: { id: 'Predikat SKP minimal', en: 'Minimum SKP rating' } },
  num('skp.tahun', 2, { id: 'Jumlah tahun SKP yang dinilai', en: 'SKP years checked' }, 'tahun', 1, 5),
  num('disiplin.tahun', 2, { id: 'Masa bebas hukuman disiplin sedang/berat', en: 'Years free of moderate/heavy sanctions' }, 'tahun', 0, 10),
  // No national age limit was found for administrator or pengawas posts: an opt-in local policy (1 = applied).
  ...(['administrator', 'pengawas'] as const).map((j) => num(
    `usia.aktif.${j}`, 0, { id: `Terapkan batas usia kebijakan instansi (${JENJANG_LABEL[j].id}; 1 = ya)`, en: `Apply a local age limit (${JENJANG_LABEL[j].en}; 1 = yes)` },
    '', 0, 1,
  )),
  ...JENJANG_STRUKTURAL.map((j) => num(
    `usia.max.${j}`, 56, { id: `Usia maksimal saat diangkat (${JENJANG_LABEL[j].id})`, en: `Maximum age at appointment (${JENJANG_LABEL[j].en})` },
    'tahun', 30, 65,
  )),
  num('bup.administrasi', 58, { id: 'BUP jabatan administrasi', en: 'Retirement age, administrative posts' }, 'tahun', 50, 70),
  num('bup.jpt', 60, { id: 'BUP JPT', en: 'Retirement age, JPT' }, 'tahun', 50, 70),
  num('masakerja.minSisa', 2, { id: 'Sisa masa kerja minimal sebelum BUP', en: 'Minimum years left before retirement' }, 'tahun', 0, 10),
  num('absen.berturut', 10, { id: 'Hari kerja mangkir berturut-turut', en: 'Consecutive unexcused working days' }, 'hari', 1, 60),
  num('absen.kumulatif', 28, { id: 'Hari kerja mangkir kumulatif setahun', en: 'Cumulative unexcused working days a year' }, 'hari', 1, 120),
  num('absen.tahun', 2, { id: 'Masa ketidakhadiran yang diperiksa', en: 'Years of attendance checked' }, 'tahun', 1, 10),
  num('jpm.optimal', 90, { id: 'JPM optimal mulai', en: 'JPM optimal from' }, '%'),
  num('jpm.cukup', 78, { id: 'JPM cukup optimal mulai', en: 'JPM fairly optimal from' }, '%'),
  num('ninebox.kinerja.tahun', 2, { id: 'Tahun SKP untuk sumbu kinerja', en: 'SKP years for the performance axis' }, 'tahun', 1, 5),
  num('ninebox.kinerja.atas', 4.5, { id: 'Skor SKP "di atas ekspektasi" mulai', en: 'SKP score "above expectation" from' }, '', 1, 5),
  num('ninebox.kinerja.sesuai', 3.5, { id: 'Skor SKP "sesuai ekspektasi" mulai', en: 'SKP score "meets expectation" from' }, '', 1, 5),
  num('ninebox.potensi.tinggi', 80, { id: 'Potensial tinggi mulai', en: 'High potential from' }),
  num('ninebox.potensi.menengah', 60, { id: 'Potensial menengah mulai', en: 'Medium potential from' }),
  // PermenPANRB 3/2020: boxes 7–9 form the talent pool; a local policy may widen it.
  num('talenta.kotakMin', 7, { id: 'Kelompok talenta: kotak 9-box mulai nomor', en: 'Talent pool: 9-box boxes from number' }, '', 1, 9),
  num('bobot.kompetensi', 35, { id: 'Bobot kesesuaian kompetensi', en: 'Weight: competency match' }),
  num('bobot.kinerja', 25, { id: 'Bobot kinerja (SKP)', en: 'Weight: performance (SKP)' }),
  num('bobot.target', 15, { id: 'Bobot rekam jejak target', en: 'Weight: target record' }),
  num('bobot.domisili', 10, { id: 'Bobot kedekatan domisili', en: 'Weight: closeness to home' }),
  num('bobot.senioritas', 15, { id: 'Bobot senioritas', en: 'Weight: seniority' }),
  num('jpt.masaMinimal', 2, { id: 'Masa jabatan JPT sebelum boleh diganti', en: 'Years a JPT holder serves before replacement' }, 'tahun', 0, 5),
  num('pilkada.bulanSetelahPelantikan', 6, { id: 'Masa setelah pelantikan kepala daerah yang perlu izin Mendagri', en: 'Months after inauguration needing the Minister\'s approval' }, 'bulan', 0, 24),
  num('pilkada.bulanSebelumPenetapan', 6, { id: 'Masa sebelum penetapan pasangan calon yang perlu izin Mendagri', en: 'Months before candidate designation needing the Minister\'s approval' }, 'bulan', 0, 24),
  num('domisili.maxKm', 15, { id: 'Jarak yang dinilai nol', en: 'Distance scored as zero' }, 'km', 1, 200),
];

export const PARAM_BY_KEY: ReadonlyMap<string, ParamDef> = new Map(PARAM_DEFS.map((p) => [p.key, p]));

/** Why a value is refused, or null when it fits its definition. */
export function paramProblem(def: ParamDef, value: ParamValue): string | null {
  switch (def.kind) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'bukan angka';
      if (def.min !== undefined && value < def.min) return `kurang dari ${def.min}`;
      if (def.max !== undefined && value > def.max) return `lebih dari ${def.max}`;
      return null;
    case 'golongan':
      return (GOLONGAN as readonly string[]).includes(value as string) ? null : 'golongan tidak dikenal';
    case 'pendidikan':
      return (PENDIDIKAN as readonly string[]).includes(value as string) ? null : 'jenjang pendidikan tidak dikenal';
    case 'predikat':
      return (PREDIKAT_SKP as readonly string[]).includes(value as string) ? null : 'predikat tidak dikenal';
  }
}

/** Defaults with the dataset's overrides on top; unknown or invalid overrides are ignored. */
export class RuleConfig {
  readonly values: Readonly<Record<string, ParamValue>>;

  constructor(readonly overrides: Readonly<Record<string, ParamValue>> = {}) {
    const v: Record<string, ParamValue> = {};
    for (const d of PARAM_DEFS) {
      const o = overrides[d.key];
      v[d.key] = o !== undefined && paramProblem(d, o) === null ? o : d.default;
    }
    this.values = v;
  }

  num(key: string): number {
    const v = this.values[key];
    if (typeof v !== 'number') throw new Error(`parameter ${key} bukan angka`);
    return v;
  }

  golongan(key: string): Golongan {
    return this.values[key] as Golongan;
  }

  pendidikan(key: string): Pendidikan {
    return this.values[key] as Pendidikan;
  }

  predikat(key: string): PredikatSkp {
    return this.values[key] as PredikatSkp;
  }

  with(patch: Record<string, ParamValue>): RuleConfig {
    return new RuleConfig({ ...this.overrides, ...patch });
  }
}

export const DEFAULT_CONFIG = new RuleConfig();

export function golonganBelow(g: Golongan, steps: number): Golongan {
  return GOLONGAN[Math.max(0, golonganRank(g) - steps)]!;
}
