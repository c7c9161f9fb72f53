import type { Jabatan, UnitKerja } from '../domain/jabatan';
import type { ProfilPegawai } from '../domain/pegawai';
import { jenisPermohonan, type Permohonan, type Target } from '../domain/permohonan';
import type { SheetName } from './sheets';
import type { RiwayatRow } from './build-riwayat';

export type RowValue = string | number | boolean | null;
/** Rows by template sheet, values by column key (the template's column order is applied when writing). */
export type KeyedRows = Partial<Record<SheetName, Record<string, RowValue>[]>>;

const yn = (b: boolean) => (b ? 'Ya' : 'Tidak');

/**
 * Domain objects → template rows: the inverse of the import. Used to hand a unit its current data
 * to correct, and by tests to prove that whatever the domain can hold survives the round trip.
 */
export function domainToRows(d: { units: UnitKerja[]; jabatan: Jabatan[]; pegawai: ProfilPegawai[]; permohonan: Permohonan[]; targets: Target[]; riwayat?: readonly RiwayatRow[] }): KeyedRows {
  const out: Required<KeyedRows> = {
    UnitKerja: [], Jabatan: [], StandarKompetensi: [], Pegawai: [], Diklat: [], Kompetensi: [], SKP: [], Disiplin: [], Kehadiran: [], RiwayatJabatan: [], Permohonan: [], Target: [],
  };
  for (const u of d.units) out.UnitKerja.push({ id: u.id, nama: u.nama, singkatan: u.singkatan, lat: u.lokasi.lat, lon: u.lokasi.lon });
  for (const j of d.jabatan) {
    out.Jabatan.push({
      id: j.id, nama: j.nama, unitId: j.unitId, level: j.level, lat: j.lokasi.lat, lon: j.lokasi.lon, minGolongan: j.minGolongan,
      status: j.status, pemegangNip: j.pemegangNip,
    });
    for (const [kode, level] of Object.entries(j.standarKompetensi)) out.StandarKompetensi.push({ jabatanId: j.id, kode, level: level! });
  }
  for (const p of d.pegawai) {
    out.Pegawai.push({
      nip: p.nip, nama: p.nama, gelarDepan: p.gelarDepan, gelarBelakang: p.gelarBelakang, golongan: p.golongan, tmtGolongan: p.tmtGolongan,
      jabatanId: p.jabatanId, namaJabatan: p.namaJabatan, tmtJabatan: p.tmtJabatan, unitId: p.unitId, pendidikan: p.pendidikan, jurusan: p.jurusan,
      alamat: p.alamat, kelurahan: p.kelurahan, kecamatan: p.kecamatan, lat: p.domisili.lat, lon: p.domisili.lon, telepon: p.telepon, potensi: p.potensi,
    });
    for (const x of p.diklat) out.Diklat.push({ nip: p.nip, jenis: x.jenis, tahun: x.tahun });
    for (const [kode, level] of Object.entries(p.kompetensi)) out.Kompetensi.push({ nip: p.nip, kode, level: level! });
    for (const s of p.skp) out.SKP.push({ nip: p.nip, tahun: s.tahun, predikat: s.predikat });
    for (const x of p.disiplin) out.Disiplin.push({ nip: p.nip, hukuman: x.hukuman, tingkat: x.tingkat, mulai: x.mulai, selesai: x.selesai, keterangan: x.keterangan });
    for (const k of p.ketidakhadiran) {
      out.Kehadiran.push({ nip: p.nip, mulai: k.mulai, selesai: k.selesai, hariKerja: k.hariKerja, alasanSah: yn(k.alasanSah), keterangan: k.keterangan });
    }
  }
  for (const r of d.riwayat ?? []) {
    out.RiwayatJabatan.push({ nip: r.nip, namaJabatan: r.namaJabatan, level: r.level, jenisJabatan: null, unit: r.unit, tmtMulai: r.tmtMulai, tmtSelesai: r.tmtSelesai });
  }
  for (const r of d.permohonan) {
    out.Permohonan.push({
      id: r.id, nip: r.nip, tanggal: r.tanggal, jenis: jenisPermohonan(r), pilihan1: r.pilihan[0] ?? null, pilihan2: r.pilihan[1] ?? null, pilihan3: r.pilihan[2] ?? null,
      kategoriAlasan: r.kategoriAlasan, alasan: r.alasan, paktaDitandatangani: yn(r.paktaDitandatangani), tanggalPakta: r.tanggalPakta, status: r.status,
    });
  }
  for (const t of d.targets) {
    out.Target.push({
      id: t.id, nip: t.nip, permohonanId: t.permohonanId, indikator: t.indikator, nilaiTarget: t.nilaiTarget, satuan: t.satuan, tenggat: t.tenggat,
      realisasi: t.realisasi, tanggalRealisasi: t.tanggalRealisasi, catatanBukti: t.catatanBukti, denganPakta: yn(t.denganPakta),
    });
  }
  return out;
}
