import { z } from 'zod';
import { isoDateSchema } from '../domain/common';
import { addYears } from '../format/tanggal';
import { jenjangOf, levelJabatanSchema, type Jenjang } from '../domain/eselon';

/** One post held, from the career history (riwayat jabatan) a SIASN/SIMPEG export carries. */
export const riwayatJabatanSchema = z.object({
  namaJabatan: z.string().min(1).max(200),
  level: levelJabatanSchema,
  unit: z.string().max(200),
  tmtMulai: isoDateSchema,
  /** null: still held. */
  tmtSelesai: isoDateSchema.nullable(),
});
export type RiwayatJabatan = z.infer<typeof riwayatJabatanSchema>;

const ORDER: Record<Jenjang, number> = { non_struktural: 0, pengawas: 1, administrator: 2, jpt_pratama: 3 };
const DAY = 86_400_000;
const dayOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;

export interface ExperienceAtLevel {
  /** Whole days at the level or above (overlapping posts counted once). */
  days: number;
  /** The same in years, one decimal, for the reason text. */
  years: number;
  /** The posts that counted. */
  posts: RiwayatJabatan[];
}

/**
 * Time served at a jenjang or above, from the career history: "at least 3 years as pengawas"
 * counts every pengawas-level post (a Kasubbag, then a Kasi), not only the current one. Overlaps
 * (an acting post beside a definitive one) are merged so no day counts twice; a post still held
 * runs to today; periods in the future are cut at today.
 */
export function experienceAtLevel(riwayat: readonly RiwayatJabatan[], atLeast: Jenjang, today: string): ExperienceAtLevel {
  const end = dayOf(today);
  const posts = riwayat.filter((r) => ORDER[jenjangOf(r.level)] >= ORDER[atLeast]);
  const spans = posts
    .map((r) => [dayOf(r.tmtMulai), Math.min(end, r.tmtSelesai ? dayOf(r.tmtSelesai) : end)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let days = 0;
  let curA = -Infinity;
  let curB = -Infinity;
  for (const [a, b] of spans) {
    if (a > curB) {
      if (curB > curA) days += curB - curA;
      curA = a;
      curB = b;
    } else curB = Math.max(curB, b);
  }
  if (curB > curA) days += curB - curA;
  return { days, years: Math.floor((days / 365.25) * 10) / 10, posts };
}

/** Has the history at least `minYears` at the jenjang below the target (or above)? */
function meetsExperience(riwayat: readonly RiwayatJabatan[], below: Jenjang, minYears: number, today: string): { ok: boolean; exp: ExperienceAtLevel } {
  const exp = experienceAtLevel(riwayat, below, today);
  // Calendar years, as the single-post rule counts them: exactly 3 years back from today meets.
  return { ok: exp.days >= dayOf(today) - dayOf(addYears(today, -minYears)), exp };
}

const BELOW: Record<Jenjang, Jenjang> = { jpt_pratama: 'administrator', administrator: 'pengawas', pengawas: 'non_struktural', non_struktural: 'non_struktural' };
const LABEL: Record<Jenjang, string> = { jpt_pratama: 'JPT Pratama', administrator: 'administrator', pengawas: 'pengawas', non_struktural: 'pelaksana' };

/**
 * The experience rule's verdict when the dataset holds the career history: decided from it, so
 * the committee is no longer asked to look up earlier posts by hand.
 */
export function experienceVerdict(riwayat: readonly RiwayatJabatan[], target: Jenjang, minYears: number, today: string) {
  const below = BELOW[target];
  const { ok, exp } = meetsExperience(riwayat, below, minYears, today);
  const data = `Riwayat jabatan: ${exp.posts.length} jabatan jenjang ${LABEL[below]} ke atas, ${exp.years} tahun; minimal ${minYears} tahun`;
  return ok
    ? { status: 'memenuhi' as const, alasan: { id: `Menurut riwayat jabatan sudah ${exp.years} tahun di jenjang ${LABEL[below]} (minimal ${minYears}).`, en: `Career history: ${exp.years} years at ${LABEL[below]} level (minimum ${minYears}).` }, data }
    : { status: 'tidak_memenuhi' as const, alasan: { id: `Menurut riwayat jabatan baru ${exp.years} tahun di jenjang ${LABEL[below]}; minimal ${minYears} tahun.`, en: `Career history: only ${exp.years} years at ${LABEL[below]} level; ${minYears} required.` }, data };
}
