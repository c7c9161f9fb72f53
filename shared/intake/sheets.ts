import { GOLONGAN } from '../domain/golongan';
import { LEVEL_JABATAN } from '../domain/eselon';
import { KOMPETENSI, KODE_KOMPETENSI } from '../domain/kompetensi';
import { JENIS_DIKLAT, PENDIDIKAN, TINGKAT_HUKUMAN } from '../domain/pegawai';
import { JENIS_PERMOHONAN, KATEGORI_ALASAN, STATUS_PERMOHONAN } from '../domain/permohonan';
import { PREDIKAT_SKP } from '../domain/skp';
import type { ColumnKind } from './cells';
import { RIWAYAT_SHEET } from './sheet-riwayat';

export interface ColumnSpec {
  key: string;
  /** Header as the template writes it. */
  header: string;
  /** Other headers accepted for this column (older forms, SIMPEG exports). */
  aliases?: string[];
  kind: ColumnKind;
  required: boolean;
  /** Header note in the template: what to fill in, and how. */
  note: string;
}

export type SheetName =
  | 'UnitKerja' | 'Jabatan' | 'StandarKompetensi' | 'Pegawai' | 'Diklat' | 'Kompetensi' | 'SKP' | 'Disiplin'
  | 'Kehadiran' | 'RiwayatJabatan' | 'Permohonan' | 'Target';

export interface SheetSpec {
  name: SheetName;
  /** What the template's title row says above the header. */
  title: string;
  aliases: string[];
  columns: ColumnSpec[];
}

const teks = (max: number, min?: number): ColumnKind => ({ type: 'teks', max, min });
const nip: ColumnKind = { type: 'nip' };
const tanggal: ColumnKind = { type: 'tanggal' };
const yaTidak: ColumnKind = { type: 'yaTidak' };
const pilihan = (values: readonly string[], aliases?: Record<string, string>): ColumnKind => ({ type: 'pilihan', values, aliases });

const NIP_NOTE = '18 digit. Kolom ini berformat Teks: jangan ubah menjadi Angka, Excel akan menghapus digit terakhir.';
const TGL_NOTE = 'Tanggal, mis. 02-07-2025, 02/07/2025, 2025-07-02 atau 2 Juli 2025.';
const KOMPETENSI_ALIASES = Object.fromEntries(KOMPETENSI.map((k) => [k.nama, k.kode]));
const LAT = (key: string, header: string, what: string): ColumnSpec => ({
  key, header, kind: { type: 'angka', min: -90, max: 90 }, required: true, aliases: ['lat', 'latitude', 'lintang'],
  note: `Lintang ${what} dalam derajat desimal, mis. -3,7956 (Kota Bengkulu sekitar -3,80).`,
});
const LON = (key: string, header: string, what: string): ColumnSpec => ({
  key, header, kind: { type: 'angka', min: -180, max: 180 }, required: true, aliases: ['lon', 'lng', 'longitude', 'bujur'],
  note: `Bujur ${what} dalam derajat desimal, mis. 102,2655.`,
});
const NIP_COL: ColumnSpec = { key: 'nip', header: 'NIP', kind: nip, required: true, note: NIP_NOTE };

