import type { LevelJabatan } from '../../shared/domain/eselon';
import { GOLONGAN } from '../../shared/domain/golongan';
import type { Pendidikan, ProfilPegawai } from '../../shared/domain/pegawai';
import {
  addMonths, dayOf, fromDay, periodeKenaikanPangkat, randomDay, toDay, yearOf, type Day,
} from './calendar';
import { near, pickHomeKelurahan, type Kelurahan } from './geography';
import { drawAlamat, drawNama, drawTelepon } from './names';
import { PANGKAT_ESELON, type OrgStructure, type PostInfo, type UnitInfo } from './posts';
import {
  drawDiklat, drawDisiplin, drawKetidakhadiran, drawKompetensi, drawPotensi, drawSkp,
} from './records';
import type { Rng } from './rng';
import {
  FUNGSIONAL_UNIT, PENDIDIKAN_STAF, drawPendidikan, jenjangFungsional, pelaksanaTitle, shareFungsional, withIr,
} from './rumpun';

/** One generated ASN with what the later steps need to know about them. */
export interface Person {
  profil: ProfilPegawai;
  /** Eselon of the post held, or 'fungsional' / 'pelaksana'. */
  level: LevelJabatan;
  post: PostInfo | null;
  unit: UnitInfo;
  /** Latent quality (≈ N(0,1)) behind SKP, competency and potential, so the 9-box is coherent. */
  kualitas: number;
  rumah: Kelurahan;
}

const VACANCY_RATE = 0.08;
const rankOf = (g: string): number => GOLONGAN.indexOf(g as (typeof GOLONGAN)[number]);
const ENTRY_RANK: Record<Pendidikan, number> = { SMA: 4, 'D-III': 6, 'D-IV': 8, 'S-1': 8, 'S-2': 9, 'S-3': 10 };
const ENTRY_AGE: Record<Pendidikan, readonly [number, number]> = {
  SMA: [19, 25], 'D-III': [21, 27], 'D-IV': [22, 28], 'S-1': [22, 30], 'S-2': [25, 33], 'S-3': [28, 35],
};
/** Many S-2/S-3 holders joined with an S-1 and studied on. */
function entryPendidikan(rng: Rng, p: Pendidikan): Pendidikan {
  if ((p === 'S-2' || p === 'S-3') && rng.chance(0.75)) return 'S-1';
  if (p === 'S-3') return 'S-2';
  return p;
}

class NipRegistry {
  private readonly next = new Map<string, number>();
  issue(rng: Rng, birth: Day, tmtCpns: Day, jk: 'L' | 'P'): string {
    const prefix = `${fromDay(birth).replaceAll('-', '')}${fromDay(tmtCpns).slice(0, 7).replace('-', '')}${jk === 'L' ? 1 : 2}`;
    const serial = this.next.get(prefix) ?? rng.int(1, 4);
    this.next.set(prefix, serial + 1);
    return `${prefix}${String(serial).padStart(3, '0')}`;
  }
}

interface Career {
  golRank: number;
  tmtCpns: Day;
  birth: Day;
  tmtGolongan: Day;
}

/** TMT CPNS falls on the first of a month, most often January, March or December. */
function tmtCpnsFrom(rng: Rng, today: Day, serviceYears: number): Day {
  const approx = addMonths(today, -Math.max(2, Math.round(serviceYears * 12)));
  const y = yearOf(approx);
  const m = rng.weighted([[1, 4], [3, 4], [12, 3], [4, 2], [2, 1], [6, 1], [10, 1]] as const);
  const d = dayOf(y, m, 1);
  return d <= addMonths(today, -2) ? d : dayOf(y - 1, m, 1);
}

function career(rng: Rng, today: Day, golRank: number, entryRank: number, serviceYears: number, entryAgeYears: number): Career {
  const tmtCpns = tmtCpnsFrom(rng, today, serviceYears);
  const birth = tmtCpns - Math.round(entryAgeYears * 365.25) - rng.int(0, 200);
  const steps = Math.max(0, golRank - entryRank);
  let tmtGolongan = tmtCpns;
  if (steps > 0) {
    const lo = Math.max(addMonths(tmtCpns, steps * 24), addMonths(today, -54));
    const p = periodeKenaikanPangkat(randomDay(rng, Math.min(lo, today), today));
    tmtGolongan = p > tmtCpns ? p : tmtCpns;
  }
  return { golRank, tmtCpns, birth, tmtGolongan };
}

