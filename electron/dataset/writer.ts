import type { Database } from './database';
import type { ProfilPegawai } from '../../shared/domain/pegawai';
import type { Jabatan, UnitKerja } from '../../shared/domain/jabatan';
import { jenisPermohonan, type Permohonan, type Target } from '../../shared/domain/permohonan';

/** Inserts validated domain objects. Callers wrap a batch in one transaction (imports are all-or-nothing). */

export function insertUnit(db: Database, u: UnitKerja): void {
  db.run('INSERT INTO unit_kerja (id, nama, singkatan, lat, lon) VALUES (?,?,?,?,?)', [
    u.id, u.nama, u.singkatan, u.lokasi.lat, u.lokasi.lon,
  ]);
}

export function insertJabatan(db: Database, j: Jabatan): void {
  db.run(
    'INSERT INTO jabatan (id, nama, unit_id, level, lat, lon, min_golongan, status, pemegang_nip) VALUES (?,?,?,?,?,?,?,?,?)',
    [j.id, j.nama, j.unitId, j.level, j.lokasi.lat, j.lokasi.lon, j.minGolongan, j.status, j.pemegangNip],
  );
  for (const [kode, level] of Object.entries(j.standarKompetensi)) {
    db.run('INSERT INTO jabatan_kompetensi (jabatan_id, kode, level) VALUES (?,?,?)', [j.id, kode, level]);
  }
}

export function insertPegawai(db: Database, p: ProfilPegawai): void {
  db.run(
    `INSERT INTO pegawai (nip, nama, gelar_depan, gelar_belakang, jenis_kelamin, tanggal_lahir, golongan, tmt_golongan,
      jabatan_id, nama_jabatan, tmt_jabatan, unit_id, pendidikan, jurusan, alamat, kelurahan, kecamatan, lat, lon,
      telepon, potensi) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    [
      p.nip, p.nama, p.gelarDepan, p.gelarBelakang, p.jenisKelamin, p.tanggalLahir, p.golongan, p.tmtGolongan,
      p.jabatanId, p.namaJabatan, p.tmtJabatan, p.unitId, p.pendidikan, p.jurusan, p.alamat, p.kelurahan,
      p.kecamatan, p.domisili.lat, p.domisili.lon, p.telepon, p.potensi,
    ],
  );
  for (const d of p.diklat) db.run('INSERT INTO diklat (nip, jenis, tahun) VALUES (?,?,?)', [p.nip, d.jenis, d.tahun]);
  for (const [kode, level] of Object.entries(p.kompetensi)) {
    db.run('INSERT INTO kompetensi (nip, kode, level) VALUES (?,?,?)', [p.nip, kode, level]);
  }
  for (const s of p.skp) db.run('INSERT INTO skp (nip, tahun, predikat) VALUES (?,?,?)', [p.nip, s.tahun, s.predikat]);
  for (const d of p.disiplin) {
    db.run('INSERT INTO disiplin (nip, hukuman, tingkat, mulai, selesai, keterangan) VALUES (?,?,?,?,?,?)', [
      p.nip, d.hukuman, d.tingkat, d.mulai, d.selesai, d.keterangan,
    ]);
  }
  for (const k of p.ketidakhadiran) {
    db.run(
      'INSERT INTO ketidakhadiran (nip, mulai, selesai, hari_kerja, alasan_sah, keterangan) VALUES (?,?,?,?,?,?)',
      [p.nip, k.mulai, k.selesai, k.hariKerja, k.alasanSah, k.keterangan],
    );
  }
}

export function insertPermohonan(db: Database, r: Permohonan): void {
  db.run(
    `INSERT INTO permohonan (id, nip, tanggal, jenis, kategori_alasan, alasan, pakta_ditandatangani, tanggal_pakta, status)
     VALUES (?,?,?,?,?,?,?,?,?)`,
    [r.id, r.nip, r.tanggal, jenisPermohonan(r), r.kategoriAlasan, r.alasan, r.paktaDitandatangani, r.tanggalPakta, r.status],
  );
  r.pilihan.forEach((jabatanId, i) => {
    db.run('INSERT INTO permohonan_pilihan (permohonan_id, peringkat, jabatan_id) VALUES (?,?,?)', [r.id, i + 1, jabatanId]);
  });
}

export function insertTarget(db: Database, t: Target): void {
  db.run(
    `INSERT INTO target (id, nip, permohonan_id, indikator, nilai_target, satuan, tenggat, realisasi, tanggal_realisasi,
      catatan_bukti, dengan_pakta) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
    [
      t.id, t.nip, t.permohonanId, t.indikator, t.nilaiTarget, t.satuan, t.tenggat, t.realisasi, t.tanggalRealisasi,
      t.catatanBukti, t.denganPakta,
    ],
  );
}
