import type { LevelJabatan } from '../../shared/domain/eselon';
import { parseNip } from '../../shared/domain/nip';
import type { RiwayatRow } from '../../shared/intake/build-riwayat';
import { addMonths, fromDay, randomDay, toDay, type Day } from './calendar';
import type { Person } from './people';
import type { OrgStructure, PostInfo } from './posts';
import type { Rng } from './rng';
import { pelaksanaTitle } from './rumpun';

/** The levels a career climbed through before the current post, nearest first. */
const EARLIER: Record<LevelJabatan, readonly LevelJabatan[]> = {
  'II.a': ['II.b', 'III.a', 'IV.a'], 'II.b': ['III.a', 'IV.a'], 'III.a': ['III.b', 'IV.a'], 'III.b': ['IV.a', 'IV.b'],
  'IV.a': ['IV.b'], 'IV.b': [], fungsional: [], pelaksana: [],
};

/** A structural post held before, drawn among the city's posts of that level (names and units stay real). */
function earlierPost(rng: Rng, byLevel: Map<LevelJabatan, PostInfo[]>, level: LevelJabatan): { nama: string; unit: string } {
  const posts = byLevel.get(level) ?? [];
  const p = posts.length ? rng.pick(posts) : null;
  return { nama: p?.jabatan.nama ?? `Jabatan ${level}`, unit: p?.unit.unit.nama ?? '' };
}

/**
 * A career history for one ASN that ends in the post they hold now: for an official, one to three
 * earlier structural posts of the levels below (each 1.5–6 years), and before them pelaksana from
 * TMT CPNS; for staff, an earlier pelaksana post half the time. Dates follow each other without gaps.
 */
function historyOf(rng: Rng, person: Person, byLevel: Map<LevelJabatan, PostInfo[]>): RiwayatRow[] {
  const p = person.profil;
  const nip = p.nip;
  const current: RiwayatRow = { nip, namaJabatan: p.namaJabatan, level: person.level, unit: person.unit.unit.nama, tmtMulai: p.tmtJabatan, tmtSelesai: null };
  const parts = parseNip(nip, p.tmtJabatan);
  const cpns: Day = parts.ok ? toDay(`${parts.value.tmtCpns}-01`) : toDay(p.tmtJabatan);
  const out: RiwayatRow[] = [current];
  let end = toDay(p.tmtJabatan);
  const chain = EARLIER[person.level].slice(0, rng.int(1, 3));
  for (const level of chain) {
    const start = Math.max(addMonths(end, -Math.round(rng.float(18, 72))), addMonths(cpns, 24));
    if (end - start < 365) break;
    const post = earlierPost(rng, byLevel, level);
    out.push({ nip, namaJabatan: post.nama, level, unit: post.unit, tmtMulai: fromDay(start), tmtSelesai: fromDay(end) });
    end = start;
  }
  if (end - cpns > 60) {
    // Staff sometimes changed post on the way; the first post starts at TMT CPNS.
    const split = person.level === 'pelaksana' || person.level === 'fungsional' ? rng.chance(0.5) : false;
    const mid = split ? randomDay(rng, cpns + 30, end - 30) : null;
    if (mid !== null) out.push({ nip, namaJabatan: pelaksanaTitle(rng, p.pendidikan), level: 'pelaksana', unit: person.unit.unit.nama, tmtMulai: fromDay(mid), tmtSelesai: fromDay(end) });
    out.push({ nip, namaJabatan: pelaksanaTitle(rng, p.pendidikan), level: 'pelaksana', unit: person.unit.unit.nama, tmtMulai: fromDay(cpns), tmtSelesai: fromDay(mid ?? end) });
  }
  return out.reverse();
}

/** Every generated ASN's riwayat jabatan, oldest post first per person (deterministic for a seed). */
export function drawRiwayat(rng: Rng, org: OrgStructure, people: readonly Person[]): RiwayatRow[] {
  const byLevel = new Map<LevelJabatan, PostInfo[]>();
  for (const post of org.posts) {
    const list = byLevel.get(post.jabatan.level) ?? [];
    list.push(post);
    byLevel.set(post.jabatan.level, list);
  }
  return people.flatMap((person) => historyOf(rng, person, byLevel));
}
