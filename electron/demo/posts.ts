import type { Eselon } from '../../shared/domain/eselon';
import type { Golongan } from '../../shared/domain/golongan';
import type { Jabatan, UnitKerja } from '../../shared/domain/jabatan';
import type { KodeKompetensi, ProfilKompetensi } from '../../shared/domain/kompetensi';
import { KECAMATAN, kelurahan, kelurahanOf, near } from './geography';
import {
  KECAMATAN_BOBOT_STAF, KECAMATAN_SEKSI, KECAMATAN_SUBBAG, OPD_SPECS, type BidangKinerja, type Rumpun,
} from './org-data';
import type { Rng } from './rng';

/** Pangkat range per eselon (PP 100/2000 as amended by PP 13/2002). */
export const PANGKAT_ESELON: Record<Eselon, readonly [Golongan, Golongan]> = {
  'II.a': ['IV/c', 'IV/d'], 'II.b': ['IV/b', 'IV/c'], 'III.a': ['IV/a', 'IV/b'],
  'III.b': ['III/d', 'IV/a'], 'IV.a': ['III/c', 'III/d'], 'IV.b': ['III/b', 'III/c'],
};

export interface UnitInfo {
  unit: UnitKerja;
  rumpun: Rumpun;
  kinerja: BidangKinerja;
  bobotStaf: number;
  /** Kecamatan the office stands in. */
  kecamatan: string;
  /** Set for a kantor camat: the kecamatan it governs. */
  wilayah: string | null;
}

type PostKind = 'kepala' | 'asisten' | 'sekretaris' | 'bidang' | 'subbag' | 'seksi' | 'lurah' | 'sekel';

export interface PostInfo {
  jabatan: Jabatan;
  unit: UnitInfo;
  kind: PostKind;
  /** Set for kelurahan posts. */
  kelurahan: string | null;
}

const MANAJERIAL: readonly KodeKompetensi[] = [
  'integritas', 'kerjasama', 'komunikasi', 'orientasi_hasil', 'pelayanan_publik', 'pengembangan_diri',
  'mengelola_perubahan', 'pengambilan_keputusan',
];

/** Standard levels per eselon (PermenPANRB 38/2017 style): JPT ≈ 4, administrator ≈ 3, pengawas 2–3. */
function standarKompetensi(rng: Rng, level: Eselon): ProfilKompetensi {
  const base: Record<Eselon, number> = { 'II.a': 4, 'II.b': 4, 'III.a': 3, 'III.b': 3, 'IV.a': 3, 'IV.b': 2 };
  const out: ProfilKompetensi = {};
  MANAJERIAL.forEach((kode, i) => {
    let v = base[level];
    if (level === 'II.a' && (kode === 'integritas' || kode === 'pengambilan_keputusan')) v = 5;
    if (level === 'III.a' && (kode === 'integritas' || kode === 'orientasi_hasil')) v = 4;
    if (level === 'IV.a' && i >= 5) v = 2;
    if (level === 'IV.b' && kode === 'integritas') v = 3;
    out[kode] = v;
  });
  out.perekat_bangsa = level.startsWith('II') ? 4 : level.startsWith('III') ? 3 : level === 'IV.a' ? 3 : 2;
  const teknisBase = level.startsWith('II') ? 4 : level.startsWith('III') ? 3 : level === 'IV.a' ? 3 : 2;
  out.teknis = Math.min(5, teknisBase + (rng.chance(0.25) ? 1 : 0));
  return out;
}

export interface OrgStructure {
  units: UnitInfo[];
  posts: PostInfo[];
}

