import type { ErrorCatalog } from './types';

export const coreErrors: ErrorCatalog = {
  BUKAN_BPJ: {
    id: 'Berkas ini bukan dataset Baperjakat (.bpj).',
    en: 'This file is not a Baperjakat dataset (.bpj).',
  },
  BPJ_TERPOTONG: {
    id: 'Berkas dataset terpotong (ukurannya {ukuran} bait, seharusnya {harapan} bait). Gunakan cadangan terakhir.',
    en: 'The dataset file is truncated ({ukuran} bytes, expected {harapan}). Use the latest backup.',
  },
  BPJ_VERSI_TIDAK_DIKENAL: {
    id: 'Dataset ini memakai format versi {versi}, sedangkan aplikasi ini hanya mengenal sampai versi {didukung}. Perbarui aplikasi.',
    en: 'This dataset uses format version {versi}; this app knows up to version {didukung}. Update the app.',
  },
  BPJ_KDF_TIDAK_DIKENAL: {
    id: 'Dataset ini memakai metode kunci yang tidak dikenal (kode {kdf}).',
    en: 'This dataset uses an unknown key derivation method (id {kdf}).',
  },
  BPJ_HEADER_RUSAK: {
    id: 'Kepala berkas dataset rusak (ada bait yang berubah). Gunakan cadangan terakhir.',
    en: 'The dataset header is damaged (bytes have changed). Use the latest backup.',
  },
  FRASA_SANDI_SALAH: {
    id: 'Frasa sandi salah. Periksa huruf besar/kecil dan tata letak papan ketik.',
    en: 'Wrong passphrase. Check capitalisation and keyboard layout.',
  },
  BPJ_ISI_RUSAK: {
    id: 'Isi dataset rusak atau telah diubah sejak disimpan. Tidak ada data yang dimuat. Gunakan cadangan terakhir.',
    en: 'The dataset contents are damaged or were altered after saving. Nothing was loaded. Use the latest backup.',
  },
  SKEMA_LEBIH_BARU: {
    id: 'Dataset ini dibuat oleh versi aplikasi yang lebih baru (skema {versi}, didukung {didukung}). Perbarui aplikasi.',
    en: 'This dataset was written by a newer app (schema {versi}, supported {didukung}). Update the app.',
  },
  BERKAS_BUKAN_BIASA: {
    id: 'Yang dipilih bukan berkas biasa (mungkin folder, perangkat atau pipa): {path}',
    en: 'What was chosen is not a regular file (perhaps a folder, device or pipe): {path}',
  },
  BERKAS_TERLALU_BESAR: {
    id: 'Berkas {jenis} ini terlalu besar ({ukuran}; paling besar {batas}): {path}',
    en: 'This {jenis} file is too large ({ukuran}; at most {batas}): {path}',
  },
  BERKAS_TIDAK_DITEMUKAN: {
    id: 'Berkas tidak ditemukan: {path}',
    en: 'File not found: {path}',
  },
  BERKAS_TIDAK_TERBACA: {
    id: 'Berkas tidak dapat dibaca: {path} ({alasan})',
    en: 'File cannot be read: {path} ({alasan})',
  },
  DATASET_BELUM_DIBUKA: {
    id: 'Belum ada dataset yang dibuka.',
    en: 'No dataset is open.',
  },
  DATASET_TERKUNCI: {
    id: 'Dataset sedang terkunci. Masukkan frasa sandi untuk membuka kunci.',
    en: 'The dataset is locked. Enter the passphrase to unlock.',
  },
  MASUKAN_TIDAK_VALID: {
    id: 'Permintaan tidak valid: {rincian}',
    en: 'Invalid request: {rincian}',
  },
  KANAL_TIDAK_DIKENAL: {
    id: 'Perintah tidak dikenal: {kanal}',
    en: 'Unknown command: {kanal}',
  },
  DIBATALKAN: {
    id: 'Dibatalkan.',
    en: 'Cancelled.',
  },
  DISK_PENUH: {
    id: 'Penyimpanan penuh: perubahan belum tersimpan ke {path}. Data masih ada di memori; simpan ke lokasi lain.',
    en: 'The disk is full: changes were not saved to {path}. The data is still in memory; save elsewhere.',
  },
  BERKAS_HANYA_BACA: {
    id: 'Tidak dapat menulis ke {path} (hanya-baca atau tanpa izin). Data masih ada di memori; simpan ke lokasi lain.',
    en: 'Cannot write to {path} (read-only or no permission). The data is still in memory; save elsewhere.',
  },
  GAGAL_MENYIMPAN: {
    id: 'Gagal menyimpan ke {path}: {alasan}. Data masih ada di memori; simpan ke lokasi lain.',
    en: 'Could not save to {path}: {alasan}. The data is still in memory; save elsewhere.',
  },
  FRASA_SANDI_TERLALU_LEMAH: {
    id: 'Frasa sandi terlalu lemah: minimal {minimal} karakter dan tidak mudah ditebak.',
    en: 'Passphrase too weak: at least {minimal} characters and not easily guessed.',
  },
  JURNAL_MENUNGGU_KEPUTUSAN: {
    id: 'Jurnal pemulihan {path} tidak dapat diputar ulang seluruhnya; dataset hanya-baca sampai Anda memutuskan: lanjutkan tanpa tindakan yang hilang, atau tutup.',
    en: 'The recovery journal of {path} could not be replayed whole; the dataset is read-only until you decide: continue without the lost acts, or close.',
  },
  BPJ_KDF_TERLALU_BERAT: {
    id: 'Parameter kunci berkas ini melampaui batas aman (memori {memori} MiB, batas {batasMemori} MiB; kerja {kerja}× bawaan, batas {batasKerja}×). Berkas ditolak tanpa mencoba frasa sandi.',
    en: 'This file\'s key parameters exceed the safe limit (memory {memori} MiB, limit {batasMemori} MiB; work {kerja}× the default, limit {batasKerja}×). Refused without trying the passphrase.',
  },
  KESALAHAN_INTERNAL: {
    id: 'Terjadi kesalahan internal. Data tidak diubah. ({rincian})',
    en: 'An internal error occurred. Nothing was changed. ({rincian})',
  },
};
