import type { ErrorCatalog } from './types';

export const intakeErrors: ErrorCatalog = {
  BUKAN_SPREADSHEET: {
    id: 'Berkas ini bukan lembar kerja yang dapat diimpor ({alasan}). Gunakan .xlsx dari template atau .csv.',
    en: 'This file is not a spreadsheet that can be imported ({alasan}). Use the template .xlsx or .csv.',
  },
  XLS_LAMA: {
    id: 'Berkas .xls (format Excel lama) tidak didukung. Buka di Excel/LibreOffice lalu simpan sebagai .xlsx.',
    en: 'Old-format .xls files are not supported. Open it in Excel/LibreOffice and save as .xlsx.',
  },
  SPREADSHEET_TERLALU_BESAR: {
    id: 'Berkas terlalu besar untuk diimpor: {alasan}. Bagi datanya menjadi beberapa berkas.',
    en: 'The file is too large to import: {alasan}. Split the data into several files.',
  },
  SPREADSHEET_TERLALU_BANYAK_BARIS: {
    id: 'Lembar {lembar} berisi lebih dari {maks} baris, melebihi batas impor. Bagi datanya menjadi beberapa berkas.',
    en: 'Sheet {lembar} has more than {maks} rows, over the import limit. Split the data into several files.',
  },
  SPREADSHEET_RUSAK: {
    id: 'Berkas lembar kerja rusak atau tidak lengkap ({alasan}). Simpan ulang dari Excel/LibreOffice.',
    en: 'The spreadsheet file is damaged or incomplete ({alasan}). Save it again from Excel/LibreOffice.',
  },
  CSV_TIDAK_ADA: {
    id: 'Folder {path} tidak berisi berkas .csv.',
    en: 'Folder {path} contains no .csv files.',
  },
  IMPOR_ADA_MASALAH: {
    id: 'Impor dibatalkan: masih ada {jumlah} masalah. Perbaiki berkasnya lalu periksa ulang; tidak ada data yang ditulis.',
    en: 'Import refused: {jumlah} problems remain. Fix the file and check again; nothing was written.',
  },
  IMPOR_KOSONG: {
    id: 'Berkas tidak berisi baris data pada lembar yang dikenal (UnitKerja, Jabatan, Pegawai, Permohonan, …).',
    en: 'The file holds no data rows in a known sheet (UnitKerja, Jabatan, Pegawai, Permohonan, …).',
  },
  IMPOR_KEDALUWARSA: {
    id: 'Pratinjau impor ini sudah tidak berlaku. Pilih dan periksa berkasnya lagi.',
    en: 'This import preview is no longer valid. Choose and check the file again.',
  },
  IMPOR_BERKAS_BERUBAH: {
    id: 'Berkas {path} berubah sejak diperiksa. Periksa ulang sebelum mengimpor.',
    en: 'File {path} changed since it was checked. Check it again before importing.',
  },
  FRASA_SANDI_TIDAK_SAMA: {
    id: 'Kedua frasa sandi tidak sama. Ketik ulang keduanya.',
    en: 'The two passphrases differ. Type both again.',
  },
  IMPOR_KE_DEMO: {
    id: 'Dataset demo tidak diubah oleh impor. Pilih "Dataset baru" untuk menyegel data ini menjadi dataset sendiri.',
    en: 'The demo dataset is not changed by imports. Choose "New dataset" to seal this data as a dataset of its own.',
  },
  SEGEL_TIMPA_DATASET_TERBUKA: {
    id: 'Dataset baru tidak boleh menimpa dataset yang sedang terbuka. Pilih nama berkas lain atau gunakan "Versi baru".',
    en: 'A new dataset may not overwrite the open dataset. Choose another file name or use "New version".',
  },
};
