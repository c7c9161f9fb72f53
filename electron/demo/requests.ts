import { levelRank, type Eselon, type LevelJabatan } from '../../shared/domain/eselon';
import { GOLONGAN } from '../../shared/domain/golongan';
import type { Permohonan } from '../../shared/domain/permohonan';
import { fromDay, nextWorkingDay, randomDay, toDay, yearsBetween, type Day } from './calendar';
import { distanceKm } from './geography';
import type { Person } from './people';
import type { OrgStructure, PostInfo } from './posts';
import { alasanText, type Kategori } from './request-text';
import { canAskToStay, draftTetap, jumlahTetap, TETAP_SOURCES } from './tetap-requests';
import type { Rng } from './rng';

/**
 * Open Karir requests: who asks for which posts and why. About 6% of the requests' first choices are
 * "hot" posts that draw a pool of 4–8 applicants; the rest are spread by level, reason and home.
 */
export interface RequestDraft {
  permohonan: Permohonan;
  person: Person;
  /** First choice, whose field decides the performance indicators. */
  utama: PostInfo;
}

export interface OpenKarirDraft {
  requests: RequestDraft[];
  /** Hot post id → applicants' NIPs. */
  pools: Map<string, string[]>;
}

type Source = 'staf' | Eselon;
const SOURCES: Record<Eselon, ReadonlyArray<readonly [Source, number]>> = {
  'II.a': [['II.b', 1]],
  'II.b': [['III.a', 8], ['II.b', 2]],
  'III.a': [['III.b', 7], ['III.a', 3]],
  'III.b': [['IV.a', 75], ['III.b', 25]],
  'IV.a': [['IV.b', 35], ['IV.a', 35], ['staf', 30]],
  'IV.b': [['staf', 85], ['IV.b', 15]],
};
/** Free requests: who asks, by current level. */
const APPLICANT_LEVEL: ReadonlyArray<readonly [Source, number]> = [
  ['staf', 45], ['IV.b', 8], ['IV.a', 25], ['III.b', 12], ['III.a', 8], ['II.b', 2],
];
const HOT_LEVEL: ReadonlyArray<readonly [Eselon, number]> = [['IV.a', 45], ['IV.b', 15], ['III.b', 20], ['III.a', 15], ['II.b', 5]];
const NEXT_UP: Record<Source, Eselon> = {
  staf: 'IV.b', 'IV.b': 'IV.a', 'IV.a': 'III.b', 'III.b': 'III.a', 'III.a': 'II.b', 'II.b': 'II.b', 'II.a': 'II.a',
};

const FALLBACK: ReadonlyArray<readonly [Source, Eselon]> = [
  ['staf', 'IV.b'], ['staf', 'IV.a'], ['IV.b', 'IV.a'], ['IV.a', 'IV.a'], ['III.b', 'III.b'], ['III.a', 'III.a'], ['II.b', 'II.b'],
];

const sourceOf = (level: LevelJabatan): Source => (level === 'fungsional' || level === 'pelaksana' ? 'staf' : level);
const rankG = (g: string): number => GOLONGAN.indexOf(g as (typeof GOLONGAN)[number]);
const fmtKm = (km: number): string => km.toFixed(1).replace('.', ',');

interface Ctx {
  rng: Rng;
  today: Day;
  postsByLevel: Map<Eselon, PostInfo[]>;
  /** Shuffled applicant lists: holders per eselon, and staff fit for IV.b ("staf:IV.b") or IV.a ("staf:IV.a"). */
  lists: Map<string, Person[]>;
  cursor: Map<string, number>;
  nearCache: Map<string, Person[]>;
  used: Set<string>;
}

function workplace(p: Person) {
  return p.post ? p.post.jabatan.lokasi : p.unit.unit.lokasi;
}

const listKey = (source: Source, forLevel: Eselon): string =>
  source !== 'staf' ? source : forLevel === 'IV.b' ? 'staf:IV.b' : 'staf:IV.a';

