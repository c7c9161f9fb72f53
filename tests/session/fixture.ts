import { Database } from '../../electron/dataset/database';
import { createSelfSignedIdentity } from '../../electron/documents/identity';
import { migrate } from '../../electron/dataset/migrations';
import { insertJabatan, insertPegawai, insertPermohonan, insertTarget, insertUnit } from '../../electron/dataset/writer';
import type { AnggotaInput } from '../../shared/ipc/session';

const LOK = { lat: -3.8, lon: 102.27 };

/** NIP: birth 1980-01-(i+1), TMT 2005-03, sex by parity, serial i. */
export const nipOf = (i: number) => `198001${String(i + 1).padStart(2, '0')}200503${(i % 2) + 1}${String(i + 1).padStart(3, '0')}`;

/**
 * Five verified requests from five ASN in three units, each asking for a vacant post; request 0
 * carries two pledge targets. Candidate 2 is "Rudi Simanjuntak" (a family name the hints can match).
 */
export async function buildCity(): Promise<Database> {
  const db = await Database.create();
  migrate(db);
  const names = ['Andi Saputra', 'Maya Sari Dewi', 'Rudi Simanjuntak', 'Lina Marlina', 'Yusuf Hidayat'];
  db.transaction(() => {
    insertUnit(db, { id: 'u-bkpsdm', nama: 'BKPSDM', singkatan: 'BKPSDM', lokasi: LOK });
    insertUnit(db, { id: 'u-dinkes', nama: 'Dinas Kesehatan', singkatan: 'Dinkes', lokasi: LOK });
    insertUnit(db, { id: 'u-kec', nama: 'Kecamatan Ratu Agung', singkatan: 'Kec. RA', lokasi: LOK });
    const units = ['u-bkpsdm', 'u-dinkes', 'u-kec'];
    for (let i = 0; i < 5; i++) {
      insertJabatan(db, {
        id: `j-baru-${i}`, nama: `Kepala Sub Bagian Baru ${i}`, unitId: units[(i + 1) % 3]!, level: 'IV.a', lokasi: LOK,
        minGolongan: 'III/c', status: 'lowong', pemegangNip: null, standarKompetensi: {},
      });
    }
    for (let i = 0; i < 5; i++) {
      insertJabatan(db, {
        id: `j-lama-${i}`, nama: `Kepala Seksi Lama ${i}`, unitId: units[i % 3]!, level: 'IV.b', lokasi: LOK,
        minGolongan: 'III/b', status: 'terisi', pemegangNip: nipOf(i), standarKompetensi: {},
      });
      insertPegawai(db, {
        nip: nipOf(i), nama: names[i]!, gelarDepan: '', gelarBelakang: 'S.E.', jenisKelamin: i % 2 ? 'P' : 'L',
        tanggalLahir: `1980-01-${String(i + 1).padStart(2, '0')}`, golongan: 'III/c', tmtGolongan: '2020-04-01',
        jabatanId: `j-lama-${i}`, namaJabatan: `Kepala Seksi Lama ${i}`, tmtJabatan: '2019-01-02', unitId: units[i % 3]!,
        pendidikan: 'S-1', jurusan: '', alamat: 'Jl. Merapi', kelurahan: 'Nusa Indah', kecamatan: 'Ratu Agung', domisili: LOK,
        telepon: '', potensi: 70, diklat: [], kompetensi: {}, skp: [], disiplin: [], ketidakhadiran: [],
      });
      insertPermohonan(db, {
        id: `p-${i}`, nip: nipOf(i), tanggal: `2026-09-0${i + 1}`, pilihan: [`j-baru-${i}`, `j-baru-${(i + 1) % 5}`],
        kategoriAlasan: 'pengembangan_karir', alasan: 'Pengembangan karir', paktaDitandatangani: true,
        tanggalPakta: `2026-09-0${i + 1}`, status: 'diverifikasi',
      });
    }
    insertTarget(db, {
      id: 't-0a', nip: nipOf(0), permohonanId: 'p-0', indikator: 'Capaian layanan kenaikan pangkat tepat waktu', nilaiTarget: 95,
      satuan: '%', tenggat: '2026-10-31', realisasi: null, tanggalRealisasi: null, catatanBukti: '', denganPakta: true,
    });
    insertTarget(db, {
      id: 't-0b', nip: nipOf(0), permohonanId: 'p-0', indikator: 'Digitalisasi arsip kepegawaian', nilaiTarget: 80,
      satuan: '%', tenggat: '2027-06-30', realisasi: null, tanggalRealisasi: null, catatanBukti: '', denganPakta: true,
    });
  }, { journal: false });
  return db;
}

/** Four members: the ketua shares Rudi Simanjuntak's family name, one anggota works at Dinas Kesehatan. */
export const MEMBERS: AnggotaInput[] = [
  { nama: 'Drs. Hotman Simanjuntak, M.Si.', nip: '196801011990031001', jabatan: 'Sekretaris Daerah', unitId: null, peran: 'ketua' },
  { nama: 'Ratna Wulandari, S.H.', nip: '197505052000032002', jabatan: 'Kepala BKPSDM', unitId: 'u-bkpsdm', peran: 'sekretaris' },
  { nama: 'Ir. Bambang Irawan', nip: null, jabatan: 'Inspektur', unitId: null, peran: 'anggota' },
  { nama: 'dr. Sinta Anggraini', nip: null, jabatan: 'Kepala Dinas Kesehatan', unitId: 'u-dinkes', peran: 'anggota' },
];

/** The fixture's applicants have no SKP and the posts no competency standard: both rules need attention. */
export const ACK = ['skp', 'kompetensi'];

export const NOW = new Date('2026-11-23T03:00:00.000Z');

/** Password of the secretariat identity that signs a session's audit checkpoint when it is closed. */
export const CLOSE_PASSWORD = 'sandi-penutupan-uji';

/** Closing a session signs its checkpoint, so the tests that close one first give the dataset a signer. */
export function addSigningIdentity(db: Database): void {
  createSelfSignedIdentity(db, { commonName: 'Sekretaris Baperjakat', organization: 'Pemkot Bengkulu', validYears: 1, password: CLOSE_PASSWORD }, NOW);
}
