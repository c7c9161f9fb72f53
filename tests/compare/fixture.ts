import { Database } from '../../electron/dataset/database';
import { migrate } from '../../electron/dataset/migrations';
import { insertJabatan, insertPegawai, insertPermohonan, insertTarget, insertUnit } from '../../electron/dataset/writer';
import type { ProfilPegawai } from '../../shared/domain/pegawai';
import type { Jabatan, UnitKerja } from '../../shared/domain/jabatan';
import type { Permohonan, Target } from '../../shared/domain/permohonan';
import type { CandidateInput, PostInput } from '../../shared/compare/types';

export const TODAY = '2026-11-23';

/** Kantor Kecamatan Ratu Samban and a kelurahan office ~2.3 km east, roughly where they are in Bengkulu. */
export const UNITS: UnitKerja[] = [
  { id: 'U1', nama: 'Kecamatan Ratu Samban', singkatan: 'RS', lokasi: { lat: -3.7950, lon: 102.2600 } },
  { id: 'U2', nama: 'Kelurahan Penurunan', singkatan: 'PN', lokasi: { lat: -3.7950, lon: 102.2810 } },
  { id: 'U3', nama: 'BKPSDM', singkatan: 'BKPSDM', lokasi: { lat: -3.8000, lon: 102.2700 } },
];

const standar = {
  integritas: 3, kerjasama: 3, komunikasi: 3, orientasi_hasil: 3, pelayanan_publik: 3,
  pengembangan_diri: 3, mengelola_perubahan: 3, pengambilan_keputusan: 3, perekat_bangsa: 3, teknis: 3,
} as const;

export function jabatan(over: Partial<Jabatan> = {}): Jabatan {
  return {
    id: 'J-LURAH', nama: 'Lurah Penurunan', unitId: 'U2', level: 'III.b', lokasi: { lat: -3.7950, lon: 102.2810 },
    minGolongan: 'III/d', status: 'lowong', pemegangNip: null, standarKompetensi: { ...standar }, ...over,
  };
}

export function pegawai(over: Partial<ProfilPegawai> & { nip: string }): ProfilPegawai {
  return {
    nama: 'Pegawai Uji', gelarDepan: '', gelarBelakang: 'S.STP', jenisKelamin: 'L', tanggalLahir: `${over.nip.slice(0, 4)}-${over.nip.slice(4, 6)}-${over.nip.slice(6, 8)}`,
    golongan: 'III/d', tmtGolongan: '2022-04-01', jabatanId: 'J-KASI', namaJabatan: 'Kasi Pemerintahan', tmtJabatan: '2021-01-04',
    unitId: 'U1', pendidikan: 'S-1', jurusan: 'Ilmu Pemerintahan', alamat: 'Jl. Uji No. 1', kelurahan: 'Penurunan',
    kecamatan: 'Ratu Samban', domisili: { lat: -3.7960, lon: 102.2800 }, telepon: '081200000000', potensi: 75,
    diklat: [{ jenis: 'PKP', tahun: 2021 }],
    kompetensi: { ...standar },
    skp: [{ tahun: 2023, predikat: 'Baik' }, { tahun: 2024, predikat: 'Baik' }, { tahun: 2025, predikat: 'Sangat Baik' }],
    disiplin: [], ketidakhadiran: [],
    ...over,
  };
}

export function permohonan(over: Partial<Permohonan> & { id: string; nip: string }): Permohonan {
  return {
    tanggal: '2026-08-01', pilihan: ['J-LURAH'], kategoriAlasan: 'dekat_domisili', alasan: 'Dekat rumah.',
    paktaDitandatangani: true, tanggalPakta: '2026-08-01', status: 'diverifikasi', ...over,
  };
}

export function target(over: Partial<Target> & { id: string; nip: string }): Target {
  return {
    permohonanId: null, indikator: 'Cakupan layanan KTP-el', nilaiTarget: 90, satuan: '%', tenggat: '2025-12-31',
    realisasi: 95, tanggalRealisasi: '2025-12-20', catatanBukti: '', denganPakta: false, ...over,
  };
}

export const post = (over: Partial<Jabatan> = {}): PostInput => ({ jabatan: jabatan(over), unitNama: 'Kelurahan Penurunan' });

/** A candidate built in memory, for the pure functions. */
export function candidate(p: ProfilPegawai, over: Partial<CandidateInput> = {}): CandidateInput {
  return {
    profil: p, permohonan: null, peringkat: 1, levelSaatIni: 'IV.a', lokasiKerja: UNITS[0]!.lokasi, unitNama: 'Kecamatan Ratu Samban',
    targetLampau: [], targetBaru: [], ...over,
  };
}

export const NIP = {
  ani: '198503122010012004',
  budi: '198001012005011001',
  citra: '199002022015032003',
  dedi: '197501012000121002',
  eka: '198807072012011005',
};

/**
 * A tiny city: one vacant post (Lurah Penurunan, III.b) with five applicants who differ on purpose,
 * a Kasi post they hold, and a post nobody applies for.
 */
