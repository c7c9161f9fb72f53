import { jenjangOf, levelRank, type Jenjang, type LevelJabatan } from '../domain/eselon';
import type { ProfilKompetensi } from '../domain/kompetensi';
import type { Skp } from '../domain/skp';
import { dalamKelompokTalenta, placeNineBox } from '../compare/nine-box';
import type { RuleConfig } from '../rules/params';
import type { Rumpun } from './rumpun';
import type { AnggotaTalenta, PoolFilter, PoolReport } from './schemas';

/** One ASN as the talent screens need them: current post, unit, rumpun, and what the 9-box is placed from. */
export interface TalentPerson {
  nip: string;
  nama: string;
  namaJabatan: string;
  jabatanId: string | null;
  /** Level of the current post (null: no post on record, counted as non-structural). */
  level: LevelJabatan | null;
  unitNama: string;
  rumpun: Rumpun;
  potensi: number | null;
  skp: readonly Skp[];
  kompetensi: ProfilKompetensi;
}

export interface PlacedPerson extends TalentPerson {
  jenjang: Jenjang;
  /** 9-box number, or null when not placed (no potential score or no recent SKP). */
  box: number | null;
}

/** Places everyone on the 9-box the comparison uses (same thresholds, same SKP years). */
export function placeAll(people: readonly TalentPerson[], cfg: RuleConfig, todayIso: string): PlacedPerson[] {
  return people.map((p) => ({
    ...p, jenjang: p.level ? jenjangOf(p.level) : 'non_struktural', box: placeNineBox(p.skp, p.potensi, cfg, todayIso)?.box ?? null,
  }));
}

const matches = (p: PlacedPerson, f: PoolFilter) => (f.jenjang === null || p.jenjang === f.jenjang) && (f.rumpun === null || p.rumpun === f.rumpun);

/** Box descending, then higher post, then name: the order the pool is listed in. */
export function byBoxThenRank(a: PlacedPerson, b: PlacedPerson): number {
  return (b.box ?? 0) - (a.box ?? 0) || levelRank(b.level ?? 'pelaksana') - levelRank(a.level ?? 'pelaksana') || a.nama.localeCompare(b.nama, 'id');
}

/** The talent pool for one jenjang and rumpun (either may be "all"): counts per box, and the members in the counted boxes. */
export function buildPool(placed: readonly PlacedPerson[], filter: PoolFilter, cfg: RuleConfig, rumpunDiturunkan = 0): PoolReport {
  const inFilter = placed.filter((p) => matches(p, filter));
  const perKotak = Array.from({ length: 9 }, () => 0);
  for (const p of inFilter) if (p.box !== null) perKotak[p.box - 1]! += 1;
  const anggota: AnggotaTalenta[] = inFilter
    .filter((p) => p.box !== null && dalamKelompokTalenta(p.box, cfg))
    .sort(byBoxThenRank)
    .map((p) => ({ nip: p.nip, nama: p.nama, jabatan: p.namaJabatan, unitNama: p.unitNama, jenjang: p.jenjang, rumpun: p.rumpun, box: p.box! }));
  return {
    kotakMin: cfg.num('talenta.kotakMin'), perKotak, anggota, rumpunDiturunkan,
    tanpaPenempatan: inFilter.filter((p) => p.box === null).length,
  };
}
