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
  SPREADSHEET_DTD: {
    id: 'Bagian {bagian} buku kerja memuat deklarasi DOCTYPE/ENTITY, yang tidak pernah ditulis Excel atau LibreOffice. Berkas ditolak demi keamanan; simpan ulang dari Excel/LibreOffice.',
    en: 'Part {bagian} of the workbook declares a DOCTYPE/ENTITY, which Excel and LibreOffice never write. The file is refused for safety; save it again from Excel/LibreOffice.',
  },
  SEL_DI_LUAR_BATAS: {
    id: 'Lembar {lembar} memuat sel di luar batas Excel ({sel}; maksimal 1.048.576 baris × 16.384 kolom). Berkas ini tidak dibuat oleh Excel; simpan ulang dari Excel/LibreOffice.',
    en: 'Sheet {lembar} holds a cell beyond Excel\'s grid ({sel}; at most 1,048,576 rows × 16,384 columns). Excel did not write this file; save it again from Excel/LibreOffice.',
  },
  SPREADSHEET_ODS: {
    id: 'Berkas OpenDocument (.ods) belum dapat diimpor. Di LibreOffice pilih File › Simpan Sebagai › "Excel 2007-365 (.xlsx)".',
    en: 'OpenDocument (.ods) files cannot be imported yet. In LibreOffice choose File › Save As › "Excel 2007-365 (.xlsx)".',
  },
  XLSX_TERKUNCI: {
    id: 'Buku kerja ini dilindungi kata sandi (terenkripsi), jadi isinya tidak dapat dibaca. Buka di Excel dengan kata sandinya, hapus kata sandi (File › Info › Lindungi Buku Kerja), lalu simpan sebagai .xlsx.',
    en: 'This workbook is password-protected (encrypted), so its content cannot be read. Open it in Excel with its password, remove the password (File › Info › Protect Workbook), then save as .xlsx.',
  },
  TEKS_UTF16: {
    id: 'Berkas teks ini ber-encoding UTF-16 ("Unicode Text" dari Excel). Simpan sebagai "CSV UTF-8 (dipisahkan koma)" lalu impor lagi.',
    en: 'This text file is UTF-16 encoded ("Unicode Text" from Excel). Save it as "CSV UTF-8 (comma delimited)" and import again.',
  },
  CSV_KUTIP_TERBUKA: {
    id: 'Berkas CSV {lembar}: tanda kutip (") yang dibuka di baris {baris} tidak pernah ditutup, sehingga sisa berkas terbaca sebagai satu sel. Periksa sel itu dan tutup kutipnya.',
    en: 'CSV file {lembar}: the quote (") opened on line {baris} is never closed, so the rest of the file would read as one cell. Check that cell and close the quote.',
  },
  PROFIL_IMPOR_RUSAK: {
    id: 'Profil impor {path} bukan profil yang sah (JSON dengan nama, lembar dan kolom). Pakai "siasn" atau simpan ulang profilnya.',
    en: 'Import profile {path} is not a valid profile (JSON with name, sheets and columns). Use "siasn" or save the profile again.',
  },
  CSV_TIDAK_ADA: {
    id: 'Folder {path} tidak berisi berkas .csv.',
    en: 'Folder {path} contains no .csv files.',
  },
  IMPOR_ADA_MASALAH: {
    id: 'Impor dibatalkan: masih ada {jumlah} masalah. Perbaiki berkasnya lalu periksa ulang; tidak ada data yang ditulis.',
    en: 'Import refused: {jumlah} problems remain. Fix the file and check again; nothing was written.',
  },
  IMPOR_DIBATALKAN: {
    id: 'Pemeriksaan impor dibatalkan. Tidak ada data yang ditulis.',
    en: 'The import check was cancelled. Nothing was written.',
  },
  PROFIL_IMPOR_TIDAK_ADA: {
    id: 'Profil impor "{nama}" tidak ditemukan.',
    en: 'Import profile "{nama}" was not found.',
  },
  PROFIL_IMPOR_BAWAAN: {
    id: 'Nama "{nama}" dipakai profil bawaan; simpan dengan nama lain.',
    en: '"{nama}" is a built-in profile\'s name; save under another name.',
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