/** Units "U01"…, posts "J0001"… in a fixed order; every post starts vacant (people.ts fills them). */
export function buildOrganisation(rng: Rng): OrgStructure {
  const units: UnitInfo[] = [];
  const posts: PostInfo[] = [];
  const addUnit = (nama: string, singkatan: string, kel: string, extra: Omit<UnitInfo, 'unit' | 'kecamatan'>): UnitInfo => {
    const id = `U${String(units.length + 1).padStart(2, '0')}`;
    const k = kelurahan(kel);
    const info: UnitInfo = { unit: { id, nama, singkatan, lokasi: near(rng, k.lokasi, 150) }, kecamatan: k.kecamatan, ...extra };
    units.push(info);
    return info;
  };
  const addPost = (u: UnitInfo, nama: string, level: Eselon, kind: PostKind, kel: string | null = null): void => {
    const lokasi = kel ? near(rng, kelurahan(kel).lokasi, 120) : u.unit.lokasi;
    posts.push({
      unit: u, kind, kelurahan: kel,
      jabatan: {
        id: `J${String(posts.length + 1).padStart(4, '0')}`, nama, unitId: u.unit.id, level, lokasi,
        minGolongan: PANGKAT_ESELON[level][0], status: 'lowong', pemegangNip: null,
        standarKompetensi: standarKompetensi(rng, level),
      },
    });
  };

  for (const s of OPD_SPECS) {
    const u = addUnit(s.nama, s.singkatan, s.kelurahan, {
      rumpun: s.rumpun, kinerja: s.kinerja, bobotStaf: s.bobotStaf, wilayah: null,
    });
    addPost(u, s.kepala, s.kepalaLevel, 'kepala');
    if (s.singkatan === 'Setda') {
      for (const a of ['Pemerintahan dan Kesejahteraan Rakyat', 'Perekonomian dan Pembangunan', 'Administrasi Umum']) {
        addPost(u, `Asisten ${a}`, 'II.b', 'asisten');
      }
    }
    if (s.sekretaris) addPost(u, s.sekretaris.nama, s.sekretaris.level, 'sekretaris');
    for (const sb of s.subbag) addPost(u, `Kepala Subbagian ${sb}`, 'IV.a', 'subbag');
    const isBagian = s.kepalaLevel === 'II.a' || s.singkatan === 'Setwan';
    const isBadan = s.nama.startsWith('Badan');
    for (const [bidang, seksi] of s.bidang) {
      if (s.singkatan === 'Inspektorat') addPost(u, `Inspektur Pembantu ${bidang}`, 'III.b', 'bidang');
      else if (isBagian) addPost(u, `Kepala Bagian ${bidang}`, 'III.a', 'bidang');
      else addPost(u, `Kepala Bidang ${bidang}`, 'III.b', 'bidang');
      const sub = isBagian ? 'Kepala Subbagian' : isBadan ? 'Kepala Subbidang' : 'Kepala Seksi';
      for (const x of seksi) addPost(u, `${sub} ${x}`, 'IV.a', isBagian ? 'subbag' : 'seksi');
    }
  }

  for (const kec of KECAMATAN) {
    const u = addUnit(`Kecamatan ${kec.nama}`, `Kec. ${kec.nama}`, kec.kantor, {
      rumpun: 'pemerintahan', kinerja: 'pemerintahan', bobotStaf: KECAMATAN_BOBOT_STAF, wilayah: kec.nama,
    });
    addPost(u, `Camat ${kec.nama}`, 'III.a', 'kepala');
    addPost(u, `Sekretaris Kecamatan ${kec.nama}`, 'III.b', 'sekretaris');
    for (const x of KECAMATAN_SEKSI) addPost(u, `Kepala Seksi ${x} Kecamatan ${kec.nama}`, 'IV.a', 'seksi');
    for (const x of KECAMATAN_SUBBAG) addPost(u, `Kepala Subbagian ${x} Kecamatan ${kec.nama}`, 'IV.b', 'subbag');
    for (const kel of kelurahanOf(kec.nama)) {
      addPost(u, `Lurah ${kel.nama}`, 'IV.a', 'lurah', kel.nama);
      const lurah = posts[posts.length - 1]!;
      addPost(u, `Sekretaris Kelurahan ${kel.nama}`, 'IV.b', 'sekel', kel.nama);
      posts[posts.length - 1]!.jabatan.lokasi = lurah.jabatan.lokasi; // same kantor lurah
    }
  }

  // Generic titles ("Kepala Subbagian Umum dan Kepegawaian") name their unit so lists stay unambiguous.
  const count = new Map<string, number>();
  for (const p of posts) count.set(p.jabatan.nama, (count.get(p.jabatan.nama) ?? 0) + 1);
  for (const p of posts) {
    if ((count.get(p.jabatan.nama) ?? 0) > 1) p.jabatan.nama = `${p.jabatan.nama} ${p.unit.unit.nama}`;
  }
  return { units, posts };
}