/** Someone from `source` not yet applying and not holding `post`; near the post when `local`. */
function pickApplicant(ctx: Ctx, source: Source, post: PostInfo, local: boolean): Person | undefined {
  const { rng } = ctx;
  const key = listKey(source, post.jabatan.level as Eselon);
  const list = ctx.lists.get(key) ?? [];
  const ok = (p: Person): boolean => !ctx.used.has(p.profil.nip) && p.post !== post;
  if (local) {
    const cacheKey = `${post.jabatan.id}|${key}`;
    let near = ctx.nearCache.get(cacheKey);
    if (!near) ctx.nearCache.set(cacheKey, (near = nearest(list, post, 40)));
    const free = near.filter(ok).slice(0, 6);
    if (free.length > 0) return rng.pick(free);
  }
  for (let i = 0; i < 40 && list.length > 0; i++) {
    const p = rng.pick(list);
    if (ok(p)) return p;
  }
  return list.find(ok);
}

/** The next unused person in the (shuffled) list: one pass over the list in total. */
function firstCandidate(ctx: Ctx, source: Source, forLevel: Eselon): Person | undefined {
  const key = listKey(source, forLevel);
  const list = ctx.lists.get(key) ?? [];
  let i = ctx.cursor.get(key) ?? 0;
  while (i < list.length && ctx.used.has(list[i]!.profil.nip)) i++;
  ctx.cursor.set(key, i);
  return list[i];
}

/** The k people living closest to a post (one linear pass; ties keep list order). */
function nearest(list: Person[], post: PostInfo, k: number): Person[] {
  const best: Array<[Person, number]> = [];
  for (const p of list) {
    const d = distanceKm(p.profil.domisili, post.jabatan.lokasi);
    if (best.length === k && d >= best[k - 1]![1]) continue;
    let i = best.length;
    while (i > 0 && best[i - 1]![1] > d) i--;
    best.splice(i, 0, [p, d]);
    if (best.length > k) best.pop();
  }
  return best.map(([p]) => p);
}

function nearestPosts(home: Person, posts: PostInfo[], exclude: Set<string>, k: number): PostInfo[] {
  return posts.filter((p) => !exclude.has(p.jabatan.id))
    .map((p) => [p, distanceKm(home.profil.domisili, p.jabatan.lokasi)] as const)
    .sort((a, b) => a[1] - b[1] || (a[0].jabatan.id < b[0].jabatan.id ? -1 : 1))
    .slice(0, k).map(([p]) => p);
}

function choosePilihan(ctx: Ctx, person: Person, first: PostInfo | null, kategori: Kategori, level: Eselon): PostInfo[] {
  const { rng } = ctx;
  const n = rng.weighted([[1, 35], [2, 35], [3, 30]] as const);
  const exclude = new Set<string>(person.post ? [person.post.jabatan.id] : []);
  const out: PostInfo[] = [];
  if (first) {
    out.push(first);
    exclude.add(first.jabatan.id);
  }
  const pool = ctx.postsByLevel.get(level) ?? [];
  if (kategori === 'dekat_domisili' || kategori === 'alasan_keluarga') {
    const near = nearestPosts(person, pool, exclude, 5);
    for (const p of near) if (out.length < n && (out.length === 0 || rng.chance(0.8))) out.push(p);
  } else {
    const sameUnit = pool.filter((p) => p.unit === person.unit && !exclude.has(p.jabatan.id));
    const sameField = pool.filter((p) => p.unit.rumpun === person.unit.rumpun && !exclude.has(p.jabatan.id));
    const from = kategori === 'pengembangan_karir' && sameUnit.length > 0 && rng.chance(0.5) ? sameUnit
      : kategori === 'kesesuaian_kompetensi' && sameField.length > 0 ? sameField
        : pool.filter((p) => !exclude.has(p.jabatan.id));
    for (const p of rng.sample(from, n - out.length)) out.push(p);
  }
  if (out.length === 0) out.push(rng.pick(pool.filter((p) => !exclude.has(p.jabatan.id))));
  return out.slice(0, 3);
}