function holderPendidikan(rng: Rng, level: LevelJabatan): Pendidikan {
  if (level.startsWith('II')) return rng.weighted([['S-2', 75], ['S-3', 10], ['S-1', 15]] as const);
  if (level.startsWith('III')) return rng.weighted([['S-2', 52], ['S-1', 44], ['D-IV', 4]] as const);
  if (level === 'IV.a') return rng.weighted([['S-1', 70], ['S-2', 16], ['D-IV', 6], ['D-III', 8]] as const);
  return rng.weighted([['S-1', 66], ['D-III', 24], ['S-2', 5], ['D-IV', 5]] as const);
}

interface Ctx {
  rng: Rng;
  today: Day;
  nips: NipRegistry;
}

function homeFor(rng: Rng, unit: UnitInfo, post: PostInfo | null): Kelurahan {
  if (post?.kelurahan) return pickHomeKelurahan(rng, unit.wilayah, 0.45);
  return pickHomeKelurahan(rng, unit.wilayah ?? unit.kecamatan, unit.wilayah ? 0.4 : 0.22);
}

function assemble(
  ctx: Ctx, unit: UnitInfo, post: PostInfo | null, jk: 'L' | 'P', pend: ReturnType<typeof drawPendidikan>,
  c: Career, namaJabatan: string, level: LevelJabatan, kualitas: number, tmtJabatan: Day,
): Person {
  const { rng, today } = ctx;
  const rumah = homeFor(rng, unit, post);
  const holder = post !== null;
  const profil: ProfilPegawai = {
    nip: ctx.nips.issue(rng, c.birth, c.tmtCpns, jk),
    nama: drawNama(rng, jk), gelarDepan: pend.gelarDepan, gelarBelakang: pend.gelarBelakang, jenisKelamin: jk,
    tanggalLahir: fromDay(c.birth), golongan: GOLONGAN[c.golRank]!, tmtGolongan: fromDay(c.tmtGolongan),
    jabatanId: post ? post.jabatan.id : null, namaJabatan, tmtJabatan: fromDay(tmtJabatan), unitId: unit.unit.id,
    pendidikan: pend.pendidikan, jurusan: pend.jurusan, alamat: drawAlamat(rng), kelurahan: rumah.nama,
    kecamatan: rumah.kecamatan, domisili: near(rng, rumah.lokasi, 450), telepon: drawTelepon(rng),
    potensi: drawPotensi(rng, kualitas, holder),
    diklat: drawDiklat(rng, level, c.tmtCpns, tmtJabatan, today),
    kompetensi: drawKompetensi(rng, post ? post.jabatan.standarKompetensi : null, pend.pendidikan, kualitas),
    skp: drawSkp(rng, kualitas, c.tmtCpns, today),
    disiplin: drawDisiplin(rng, kualitas, holder, c.tmtCpns, today),
    ketidakhadiran: drawKetidakhadiran(rng, kualitas, c.tmtCpns, today),
  };
  return { profil, level, post, unit, kualitas, rumah };
}

function makeHolder(ctx: Ctx, post: PostInfo): Person {
  const { rng, today } = ctx;
  const level = post.jabatan.level as Exclude<LevelJabatan, 'fungsional' | 'pelaksana'>;
  const jk = rng.chance(level.startsWith('II') ? 0.78 : 0.62) ? 'L' : 'P';
  const pendidikan = holderPendidikan(rng, level);
  const entry = entryPendidikan(rng, pendidikan);
  const [lo, hi] = PANGKAT_ESELON[level].map(rankOf) as [number, number];
  const roll = rng.next();
  // Mostly within the eselon's pangkat range; some one below (acting) or above. The Sekda always within.
  const golRank = level === 'II.a' || (roll >= 0.12 && roll < 0.92) ? rng.int(lo, hi) : roll < 0.12 ? lo - 1 : Math.min(16, hi + 1);
  const entryRank = ENTRY_RANK[entry];
  const steps = Math.max(0, golRank - entryRank);
  const entryAge = rng.float(...ENTRY_AGE[entry]);
  const maxAge = level.startsWith('II') ? 59.3 : 57.3;
  let service = steps * rng.float(3.1, 4.1) + rng.float(0.5, 7);
  if (entryAge + service > maxAge) service = Math.max(steps * 2.1 + 0.5, maxAge - entryAge - rng.float(0, 2));
  const ageAdj = Math.min(entryAge, Math.max(19, maxAge - service)); // very fast careers start young
  const c = career(rng, today, golRank, entryRank, service, ageAdj);
  const pend = withIr(rng, drawPendidikan(rng, pendidikan, post.unit.rumpun), yearOf(c.birth));
  const earliest = Math.max(addMonths(c.tmtCpns, 24), addMonths(today, level.startsWith('II') ? -60 : -96));
  const tmtJabatan = randomDay(rng, Math.min(earliest, today - 40), today - 40);
  const kualitas = rng.normal(0.3, 0.9);
  return assemble(ctx, post.unit, post, jk, pend, c, post.jabatan.nama, level, kualitas, tmtJabatan);
}

