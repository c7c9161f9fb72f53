import type { Database } from './database';
import type { Diklat, Disiplin, Ketidakhadiran, ProfilPegawai } from '../../shared/domain/pegawai';
import type { Jabatan, UnitKerja } from '../../shared/domain/jabatan';
import type { Permohonan, Target } from '../../shared/domain/permohonan';
import type { ProfilKompetensi } from '../../shared/domain/kompetensi';
import type { Skp } from '../../shared/domain/skp';

/** Row → domain mappers and loaders shared by every capability that reads people and posts. */

type Row = Record<string, any>;

export function toJabatan(r: Row, standar: ProfilKompetensi): Jabatan {
  return {
    id: r.id, nama: r.nama, unitId: r.unit_id, level: r.level, lokasi: { lat: r.lat, lon: r.lon },
    minGolongan: r.min_golongan, status: r.status, pemegangNip: r.pemegang_nip ?? null, standarKompetensi: standar,
  };
}

export function toTarget(r: Row): Target {
  return {
    id: r.id, nip: r.nip, permohonanId: r.permohonan_id ?? null, indikator: r.indikator, nilaiTarget: r.nilai_target,
    satuan: r.satuan, tenggat: r.tenggat, realisasi: r.realisasi ?? null, tanggalRealisasi: r.tanggal_realisasi ?? null,
    catatanBukti: r.catatan_bukti, denganPakta: !!r.dengan_pakta,
  };
}

export function toPermohonan(r: Row, pilihan: string[]): Permohonan {
  return {
    id: r.id, nip: r.nip, tanggal: r.tanggal, jenis: r.jenis ?? 'pindah', pilihan, kategoriAlasan: r.kategori_alasan, alasan: r.alasan,
    paktaDitandatangani: !!r.pakta_ditandatangani, tanggalPakta: r.tanggal_pakta ?? null, status: r.status,
  };
}

function kompetensiOf(rows: Row[]): ProfilKompetensi {
  return Object.fromEntries(rows.map((r) => [r.kode, r.level])) as ProfilKompetensi;
}

export function loadUnit(db: Database, id: string): UnitKerja | undefined {
  const r = db.first<Row>('SELECT * FROM unit_kerja WHERE id = ?', [id]);
  return r && { id: r.id, nama: r.nama, singkatan: r.singkatan, lokasi: { lat: r.lat, lon: r.lon } };
}

export function loadJabatan(db: Database, id: string): Jabatan | undefined {
  const r = db.first<Row>('SELECT * FROM jabatan WHERE id = ?', [id]);
  if (!r) return undefined;
  return toJabatan(r, kompetensiOf(db.all<Row>('SELECT kode, level FROM jabatan_kompetensi WHERE jabatan_id = ?', [id])));
}

export function loadProfil(db: Database, nip: string): ProfilPegawai | undefined {
  const r = db.first<Row>('SELECT * FROM pegawai WHERE nip = ?', [nip]);
  if (!r) return undefined;
  return {
    nip: r.nip, nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang, jenisKelamin: r.jenis_kelamin,
    tanggalLahir: r.tanggal_lahir, golongan: r.golongan, tmtGolongan: r.tmt_golongan, jabatanId: r.jabatan_id ?? null,
    namaJabatan: r.nama_jabatan, tmtJabatan: r.tmt_jabatan, unitId: r.unit_id, pendidikan: r.pendidikan,
    jurusan: r.jurusan, alamat: r.alamat, kelurahan: r.kelurahan, kecamatan: r.kecamatan,
    domisili: { lat: r.lat, lon: r.lon }, telepon: r.telepon, potensi: r.potensi ?? null,
    diklat: db.all<Diklat>('SELECT jenis, tahun FROM diklat WHERE nip = ? ORDER BY tahun', [nip]),
    kompetensi: kompetensiOf(db.all<Row>('SELECT kode, level FROM kompetensi WHERE nip = ?', [nip])),
    skp: db.all<Skp>('SELECT tahun, predikat FROM skp WHERE nip = ? ORDER BY tahun', [nip]),
    disiplin: db.all<Row>('SELECT * FROM disiplin WHERE nip = ? ORDER BY mulai', [nip]).map((d): Disiplin => ({
      hukuman: d.hukuman, tingkat: d.tingkat, mulai: d.mulai, selesai: d.selesai ?? null, keterangan: d.keterangan,
    })),
    ketidakhadiran: db.all<Row>('SELECT * FROM ketidakhadiran WHERE nip = ? ORDER BY mulai', [nip]).map(
      (k): Ketidakhadiran => ({
        mulai: k.mulai, selesai: k.selesai, hariKerja: k.hari_kerja, alasanSah: !!k.alasan_sah, keterangan: k.keterangan,
      }),
    ),
  };
}

export function loadPermohonan(db: Database, id: string): Permohonan | undefined {
  const r = db.first<Row>('SELECT * FROM permohonan WHERE id = ?', [id]);
  if (!r) return undefined;
  const pilihan = db
    .all<{ jabatan_id: string }>('SELECT jabatan_id FROM permohonan_pilihan WHERE permohonan_id = ? ORDER BY peringkat', [id])
    .map((p) => p.jabatan_id);
  return toPermohonan(r, pilihan);
}

/** Targets tied to this request, and every other target the person committed to before. */
export function loadTargets(db: Database, nip: string, permohonanId: string | null): { baru: Target[]; lampau: Target[] } {
  const all = db.all<Row>('SELECT * FROM target WHERE nip = ? ORDER BY tenggat', [nip]).map(toTarget);
  return {
    baru: all.filter((t) => permohonanId !== null && t.permohonanId === permohonanId),
    lampau: all.filter((t) => t.permohonanId === null || t.permohonanId !== permohonanId),
  };
}

export function getMeta(db: Database, key: string): string | undefined {
  return db.value<string>('SELECT value FROM meta WHERE key = ?', [key]);
}

export function setMeta(db: Database, key: string, value: string): void {
  db.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', [key, value]);
}
