/**
 * Every reason a row can be refused, in Bahasa Indonesia: the list goes back to the unit that
 * filled the sheet, so each message says what is wrong and what to do.
 */
export const PROBLEM_TEXT = {
  WAJIB_DIISI: 'Wajib diisi.',
  NIP_ANGKA:
    'NIP tersimpan sebagai angka sehingga digit terakhirnya sudah hilang (Excel hanya menyimpan 15 digit). ' +
    'Format kolom NIP sebagai Teks, lalu ketik ulang NIP-nya.',
  NIP_BUKAN_18_DIGIT: 'NIP harus 18 digit angka (spasi boleh), ditemukan {n} digit.',
  NIP_NOMOR_URUT: 'Tiga digit terakhir NIP (nomor urut) harus 001–999.',
  NIP_DIBULATKAN:
    'NIP berakhiran 000, padahal nomor urut NIP selalu 001–999: NIP ini pernah tersimpan sebagai angka dan Excel ' +
    'membulatkannya ke 15 digit. Format kolom NIP sebagai Teks, lalu ketik ulang NIP dari SK atau SIASN.',
  NIP_TANGGAL_LAHIR: 'Delapan digit pertama NIP bukan tanggal lahir yang mungkin (yyyymmdd).',
  NIP_TMT_CPNS: 'Digit 9–14 NIP bukan TMT CPNS yang mungkin (yyyymm, tidak di masa depan).',
  NIP_TMT_USIA: 'Menurut NIP, TMT CPNS jatuh sebelum usia 18 tahun.',
  NIP_JENIS_KELAMIN: 'Digit ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan).',
  TANGGAL_FORMAT: 'Tanggal tidak dikenali. Gunakan dd-mm-yyyy, dd/mm/yyyy, yyyy-mm-dd, atau mis. "2 Juli 2025".',
  TANGGAL_TIDAK_ADA: 'Tanggal ini tidak ada di kalender.',
  TANGGAL_MASA_DEPAN: 'Tanggal tidak boleh di masa depan (hari ini {hariIni}).',
  BUKAN_ANGKA: 'Harus berupa angka.',
  ANGKA_RANCU:
    'Angka "{nilai}" rancu: pada CSV berpemisah titik koma, titik memisahkan ribuan ({ribuan}), tetapi nilai itu di luar rentang ' +
    'kolom. Tulis desimal dengan koma (mis. 1,5) atau tanpa titik ribuan.',
  BUKAN_BULAT: 'Harus berupa bilangan bulat.',
  DI_LUAR_RENTANG: 'Harus antara {min} dan {max}.',
  PILIHAN_TIDAK_DIKENAL: 'Nilai tidak ada dalam daftar. Pilih salah satu: {daftar}.',
  YA_TIDAK: 'Isi "Ya" atau "Tidak".',
  TERLALU_PANJANG: 'Terlalu panjang: {n} karakter, maksimal {max}.',
  TERLALU_PENDEK: 'Terlalu pendek: minimal {min} karakter.',
  RUMUS: 'Sel berisi rumus. Isikan nilainya saja (salin lalu tempel sebagai nilai).',
  GALAT_SEL: 'Sel berisi galat Excel ({nilai}).',
  DUPLIKAT: '{kunci} ganda: sudah ada di baris {baris}.',
  DUPLIKAT_DATASET: '{kunci} sudah ada di dataset yang terbuka.',
  RUJUKAN_TIDAK_ADA: '{jenis} "{nilai}" tidak ditemukan di lembar {lembar} maupun di dataset.',
  RUJUKAN_DITOLAK: '{jenis} "{nilai}" merujuk ke baris {baris} lembar {lembar} yang ditolak; perbaiki baris itu dulu.',
  TENGGAT_SEBELUM_AJUAN: 'Tenggat harus sesudah tanggal pengajuan permohonan ({tanggal}).',
  NIP_TARGET_BEDA: 'NIP berbeda dengan NIP pemohon pada permohonan {id}.',
  SELESAI_SEBELUM_MULAI: 'Tanggal selesai sebelum tanggal mulai.',
  PAKTA_TANPA_TANGGAL: 'Pakta ditandatangani tetapi tanggal pakta kosong.',
  PILIHAN_GANDA: 'Jabatan yang sama dipilih lebih dari sekali.',
  PILIHAN_LOMPAT: 'Pilihan 3 diisi padahal pilihan 2 kosong.',
  PINDAH_TANPA_PILIHAN:
    'Permohonan pindah menyebut paling sedikit satu jabatan: isi ID Jabatan di Pilihan 1, atau isi Jenis Permohonan "tetap" ' +
    'bila pemohon ingin tetap pada jabatan saat ini.',
  TETAP_DENGAN_PILIHAN:
    'Permohonan tetap tidak menyebut jabatan tujuan: kosongkan kolom ini, atau ubah Jenis Permohonan menjadi "pindah".',
  TMT_SEBELUM_CPNS: 'Tanggal sebelum TMT CPNS menurut NIP ({tmt}).',
  RIWAYAT_TANPA_JENJANG:
    'Jenjang jabatan tidak diketahui: isi Eselon (II.a … IV.b) untuk jabatan struktural, atau Jenis Jabatan fungsional/pelaksana.',
  PEMEGANG_LOWONG: 'Jabatan berstatus lowong tidak boleh punya NIP pemegang.',
  TIDAK_SESUAI_SKEMA: 'Tidak sesuai aturan data: {rincian}.',
  LEMBAR_GANDA: 'Lembar {lembar} muncul lebih dari sekali; hanya yang pertama dibaca.',
  KOLOM_WAJIB_HILANG: 'Kolom wajib "{kolom}" tidak ditemukan di baris judul.',
  KOLOM_GANDA: 'Kolom "{kolom}" muncul dua kali di baris judul.',
  JUDUL_TIDAK_DITEMUKAN: 'Baris judul kolom tidak ditemukan di 15 baris pertama.',
  TERLALU_BANYAK_BARIS: 'Lembar ini berisi {n} baris, melebihi batas {max} baris.',
} as const;

export type ProblemCode = keyof typeof PROBLEM_TEXT;

export interface Problem {
  sheet: string;
  /** Row number as the spreadsheet shows it (1-based). */
  row: number;
  /** Column header as the template names it; '' for a whole-row or whole-sheet problem. */
  column: string;
  value: string;
  code: ProblemCode;
  reason: string;
}

export function problemText(code: ProblemCode, params: Record<string, string | number> = {}): string {
  return PROBLEM_TEXT[code].replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}