function makeStaff(ctx: Ctx, unit: UnitInfo): Person {
  const { rng, today } = ctx;
  const field = unit.rumpun === 'pendidikan' && unit.unit.singkatan === 'Dikbud' ? 'pendidikan'
    : unit.rumpun === 'kesehatan' ? 'kesehatan' : 'lain';
  const jk = rng.chance(field === 'lain' ? 0.55 : 0.3) ? 'L' : 'P';
  const pendidikan = rng.weighted(PENDIDIKAN_STAF[field]);
  const entry = entryPendidikan(rng, pendidikan);
  const entryAge = rng.float(...ENTRY_AGE[entry]);
  const maxService = Math.max(0.3, 57.3 - entryAge);
  const service = rng.chance(0.28) ? rng.float(0.3, Math.min(6, maxService)) : rng.float(0.3, maxService);
  const entryRank = ENTRY_RANK[entry];

  // Track: functional (own field or unit-specific) or pelaksana.
  const drawn = drawPendidikan(rng, pendidikan, unit.rumpun);
  let title: string | null = null;
  let terampil = false;
  if (rng.chance(shareFungsional(unit.rumpun, unit.unit.singkatan))) {
    const own = FUNGSIONAL_UNIT[unit.unit.singkatan];
    const ahliOk = pendidikan !== 'SMA' && pendidikan !== 'D-III';
    if (own && rng.chance(0.6)) {
      const [t, ter] = rng.pick(own);
      if (ter || ahliOk) [title, terampil] = [t, ter && !ahliOk];
    }
    if (!title && drawn.dasar?.fungsional) {
      [title, terampil] = [drawn.dasar.fungsional, !!drawn.dasar.terampil];
    }
  }
  // Highest golongan reachable on the track (IV/c only for a few senior experts).
  const cap = title ? (terampil ? 11 : rng.chance(0.12) ? 14 : 13) : pendidikan === 'SMA' ? 9 : 11;
  const golRank = Math.min(cap, entryRank + Math.floor(service / rng.float(3.7, 4.9)));
  const c = career(rng, today, golRank, entryRank, service, entryAge);
  const pend = withIr(rng, drawn, yearOf(c.birth));
  const namaJabatan = title ? jenjangFungsional(title, terampil, golRank) : pelaksanaTitle(rng, pendidikan);
  const tmtJabatan = randomDay(rng, Math.max(c.tmtCpns, addMonths(today, -144)), today - 1);
  const kualitas = rng.normal(0, 1);
  return assemble(ctx, unit, null, jk, pend, c, namaJabatan, title ? 'fungsional' : 'pelaksana', kualitas, tmtJabatan);
}

/** Splits `total` over weights by largest remainder (deterministic). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const out = raw.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    out[i]!++;
  }
  return out;
}

/**
 * Fills about 92% of the posts (the Sekretaris Daerah always) and adds staff per unit by weight.
 * Holder and post point at each other.
 */
export function generatePeople(rng: Rng, org: OrgStructure, count: number, todayIso: string): Person[] {
  const ctx: Ctx = { rng, today: toDay(todayIso), nips: new NipRegistry() };
  const filled = org.posts.filter((p) => p.jabatan.level === 'II.a' || !rng.chance(VACANCY_RATE)).slice(0, count);
  const people: Person[] = [];
  for (const post of filled) {
    const person = makeHolder(ctx, post);
    post.jabatan.status = 'terisi';
    post.jabatan.pemegangNip = person.profil.nip;
    people.push(person);
  }
  const staffCounts = apportion(count - people.length, org.units.map((u) => u.bobotStaf));
  org.units.forEach((unit, i) => {
    for (let k = 0; k < staffCounts[i]!; k++) people.push(makeStaff(ctx, unit));
  });
  return people;
}