export async function smallCity(): Promise<Database> {
  const db = await Database.create();
  migrate(db);
  db.transaction(() => {
    for (const u of UNITS) insertUnit(db, u);
    insertJabatan(db, jabatan());
    insertJabatan(db, jabatan({ id: 'J-KASI', nama: 'Kasi Pemerintahan Kec. Ratu Samban', unitId: 'U1', level: 'IV.a', minGolongan: 'III/c', status: 'terisi', lokasi: UNITS[0]!.lokasi }));
    insertJabatan(db, jabatan({ id: 'J-SEKCAM', nama: 'Sekretaris Kecamatan Ratu Samban', unitId: 'U1', level: 'III.b', status: 'terisi', lokasi: UNITS[0]!.lokasi }));
    insertJabatan(db, jabatan({ id: 'J-KABID', nama: 'Kepala Bidang Mutasi BKPSDM', unitId: 'U3', level: 'III.b', status: 'lowong', lokasi: UNITS[2]!.lokasi }));
    // Ani: strong, near home, eligible.
    insertPegawai(db, pegawai({ nip: NIP.ani, nama: 'Ani Lestari', jenisKelamin: 'P', alamat: 'Jl. Soekarno-Hatta No. 17', kompetensi: { ...standar, teknis: 4 }, potensi: 85,
      skp: [{ tahun: 2023, predikat: 'Sangat Baik' }, { tahun: 2024, predikat: 'Sangat Baik' }, { tahun: 2025, predikat: 'Sangat Baik' }] }));
    // Budi: higher grade, further away, a competency gap.
    insertPegawai(db, pegawai({ nip: NIP.budi, nama: 'Budi Santoso', golongan: 'IV/a', alamat: 'Jl. Budi Utomo No. 3', kelurahan: 'Sawah Lebar', kecamatan: 'Ratu Agung',
      domisili: { lat: -3.8300, lon: 102.3100 }, kompetensi: { ...standar, pengambilan_keputusan: 2, teknis: 2 }, potensi: 65 }));
    // Citra: III/b (two steps below III/d) and only 1 year as Kasi: ineligible.
    insertPegawai(db, pegawai({ nip: NIP.citra, nama: 'Citra Dewi', jenisKelamin: 'P', golongan: 'III/b', tmtJabatan: '2025-09-01', alamat: 'Jl. Citra No. 9', potensi: 70 }));
    // Dedi: a 12-working-day unexcused run (PP 94/2021) and a moderate sanction.
    insertPegawai(db, pegawai({ nip: NIP.dedi, nama: 'Dedi Kurniawan', golongan: 'IV/a', alamat: 'Jl. Dedi No. 4', potensi: 90,
      kelurahan: 'Pekan Sabtu', kecamatan: 'Selebar', domisili: { lat: -3.8640, lon: 102.3130 },
      ketidakhadiran: [
        { mulai: '2026-03-02', selesai: '2026-03-06', hariKerja: 5, alasanSah: false, keterangan: '' },
        { mulai: '2026-03-09', selesai: '2026-03-17', hariKerja: 7, alasanSah: false, keterangan: '' },
      ],
      disiplin: [{ hukuman: 'Pemotongan tunjangan kinerja 25% 6 bulan', tingkat: 'sedang', mulai: '2026-04-01', selesai: '2026-09-30', keterangan: '' }] }));
    // Eka: holds the post's level already (rotation), no competency data.
    insertPegawai(db, pegawai({ nip: NIP.eka, nama: 'Eka Putra', jabatanId: 'J-SEKCAM', namaJabatan: 'Sekretaris Kecamatan', kompetensi: {}, potensi: null, alamat: 'Jl. Eka No. 5' }));
    const reqs: [string, string, string[]][] = [
      ['R1', NIP.ani, ['J-LURAH']], ['R2', NIP.budi, ['J-KABID', 'J-LURAH']], ['R3', NIP.citra, ['J-LURAH']],
      ['R4', NIP.dedi, ['J-LURAH']], ['R5', NIP.eka, ['J-KABID', 'J-SEKCAM', 'J-LURAH']],
    ];
    for (const [id, nip, pilihan] of reqs) insertPermohonan(db, permohonan({ id, nip, pilihan, kategoriAlasan: nip === NIP.budi ? 'pengembangan_karir' : 'dekat_domisili' }));
    insertPermohonan(db, permohonan({ id: 'R6', nip: NIP.citra, pilihan: ['J-KABID'], status: 'ditarik' }));
    insertTarget(db, target({ id: 'T1', nip: NIP.ani }));
    insertTarget(db, target({ id: 'T2', nip: NIP.ani, tenggat: '2026-06-30', realisasi: 80, tanggalRealisasi: '2026-07-15', denganPakta: true }));
    insertTarget(db, target({ id: 'T3', nip: NIP.budi, realisasi: null, tanggalRealisasi: null }));
    insertTarget(db, target({ id: 'T4', nip: NIP.ani, permohonanId: 'R1', tenggat: '2027-12-31', realisasi: null, tanggalRealisasi: null, denganPakta: true }));
  });
  return db;
}
