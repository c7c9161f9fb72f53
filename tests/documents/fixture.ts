import { Database } from '../../electron/dataset/database';
import { migrate } from '../../electron/dataset/migrations';
import { insertJabatan, insertPegawai, insertPermohonan, insertUnit } from '../../electron/dataset/writer';
import { GOLONGAN, type Golongan } from '../../shared/domain/golongan';
import type { LevelJabatan } from '../../shared/domain/eselon';

const NAMA = ['Ahmad Fauzi', 'Siti Rahmawati', 'Budi Santoso', 'Dewi Lestari', 'Rizki Pratama', 'Nurul Hidayah',
  'Hendra Gunawan', 'Yuliana Sari', 'Agus Salim', 'Rina Marlina', 'Joko Susilo', 'Fitri Handayani'];
const GELAR = [['', 'S.E., M.M.'], ['Dr.', 'S.Sos., M.Si.'], ['', 'S.H.'], ['Ir.', 'M.T.'], ['', 'S.Kom.'], ['', 'S.STP., M.AP.']];
const UNITS = [
  ['u-bkpsdm', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BKPSDM'],
  ['u-dinkes', 'Dinas Kesehatan', 'Dinkes'],
  ['u-kec-gading', 'Kecamatan Gading Cempaka', 'Kec. GC'],
  ['u-kel-jalan-gedang', 'Kelurahan Jalan Gedang', 'Kel. JG'],
] as const;
const LEVELS: LevelJabatan[] = ['III.a', 'III.b', 'IV.a', 'IV.b', 'pelaksana'];

function nipFor(i: number): string {
  const y = 1970 + (i % 25);
  const m = String((i % 12) + 1).padStart(2, '0');
  const d = String((i % 27) + 1).padStart(2, '0');
  const tmtY = y + 24;
  return `${y}${m}${d}${tmtY}03${(i % 2) + 1}${String(i % 1000).padStart(3, '0')}`;
}

/**
 * A small city with one finished session of `n` agenda items: most recommended (promotions, rotations
 * and one "tetap"), some not recommended, one deferred; one recusal; five members, one absent.
 */
export async function buildSessionFixture(n = 6, opts: { allRecommended?: boolean } = {}): Promise<{ db: Database; sidangId: string }> {
  const db = await Database.create();
  migrate(db);
  db.transaction(() => {
    for (const [id, nama, singkatan] of UNITS) insertUnit(db, { id, nama, singkatan, lokasi: { lat: -3.8, lon: 102.27 } });
    for (let i = 0; i < n; i++) {
      const level = LEVELS[i % LEVELS.length]!;
      const unit = UNITS[i % UNITS.length]![0];
      const lamaId = level === 'pelaksana' ? null : `j-lama-${i}`;
      if (lamaId) {
        insertJabatan(db, {
          id: lamaId, nama: `Kepala Seksi ${['Pelayanan', 'Pembinaan', 'Perencanaan', 'Data'][i % 4]} ${i + 1}`, unitId: unit, level,
          lokasi: { lat: -3.8, lon: 102.27 }, minGolongan: 'III/b', status: 'lowong', pemegangNip: null, standarKompetensi: {},
        });
      }
      const baruLevel: LevelJabatan = i % 7 === 3 ? level : (['III.a', 'III.b', 'IV.a', 'IV.a', 'IV.b'] as LevelJabatan[])[i % 5]!;
      insertJabatan(db, {
        id: `j-baru-${i}`, nama: `Kepala ${baruLevel.startsWith('III') ? 'Bidang' : 'Sub Bagian'} ${['Mutasi', 'Umum', 'Keuangan', 'Program'][i % 4]} ${i + 1}`,
        unitId: UNITS[(i + 1) % UNITS.length]![0], level: baruLevel, lokasi: { lat: -3.8, lon: 102.27 }, minGolongan: 'III/b',
        status: 'lowong', pemegangNip: null, standarKompetensi: {},
      });
      const nip = nipFor(i);
      const g = GELAR[i % GELAR.length]!;
      insertPegawai(db, {
        nip, nama: `${NAMA[i % NAMA.length]}${i >= NAMA.length ? ` ${Math.floor(i / NAMA.length) + 1}` : ''}`,
        gelarDepan: g[0]!, gelarBelakang: g[1]!, jenisKelamin: i % 2 ? 'P' : 'L',
        tanggalLahir: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
        golongan: GOLONGAN[9 + (i % 5)] as Golongan, tmtGolongan: '2020-04-01', jabatanId: lamaId,
        namaJabatan: lamaId ? `Kepala Seksi ${['Pelayanan', 'Pembinaan', 'Perencanaan', 'Data'][i % 4]} ${i + 1}` : 'Pengadministrasi Umum',
        tmtJabatan: '2019-01-02', unitId: unit, pendidikan: 'S-1', jurusan: 'Administrasi Negara', alamat: `Jl. Merapi No. ${i + 1}`,
        kelurahan: 'Jalan Gedang', kecamatan: 'Gading Cempaka', domisili: { lat: -3.8, lon: 102.27 }, telepon: '', potensi: 70,
        diklat: [], kompetensi: {}, skp: [], disiplin: [], ketidakhadiran: [],
      });
      insertPermohonan(db, {
        id: `p-${i}`, nip, tanggal: '2026-08-01', pilihan: [`j-baru-${i}`], kategoriAlasan: 'pengembangan_karir',
        alasan: 'Pengembangan karir', paktaDitandatangani: true, tanggalPakta: '2026-08-01', status: 'dijadwalkan',
      });
    }
    db.run(`INSERT INTO sidang (id, nomor, tanggal, tempat, status, dibuat_pada) VALUES (?,?,?,?,?,?)`,
      ['s-1', '07/BPJ/XI/2026', '2026-11-20', 'Ruang Rapat Sekretariat Daerah Kota Bengkulu', 'selesai', '2026-11-01T02:00:00.000Z']);
    const anggota = [
      ['a1', 'Dr. H. Arif Gunadi, S.E., M.Si.', '197001011995031001', 'Sekretaris Daerah', 'ketua', 1, 1],
      ['a2', 'Ratna Dewi, S.H., M.H.', '197505052000032002', 'Kepala BKPSDM', 'sekretaris', 2, 1],
      ['a3', 'Drs. Syamsul Bahri, M.M.', '196906061994031003', 'Inspektur', 'anggota', 3, 1],
      ['a4', 'Ir. Hasan Basri, M.T.', '197107071996031004', 'Asisten Administrasi Umum', 'anggota', 4, 1],
      ['a5', 'Yeni Marlina, S.E.', '197808082002122005', 'Asisten Pemerintahan dan Kesra', 'anggota', 5, 0],
    ] as const;
    for (const a of anggota) {
      db.run(`INSERT INTO sidang_anggota (sidang_id, anggota_id, nama, nip, jabatan, peran, urutan, hadir) VALUES (?,?,?,?,?,?,?,?)`,
        ['s-1', a[0], a[1], a[2], a[3], a[4], a[5], a[6]]);
    }
    for (let i = 0; i < n; i++) {
      const item = `ai-${i}`;
      db.run('INSERT INTO agenda_item (id, sidang_id, urutan, permohonan_id, jabatan_id, catatan_diskusi) VALUES (?,?,?,?,?,?)',
        [item, 's-1', i + 1, `p-${i}`, `j-baru-${i}`, 'Dibahas sesuai urutan agenda.']);
      const hasil = opts.allRecommended ? 'direkomendasikan' : i % 9 === 4 ? 'tidak_direkomendasikan' : i % 11 === 5 ? 'ditunda' : 'direkomendasikan';
      if (i === 0) db.run('INSERT INTO konflik_kepentingan VALUES (?,?,?,?)', [item, 'a4', 'Hubungan keluarga', '2026-11-20T03:00:00.000Z']);
      for (const a of ['a1', 'a2', 'a3', 'a4']) {
        if (i === 0 && a === 'a4') continue;
        const pilihan = hasil === 'direkomendasikan' ? (a === 'a3' && i % 3 === 1 ? 'abstain' : 'setuju') : hasil === 'ditunda' ? 'abstain' : 'tidak_setuju';
        db.run('INSERT INTO suara VALUES (?,?,?,?,?)', [item, a, pilihan, '', '2026-11-20T03:10:00.000Z']);
      }
      // A revised decision: only the highest versi counts.
      if (i === 1) {
        db.run('INSERT INTO keputusan (agenda_item_id, versi, hasil, jabatan_id, alasan, syarat, alasan_revisi, dicatat_pada) VALUES (?,?,?,?,?,?,?,?)',
          [item, 1, 'ditunda', null, 'Menunggu hasil uji kompetensi.', '', null, '2026-11-20T03:20:00.000Z']);
      }
      db.run('INSERT INTO keputusan (agenda_item_id, versi, hasil, jabatan_id, alasan, syarat, alasan_revisi, dicatat_pada) VALUES (?,?,?,?,?,?,?,?)',
        [item, i === 1 ? 2 : 1, hasil, hasil === 'direkomendasikan' ? (i % 7 === 3 && LEVELS[i % LEVELS.length] !== 'pelaksana' ? `j-lama-${i}` : `j-baru-${i}`) : null,
          hasil === 'direkomendasikan'
            ? 'Memenuhi syarat kepangkatan dan pendidikan; JPM 86%; SKP dua tahun terakhir Baik.'
            : hasil === 'ditunda' ? 'Menunggu kelengkapan berkas.' : 'Belum memenuhi syarat pangkat minimal.',
          hasil === 'direkomendasikan' && i % 4 === 0 ? 'Wajib mengikuti Pelatihan Kepemimpinan dalam 1 tahun.' : '',
          i === 1 ? 'Hasil uji kompetensi telah diterima.' : null, '2026-11-20T03:30:00.000Z']);
    }
  }, { journal: false });
  return { db, sidangId: 's-1' };
}