function kategoriFor(rng: Rng, person: Person, post: PostInfo): Kategori {
  const km = distanceKm(person.profil.domisili, post.jabatan.lokasi);
  if ((post.kelurahan || post.unit.wilayah) && km <= 3 && rng.chance(0.8)) return 'dekat_domisili';
  if (levelRank(post.jabatan.level) > levelRank(person.level) && rng.chance(0.7)) return 'pengembangan_karir';
  return rng.weighted([['kesesuaian_kompetensi', 40], ['alasan_keluarga', 20], ['pengembangan_karir', 25], ['lainnya', 15]] as const);
}

function draft(ctx: Ctx, person: Person, pilihan: PostInfo[], kategori: Kategori): RequestDraft {
  const { rng, today } = ctx;
  ctx.used.add(person.profil.nip);
  const p = person.profil;
  let tanggal = nextWorkingDay(randomDay(rng, today - 150, today - 1));
  const tmtJab = toDay(p.tmtJabatan);
  if (tmtJab >= tanggal) tanggal = Math.min(today, nextWorkingDay(tmtJab + 14));
  if (tanggal > today) tanggal = today;
  const signed = rng.chance(0.9);
  const old = tanggal < today - 30;
  const status = old
    ? rng.weighted([['diverifikasi', 60], ['diajukan', 35], ['ditarik', 5]] as const)
    : rng.weighted([['diajukan', 85], ['diverifikasi', 15]] as const);
  const utama = pilihan[0]!;
  const lastSkp = p.skp[p.skp.length - 1];
  const alasan = alasanText(rng, kategori, {
    kel: p.kelurahan, kec: p.kecamatan, target: utama.jabatan.nama, jabatan: p.namaJabatan,
    km: fmtKm(distanceKm(p.domisili, utama.jabatan.lokasi)), kmSekarang: fmtKm(distanceKm(p.domisili, workplace(person))),
    tahun: Math.max(1, yearsBetween(tmtJab, today)), skp: lastSkp ? lastSkp.predikat : 'Baik',
    diklat: p.diklat.length ? `Diklat ${p.diklat[p.diklat.length - 1]!.jenis}` : '', pendidikan: p.pendidikan,
    jurusan: p.jurusan, unit: person.unit.unit.nama,
  });
  return {
    person, utama,
    permohonan: {
      id: '', nip: p.nip, tanggal: fromDay(tanggal), jenis: 'pindah', pilihan: pilihan.map((x) => x.jabatan.id), kategoriAlasan: kategori,
      alasan, paktaDitandatangani: signed, tanggalPakta: signed ? fromDay(tanggal - rng.int(0, 3)) : null, status,
    },
  };
}