export const SHEETS: readonly SheetSpec[] = [
  {
    name: 'UnitKerja', title: 'Unit Kerja (Perangkat Daerah, Kecamatan, Kelurahan)', aliases: ['Unit Kerja', 'Unit', 'OPD'],
    columns: [
      { key: 'id', header: 'ID Unit', aliases: ['id', 'unit id', 'kode unit'], kind: teks(40), required: true, note: 'Kode unik unit kerja, mis. BKPSDM.' },
      { key: 'nama', header: 'Nama Unit', aliases: ['nama'], kind: teks(200, 2), required: true, note: 'Nama resmi unit kerja.' },
      { key: 'singkatan', header: 'Singkatan', kind: teks(40), required: false, note: 'Boleh kosong.' },
      LAT('lat', 'Lintang', 'kantor'), LON('lon', 'Bujur', 'kantor'),
    ],
  },
  {
    name: 'Jabatan', title: 'Jabatan dan Pangkat Minimal', aliases: ['Jabatan Struktural', 'Formasi'],
    columns: [
      { key: 'id', header: 'ID Jabatan', aliases: ['id', 'jabatan id', 'kode jabatan'], kind: teks(40), required: true, note: 'Kode unik jabatan.' },
      { key: 'nama', header: 'Nama Jabatan', aliases: ['nama', 'jabatan'], kind: teks(200, 2), required: true, note: 'Nama jabatan.' },
      { key: 'unitId', header: 'ID Unit', aliases: ['unit id', 'unit'], kind: teks(40), required: true, note: 'ID Unit dari lembar UnitKerja atau dataset.' },
      { key: 'level', header: 'Eselon', aliases: ['level', 'jenis jabatan', 'eselon jenis'], kind: pilihan(LEVEL_JABATAN), required: true, note: 'II.a … IV.b, fungsional, atau pelaksana.' },
      LAT('lat', 'Lintang', 'lokasi jabatan'), LON('lon', 'Bujur', 'lokasi jabatan'),
      { key: 'minGolongan', header: 'Pangkat Minimal', aliases: ['golongan minimal', 'min golongan', 'pangkat min'], kind: pilihan(GOLONGAN), required: true, note: 'Golongan ruang minimal, mis. III/d.' },
      { key: 'status', header: 'Status', kind: pilihan(['terisi', 'lowong'], { kosong: 'lowong', isi: 'terisi' }), required: true, note: 'terisi atau lowong.' },
      { key: 'pemegangNip', header: 'NIP Pemegang', aliases: ['pemegang nip', 'nip pejabat'], kind: nip, required: false, note: `Kosong bila lowong. ${NIP_NOTE}` },
    ],
  },
  {
    name: 'StandarKompetensi', title: 'Standar Kompetensi Jabatan (PermenPANRB 38/2017)', aliases: ['Standar Kompetensi', 'Standar Kompetensi Jabatan', 'SKJ'],
    columns: [
      { key: 'jabatanId', header: 'ID Jabatan', aliases: ['jabatan id', 'jabatan'], kind: teks(40), required: true, note: 'ID Jabatan dari lembar Jabatan atau dataset.' },
      { key: 'kode', header: 'Kode Kompetensi', aliases: ['kode', 'kompetensi'], kind: pilihan(KODE_KOMPETENSI, KOMPETENSI_ALIASES), required: true, note: `Salah satu: ${KODE_KOMPETENSI.join(', ')}.` },
      { key: 'level', header: 'Level', aliases: ['level standar', 'standar'], kind: { type: 'bulat', min: 1, max: 5 }, required: true, note: 'Level yang dipersyaratkan, 1–5.' },
    ],
  },
  {
    name: 'Pegawai', title: 'Data ASN', aliases: ['ASN', 'PNS', 'Data Pegawai', 'Data ASN'],
    columns: [
      NIP_COL,
      { key: 'nama', header: 'Nama', aliases: ['nama lengkap', 'nama pegawai'], kind: teks(120, 2), required: true, note: 'Nama tanpa gelar.' },
      { key: 'gelarDepan', header: 'Gelar Depan', kind: teks(40), required: false, note: 'Mis. Dr. atau Ir.' },
      { key: 'gelarBelakang', header: 'Gelar Belakang', kind: teks(60), required: false, note: 'Mis. S.E., M.M.' },
      { key: 'golongan', header: 'Golongan', aliases: ['gol', 'golongan ruang', 'pangkat golongan'], kind: pilihan(GOLONGAN), required: true, note: 'Mis. III/d.' },
      { key: 'tmtGolongan', header: 'TMT Golongan', aliases: ['tmt gol', 'tmt pangkat'], kind: tanggal, required: true, note: TGL_NOTE },
      { key: 'jabatanId', header: 'ID Jabatan', aliases: ['jabatan id'], kind: teks(40), required: false, note: 'ID Jabatan saat ini; kosong bila tidak ada di lembar Jabatan.' },
      { key: 'namaJabatan', header: 'Nama Jabatan', aliases: ['jabatan', 'jabatan saat ini'], kind: teks(200, 1), required: true, note: 'Nama jabatan saat ini.' },
      { key: 'tmtJabatan', header: 'TMT Jabatan', aliases: ['tmt jab'], kind: tanggal, required: true, note: TGL_NOTE },
      { key: 'unitId', header: 'ID Unit', aliases: ['unit id', 'unit'], kind: teks(40), required: true, note: 'ID Unit dari lembar UnitKerja atau dataset.' },
      { key: 'pendidikan', header: 'Pendidikan', aliases: ['pendidikan terakhir', 'tingkat pendidikan'], kind: pilihan(PENDIDIKAN, { SMU: 'SMA', SLTA: 'SMA', SMK: 'SMA', D3: 'D-III', D4: 'D-IV', 'DIV': 'D-IV', S1: 'S-1', S2: 'S-2', S3: 'S-3' }), required: true, note: PENDIDIKAN.join(', ') },
      { key: 'jurusan', header: 'Jurusan', kind: teks(120), required: false, note: 'Boleh kosong.' },
      { key: 'alamat', header: 'Alamat', aliases: ['alamat domisili'], kind: teks(300), required: true, note: 'Alamat domisili.' },
      { key: 'kelurahan', header: 'Kelurahan', kind: teks(80), required: true, note: 'Kelurahan domisili.' },
      { key: 'kecamatan', header: 'Kecamatan', kind: teks(80), required: true, note: 'Kecamatan domisili.' },
      LAT('lat', 'Lintang Domisili', 'domisili'), LON('lon', 'Bujur Domisili', 'domisili'),
      { key: 'telepon', header: 'Telepon', aliases: ['no hp', 'hp', 'no telepon'], kind: teks(30), required: false, note: 'Boleh kosong. Format Teks agar angka 0 di depan tidak hilang.' },
      { key: 'potensi', header: 'Skor Potensi', aliases: ['potensi', 'nilai potensi'], kind: { type: 'angka', min: 0, max: 100 }, required: false, note: 'Skor asesmen 0–100; kosong bila belum diases.' },
    ],
  },
  {
    name: 'Diklat', title: 'Diklat Kepemimpinan', aliases: ['Diklat PIM', 'Pelatihan'],
    columns: [
      NIP_COL,
      { key: 'jenis', header: 'Jenis Diklat', aliases: ['jenis', 'diklat'], kind: pilihan(JENIS_DIKLAT), required: true, note: JENIS_DIKLAT.join(', ') },
      { key: 'tahun', header: 'Tahun', kind: { type: 'bulat', min: 1970, max: 2100 }, required: true, note: 'Tahun lulus.' },
    ],
  },
  {
    name: 'Kompetensi', title: 'Profil Kompetensi ASN (per NIP per kode kompetensi)', aliases: ['Kompetensi ASN', 'Profil Kompetensi'],
    columns: [
      NIP_COL,
      { key: 'kode', header: 'Kode Kompetensi', aliases: ['kode', 'kompetensi'], kind: pilihan(KODE_KOMPETENSI, KOMPETENSI_ALIASES), required: true, note: `Salah satu: ${KODE_KOMPETENSI.join(', ')}.` },
      { key: 'level', header: 'Level', aliases: ['level kompetensi', 'nilai'], kind: { type: 'bulat', min: 1, max: 5 }, required: true, note: 'Level hasil asesmen, 1–5.' },
    ],
  },
  {
    name: 'SKP', title: 'Predikat SKP per Tahun (PermenPANRB 6/2022)', aliases: ['Kinerja', 'Predikat SKP'],
    columns: [
      NIP_COL,
      { key: 'tahun', header: 'Tahun', kind: { type: 'bulat', min: 2000, max: 2100 }, required: true, note: 'Tahun penilaian.' },
      { key: 'predikat', header: 'Predikat', aliases: ['predikat kinerja'], kind: pilihan(PREDIKAT_SKP, { Kurang: 'Kurang/Misconduct', Misconduct: 'Kurang/Misconduct' }), required: true, note: PREDIKAT_SKP.join(', ') },
    ],
  },
  {
    name: 'Disiplin', title: 'Hukuman Disiplin (PP 94/2021)', aliases: ['Hukuman Disiplin'],
    columns: [
      NIP_COL,
      { key: 'hukuman', header: 'Hukuman', aliases: ['jenis hukuman'], kind: teks(200, 1), required: true, note: 'Jenis hukuman disiplin.' },
      { key: 'tingkat', header: 'Tingkat', aliases: ['tingkat hukuman'], kind: pilihan(TINGKAT_HUKUMAN), required: true, note: TINGKAT_HUKUMAN.join(', ') },
      { key: 'mulai', header: 'Mulai', aliases: ['tmt hukuman', 'tanggal mulai'], kind: tanggal, required: true, note: TGL_NOTE },
      { key: 'selesai', header: 'Selesai', aliases: ['tanggal selesai'], kind: tanggal, required: false, note: `Kosong bila masih berjalan. ${TGL_NOTE}` },
      { key: 'keterangan', header: 'Keterangan', kind: teks(1000), required: false, note: 'Boleh kosong.' },
    ],
  },
  {
    name: 'Kehadiran', title: 'Ketidakhadiran (hari kerja berturut-turut)', aliases: ['Ketidakhadiran', 'Absensi', 'Disiplin Kehadiran'],
    columns: [
      NIP_COL,
      { key: 'mulai', header: 'Mulai', aliases: ['tanggal mulai'], kind: tanggal, required: true, note: TGL_NOTE },
      { key: 'selesai', header: 'Selesai', aliases: ['tanggal selesai'], kind: tanggal, required: true, note: TGL_NOTE },
      { key: 'hariKerja', header: 'Hari Kerja', aliases: ['jumlah hari', 'jumlah hari kerja'], kind: { type: 'bulat', min: 1, max: 366 }, required: true, note: 'Jumlah hari kerja berturut-turut.' },
      { key: 'alasanSah', header: 'Alasan Sah', aliases: ['sah', 'dengan alasan sah'], kind: yaTidak, required: true, note: 'Ya atau Tidak.' },
      { key: 'keterangan', header: 'Keterangan', kind: teks(1000), required: false, note: 'Boleh kosong.' },
    ],
  },
  RIWAYAT_SHEET,
  {
    name: 'Permohonan', title: 'Permohonan Open Karir', aliases: ['Open Karir', 'Permohonan Open Karir', 'Usulan'],
    columns: [
      { key: 'id', header: 'ID Permohonan', aliases: ['id', 'nomor permohonan', 'no permohonan'], kind: teks(40), required: true, note: 'Nomor unik permohonan.' },
      NIP_COL,
      { key: 'tanggal', header: 'Tanggal Pengajuan', aliases: ['tanggal', 'tgl pengajuan'], kind: tanggal, required: true, note: TGL_NOTE },
      {
        key: 'jenis', header: 'Jenis Permohonan', aliases: ['jenis', 'jenis usulan', 'pindah atau tetap'],
        kind: pilihan(JENIS_PERMOHONAN, { 'pindah jabatan': 'pindah', 'tetap di jabatan': 'tetap', 'tetap pada jabatan saat ini': 'tetap' }),
        required: false,
        note: 'pindah (memohon 1–3 jabatan di kolom Pilihan) atau tetap (memohon tetap pada jabatan saat ini; kolom Pilihan dikosongkan). Kosong berarti pindah.',
      },
      { key: 'pilihan1', header: 'Pilihan 1', aliases: ['jabatan pilihan 1'], kind: teks(40), required: false, note: 'ID Jabatan pilihan pertama; wajib untuk permohonan pindah, kosong untuk permohonan tetap.' },
      { key: 'pilihan2', header: 'Pilihan 2', aliases: ['jabatan pilihan 2'], kind: teks(40), required: false, note: 'ID Jabatan pilihan kedua (boleh kosong).' },
      { key: 'pilihan3', header: 'Pilihan 3', aliases: ['jabatan pilihan 3'], kind: teks(40), required: false, note: 'ID Jabatan pilihan ketiga (boleh kosong).' },
      { key: 'kategoriAlasan', header: 'Kategori Alasan', aliases: ['kategori'], kind: pilihan(KATEGORI_ALASAN), required: true, note: KATEGORI_ALASAN.join(', ') },
      { key: 'alasan', header: 'Alasan', aliases: ['uraian alasan'], kind: teks(2000), required: true, note: 'Alasan permohonan (juga untuk permohonan tetap).' },
      { key: 'paktaDitandatangani', header: 'Pakta Ditandatangani', aliases: ['pakta', 'pakta mundur'], kind: yaTidak, required: true, note: 'Ya bila pakta kesediaan mundur sudah ditandatangani.' },
      { key: 'tanggalPakta', header: 'Tanggal Pakta', kind: tanggal, required: false, note: `Wajib bila pakta ditandatangani. ${TGL_NOTE}` },
      { key: 'status', header: 'Status', kind: pilihan(STATUS_PERMOHONAN), required: false, note: 'Kosong berarti diajukan.' },
    ],
  },
  {
    name: 'Target', title: 'Target Kinerja (baru dan lampau dengan realisasi)', aliases: ['Target Kinerja', 'Targets'],
    columns: [
      { key: 'id', header: 'ID Target', aliases: ['id', 'kode target'], kind: teks(40), required: true, note: 'Kode unik target.' },
      NIP_COL,
      { key: 'permohonanId', header: 'ID Permohonan', aliases: ['permohonan id', 'permohonan'], kind: teks(40), required: false, note: 'Diisi untuk target permohonan ini; kosong untuk target lampau.' },
      { key: 'indikator', header: 'Indikator', aliases: ['indikator kinerja'], kind: teks(300, 2), required: true, note: 'Indikator kinerja yang diukur.' },
      { key: 'nilaiTarget', header: 'Target', aliases: ['nilai target'], kind: { type: 'angka' }, required: true, note: 'Angka target.' },
      { key: 'satuan', header: 'Satuan', kind: teks(40, 1), required: true, note: 'Mis. %, dokumen, hari.' },
      { key: 'tenggat', header: 'Tenggat', aliases: ['batas waktu', 'deadline'], kind: tanggal, required: true, note: `Harus sesudah tanggal pengajuan. ${TGL_NOTE}` },
      { key: 'realisasi', header: 'Realisasi', aliases: ['nilai realisasi'], kind: { type: 'angka' }, required: false, note: 'Kosong bila belum dilaporkan.' },
      { key: 'tanggalRealisasi', header: 'Tanggal Realisasi', kind: tanggal, required: false, note: TGL_NOTE },
      { key: 'catatanBukti', header: 'Catatan Bukti', aliases: ['bukti', 'catatan'], kind: teks(2000), required: false, note: 'Boleh kosong.' },
      { key: 'denganPakta', header: 'Dengan Pakta', aliases: ['pakta'], kind: yaTidak, required: true, note: 'Ya bila target ini disertai pakta kesediaan mundur.' },
    ],
  },
];

export function sheetSpec(name: SheetName): SheetSpec {
  return SHEETS.find((s) => s.name === name)!;
}
