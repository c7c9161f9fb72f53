import { Database } from '../../electron/dataset/database';
import { migrate } from '../../electron/dataset/migrations';
import { insertJabatan, insertPegawai, insertUnit } from '../../electron/dataset/writer';
import type { LevelJabatan } from '../../shared/domain/eselon';
import type { ProfilKompetensi } from '../../shared/domain/kompetensi';
import type { PredikatSkp } from '../../shared/domain/skp';

const LOK = { lat: -3.8, lon: 102.27 };
export const TODAY = '2026-11-23';
/** The moment acts are stamped with in dispatch tests: noon WIB of TODAY. */
export const NOW = new Date(`${TODAY}T05:00:00.000Z`);

/** 18 digits: birth 1980-01-0i, TMT 2005-03, sex, serial 00i. */
export const nip = (i: number) => `1980010${i}200503${(i % 2) + 1}00${i}`;

interface PersonSpec { i: number; nama: string; post: string; level: LevelJabatan; unit: string; potensi: number; skp: [PredikatSkp, PredikatSkp]; kompetensi: ProfilKompetensi }

/**
 * A city of six ASN placed in known boxes (SKP 2024–2025, potential): Ani box 9 (administrator), Budi 7
 * (administrator), Citra 8 (pengawas), Dedi 5, Eka 3 (administrators), Fajar 9 (JPT, holds the JPT post).
 * Posts: a vacant JPT post whose standard Ani meets and Budi misses by 2 levels, the administrators' own
 * posts, a pengawas post (not key unless marked).
 */
export const PEOPLE: PersonSpec[] = [
  { i: 1, nama: 'Ani Lestari', post: 'j-adm-1', level: 'III.a', unit: 'u-dinkes', potensi: 85, skp: ['Sangat Baik', 'Sangat Baik'], kompetensi: { integritas: 4, kerjasama: 4, teknis: 4 } },
  { i: 2, nama: 'Budi Santoso', post: 'j-adm-2', level: 'III.b', unit: 'u-dinkes', potensi: 85, skp: ['Baik', 'Baik'], kompetensi: { integritas: 3, kerjasama: 3, teknis: 4 } },
  { i: 3, nama: 'Citra Ayu', post: 'j-pgw-1', level: 'IV.a', unit: 'u-dinkes', potensi: 70, skp: ['Sangat Baik', 'Sangat Baik'], kompetensi: { integritas: 3 } },
  { i: 4, nama: 'Dedi Kurnia', post: 'j-adm-3', level: 'III.a', unit: 'u-kec', potensi: 70, skp: ['Baik', 'Baik'], kompetensi: { integritas: 4, kerjasama: 4, teknis: 4 } },
  { i: 5, nama: 'Eka Putri', post: 'j-adm-4', level: 'III.a', unit: 'u-kec', potensi: 50, skp: ['Baik', 'Baik'], kompetensi: {} },
  { i: 6, nama: 'Fajar Hidayat', post: 'j-jpt-2', level: 'II.b', unit: 'u-kec', potensi: 90, skp: ['Sangat Baik', 'Sangat Baik'], kompetensi: { integritas: 5 } },
];

export async function buildTalentCity(): Promise<Database> {
  const db = await Database.create();
  migrate(db);
  db.transaction(() => {
    insertUnit(db, { id: 'u-dinkes', nama: 'Dinas Kesehatan', singkatan: 'Dinkes', lokasi: LOK });
    insertUnit(db, { id: 'u-kec', nama: 'Kecamatan Ratu Agung', singkatan: 'Kec. RA', lokasi: LOK });
    insertJabatan(db, {
      id: 'j-jpt-1', nama: 'Kepala Dinas Kesehatan', unitId: 'u-dinkes', level: 'II.b', lokasi: LOK, minGolongan: 'IV/b',
      status: 'lowong', pemegangNip: null, standarKompetensi: { integritas: 4, kerjasama: 4, teknis: 4 },
    });
    for (const p of PEOPLE) {
      insertJabatan(db, {
        id: p.post, nama: `Jabatan ${p.nama}`, unitId: p.unit, level: p.level, lokasi: LOK, minGolongan: 'III/c',
        status: 'terisi', pemegangNip: nip(p.i), standarKompetensi: { integritas: 3 },
      });
      insertPegawai(db, {
        nip: nip(p.i), nama: p.nama, gelarDepan: '', gelarBelakang: 'S.K.M.', jenisKelamin: p.i % 2 ? 'L' : 'P',
        tanggalLahir: '1980-01-01', golongan: 'IV/a', tmtGolongan: '2020-04-01', jabatanId: p.post, namaJabatan: `Jabatan ${p.nama}`,
        tmtJabatan: '2019-01-02', unitId: p.unit, pendidikan: 'S-1', jurusan: '', alamat: 'Jl. Merapi 12', kelurahan: 'Nusa Indah',
        kecamatan: 'Ratu Agung', domisili: LOK, telepon: '', potensi: p.potensi, diklat: [], kompetensi: p.kompetensi,
        skp: [{ tahun: 2024, predikat: p.skp[0] }, { tahun: 2025, predikat: p.skp[1] }], disiplin: [], ketidakhadiran: [],
      });
    }
  }, { journal: false });
  return db;
}