export function generateRequests(rng: Rng, org: OrgStructure, people: Person[], count: number, todayIso: string): OpenKarirDraft {
  const today = toDay(todayIso);
  const postsByLevel = new Map<Eselon, PostInfo[]>();
  for (const p of org.posts) {
    const l = p.jabatan.level as Eselon;
    postsByLevel.set(l, [...(postsByLevel.get(l) ?? []), p]);
  }
  const lists = new Map<string, Person[]>();
  const push = (key: string, p: Person): void => {
    (lists.get(key) ?? lists.set(key, []).get(key)!).push(p);
  };
  for (const p of people) {
    if (p.level === 'II.a' || yearsBetween(toDay(p.profil.tanggalLahir), today) > 56) continue;
    const s = sourceOf(p.level);
    if (s !== 'staf') push(s, p);
    else if (p.profil.pendidikan !== 'SMA') {
      const r = rankG(p.profil.golongan); // at least III/a for IV.b, III/b for IV.a
      if (r >= 8) push('staf:IV.b', p);
      if (r >= 9) push('staf:IV.a', p);
    }
  }
  for (const [k, list] of lists) lists.set(k, rng.shuffle(list));
  const ctx: Ctx = { rng, today, postsByLevel, lists, cursor: new Map(), nearCache: new Map(), used: new Set() };
  const requests: RequestDraft[] = [];
  const pools = new Map<string, string[]>();
  // Requests to move fill the count but for a handful of requests to stay, drawn last.
  const pindah = count - jumlahTetap(count);

  // Hot posts, mostly vacant ones, each with a pool of applicants.
  const hotCount = Math.max(1, Math.round(count * 0.06));
  const hot = new Set<PostInfo>();
  for (let guard = 0; hot.size < hotCount && guard < hotCount * 20; guard++) {
    const level = rng.weighted(HOT_LEVEL);
    const list = (postsByLevel.get(level) ?? []).filter((p) => !hot.has(p));
    const vacant = list.filter((p) => p.jabatan.status === 'lowong');
    const from = vacant.length > 0 && rng.chance(0.6) ? vacant : list;
    if (from.length > 0) hot.add(rng.pick(from));
  }
  for (const post of hot) {
    const level = post.jabatan.level as Eselon;
    const size = Math.min(rng.int(4, 8), pindah - requests.length);
    const nips: string[] = [];
    for (let i = 0; i < size; i++) {
      const source = rng.weighted(SOURCES[level]);
      // Posts in a kelurahan or kecamatan draw mostly people living nearby.
      const local = !!(post.kelurahan || post.unit.wilayah) && rng.chance(0.6);
      const person = pickApplicant(ctx, source, post, local) ?? pickApplicant(ctx, 'staf', post, local);
      if (!person) break;
      const kategori = kategoriFor(rng, person, post);
      requests.push(draft(ctx, person, choosePilihan(ctx, person, post, kategori, level), kategori));
      nips.push(person.profil.nip);
    }
    pools.set(post.jabatan.id, nips);
  }

  // Everyone else: same level or one up, by reason.
  while (requests.length < pindah) {
    let source = rng.weighted(APPLICANT_LEVEL);
    const kategori = rng.weighted([
      ['dekat_domisili', 35], ['pengembangan_karir', 30], ['kesesuaian_kompetensi', 18], ['alasan_keluarga', 10], ['lainnya', 7],
    ] as const);
    const up = kategori === 'pengembangan_karir' || source === 'staf' || rng.chance(0.3);
    let level: Eselon = up ? NEXT_UP[source] : (source as Eselon);
    if (source === 'staf' && rng.chance(0.45)) level = 'IV.a';
    let person = firstCandidate(ctx, source, level);
    // A level ran out of applicants (small cities): take whoever is left, in a fixed order.
    for (const [s, l] of FALLBACK) {
      if (person) break;
      person = firstCandidate(ctx, s, l);
      [source, level] = [s, l];
    }
    if (!person) break;
    requests.push(draft(ctx, person, choosePilihan(ctx, person, null, kategori, level), kategori));
  }

  // Requests to stay, by level in turn; a small city short of holders at one level gives another.
  for (let i = 0, made = 0; made < count - pindah && i < 2 * TETAP_SOURCES.length; i++) {
    const source = TETAP_SOURCES[i % TETAP_SOURCES.length]!;
    const holder = (lists.get(source) ?? []).find((p): p is Person & { post: PostInfo } => !ctx.used.has(p.profil.nip) && canAskToStay(p, today));
    if (!holder) continue;
    ctx.used.add(holder.profil.nip);
    requests.push(draftTetap(rng, today, holder));
    made++;
  }

  // Numbered by filing date: OK-<year>-0001 …
  const order = requests.map((r, i) => [r, i] as const)
    .sort((a, b) => (a[0].permohonan.tanggal < b[0].permohonan.tanggal ? -1 : a[0].permohonan.tanggal > b[0].permohonan.tanggal ? 1 : a[1] - b[1]));
  const perYear = new Map<string, number>();
  const sorted = order.map(([r]) => {
    const y = r.permohonan.tanggal.slice(0, 4);
    const n = (perYear.get(y) ?? 0) + 1;
    perYear.set(y, n);
    r.permohonan.id = `OK-${y}-${String(n).padStart(4, '0')}`;
    return r;
  });
  return { requests: sorted, pools };
}
