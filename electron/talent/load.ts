import type { Database } from '../dataset/database';
import { namaLengkap } from '../../shared/domain/pegawai';
import type { ProfilKompetensi } from '../../shared/domain/kompetensi';
import type { Skp } from '../../shared/domain/skp';
import type { LevelJabatan } from '../../shared/domain/eselon';
import { rumpunUnit } from '../../shared/talent/rumpun';
import type { TalentPerson } from '../../shared/talent/pool';
import { groupBy } from '../dataset/group-rows';

interface PersonRow {
  nip: string; nama: string; gelar_depan: string; gelar_belakang: string; nama_jabatan: string; jabatan_id: string | null;
  level: LevelJabatan | null; unit_nama: string | null; unit_rumpun: string | null; potensi: number | null;
}

/** Every ASN with what the 9-box and the gaps need, in three queries (SKP only of the last five years). */
export function loadTalentPeople(db: Database, todayIso: string): { people: TalentPerson[]; rumpunDiturunkan: number } {
  const since = Number(todayIso.slice(0, 4)) - 5;
  const skp = groupBy(db.all<{ nip: string; tahun: number; predikat: Skp['predikat'] }>('SELECT nip, tahun, predikat FROM skp WHERE tahun >= ? ORDER BY tahun', [since]),
    'nip', (r): Skp => ({ tahun: r.tahun, predikat: r.predikat }));
  const komp = new Map<string, ProfilKompetensi>();
  for (const r of db.all<{ nip: string; kode: keyof ProfilKompetensi; level: number }>('SELECT nip, kode, level FROM kompetensi')) {
    const p = komp.get(r.nip) ?? {};
    p[r.kode] = r.level;
    komp.set(r.nip, p);
  }
  const rows = db.all<PersonRow>(
    `SELECT g.nip, g.nama, g.gelar_depan, g.gelar_belakang, g.nama_jabatan, g.jabatan_id, j.level, u.nama AS unit_nama, u.rumpun AS unit_rumpun, g.potensi
     FROM pegawai g LEFT JOIN jabatan j ON j.id = g.jabatan_id LEFT JOIN unit_kerja u ON u.id = g.unit_id`,
  );
  const people = rows.map((r): TalentPerson => ({
    nip: r.nip, nama: namaLengkap({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang }),
    namaJabatan: r.nama_jabatan, jabatanId: r.jabatan_id, level: r.level, unitNama: r.unit_nama ?? '',
    rumpun: rumpunUnit(r.unit_rumpun, r.unit_nama ?? '').rumpun, potensi: r.potensi, skp: skp.get(r.nip) ?? [], kompetensi: komp.get(r.nip) ?? {},
  }));
  const rumpunDiturunkan = db.value<number>('SELECT COUNT(*) FROM unit_kerja WHERE rumpun IS NULL') ?? 0;
  return { people, rumpunDiturunkan };
}

export interface PostRow {
  id: string; nama: string; unit_id: string; unit_nama: string; level: LevelJabatan; status: 'terisi' | 'lowong';
  pemegang_nip: string | null; pemegang_nama: string | null; pemegang_gd: string | null; pemegang_gb: string | null;
  ditandai: number; alasan_tanda: string | null;
}

const POST_SELECT = `SELECT j.id, j.nama, j.unit_id, u.nama AS unit_nama, j.level, j.status, j.pemegang_nip,
  h.nama AS pemegang_nama, h.gelar_depan AS pemegang_gd, h.gelar_belakang AS pemegang_gb,
  (k.jabatan_id IS NOT NULL) AS ditandai, k.alasan AS alasan_tanda
  FROM jabatan j JOIN unit_kerja u ON u.id = j.unit_id LEFT JOIN pegawai h ON h.nip = j.pemegang_nip
  LEFT JOIN jabatan_kunci k ON k.jabatan_id = j.id`;

/** Key posts (JPT, administrator, or marked), optionally of one unit, highest level first. */
export function loadKeyPostRows(db: Database, unitId: string | null): PostRow[] {
  return db.all<PostRow>(
    `${POST_SELECT} WHERE (j.level LIKE 'II.%' OR j.level LIKE 'III.%' OR k.jabatan_id IS NOT NULL) AND (? IS NULL OR j.unit_id = ?)
     ORDER BY j.level, u.nama, j.nama`, [unitId, unitId],
  );
}

export function loadPostRow(db: Database, jabatanId: string): PostRow | undefined {
  return db.first<PostRow>(`${POST_SELECT} WHERE j.id = ?`, [jabatanId]);
}

export function loadStandar(db: Database, jabatanId: string): ProfilKompetensi {
  const std: ProfilKompetensi = {};
  for (const r of db.all<{ kode: keyof ProfilKompetensi; level: number }>('SELECT kode, level FROM jabatan_kompetensi WHERE jabatan_id = ?', [jabatanId])) std[r.kode] = r.level;
  return std;
}
