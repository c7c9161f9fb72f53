import type { Database } from '../dataset/database';
import type { Diklat, Disiplin, Ketidakhadiran, ProfilPegawai } from '../../shared/domain/pegawai';
import type { ProfilKompetensi } from '../../shared/domain/kompetensi';
import type { Skp } from '../../shared/domain/skp';

type Row = Record<string, any>;

function grouped<T>(db: Database, sql: string, map: (r: Row) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of db.all<Row>(sql)) {
    const list = out.get(r.nip);
    if (list) list.push(map(r));
    else out.set(r.nip, [map(r)]);
  }
  return out;
}

/**
 * Every ASN of the dataset with their child rows, one query per table (an update compares all of
 * them; ten queries per person would dominate at 100,000 ASN). The mapping mirrors loadProfil in
 * electron/dataset/repository.ts; tests/intake/master-update.test.ts checks the two agree.
 */
export function loadAllProfiles(db: Database): Map<string, ProfilPegawai> {
  const diklat = grouped<Diklat>(db, 'SELECT nip, jenis, tahun FROM diklat ORDER BY nip, tahun', (r) => ({ jenis: r.jenis, tahun: r.tahun }));
  const kompetensi = grouped(db, 'SELECT nip, kode, level FROM kompetensi', (r) => [r.kode, r.level] as const);
  const skp = grouped<Skp>(db, 'SELECT nip, tahun, predikat FROM skp ORDER BY nip, tahun', (r) => ({ tahun: r.tahun, predikat: r.predikat }));
  const disiplin = grouped<Disiplin>(db, 'SELECT * FROM disiplin ORDER BY nip, mulai', (d) => ({
    hukuman: d.hukuman, tingkat: d.tingkat, mulai: d.mulai, selesai: d.selesai ?? null, keterangan: d.keterangan,
  }));
  const absen = grouped<Ketidakhadiran>(db, 'SELECT * FROM ketidakhadiran ORDER BY nip, mulai', (k) => ({
    mulai: k.mulai, selesai: k.selesai, hariKerja: k.hari_kerja, alasanSah: !!k.alasan_sah, keterangan: k.keterangan,
  }));
  const out = new Map<string, ProfilPegawai>();
  for (const r of db.all<Row>('SELECT * FROM pegawai ORDER BY nip')) {
    const nip = r.nip as string;
    out.set(nip, {
      nip, nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang, jenisKelamin: r.jenis_kelamin,
      tanggalLahir: r.tanggal_lahir, golongan: r.golongan, tmtGolongan: r.tmt_golongan, jabatanId: r.jabatan_id ?? null,
      namaJabatan: r.nama_jabatan, tmtJabatan: r.tmt_jabatan, unitId: r.unit_id, pendidikan: r.pendidikan,
      jurusan: r.jurusan, alamat: r.alamat, kelurahan: r.kelurahan, kecamatan: r.kecamatan,
      domisili: { lat: r.lat, lon: r.lon }, telepon: r.telepon, potensi: r.potensi ?? null,
      diklat: diklat.get(nip) ?? [],
      kompetensi: Object.fromEntries(kompetensi.get(nip) ?? []) as ProfilKompetensi,
      skp: skp.get(nip) ?? [],
      disiplin: disiplin.get(nip) ?? [],
      ketidakhadiran: absen.get(nip) ?? [],
    });
  }
  return out;
}
