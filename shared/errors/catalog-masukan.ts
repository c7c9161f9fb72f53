import type { ErrorCatalog } from './types';

/** Masukan masyarakat import (electron/masukan): whole-file refusals and the per-row reasons. */
export const masukanErrors: ErrorCatalog = {
  MASUKAN_BERKAS_KOSONG: {
    id: 'Berkas {berkas} tidak berisi baris masukan.',
    en: '{berkas} holds no feedback rows.',
  },
  MASUKAN_TERLALU_BANYAK_BARIS: {
    id: 'Berkas masukan berisi lebih dari {maks} baris; pecah menjadi beberapa berkas.',
    en: 'The feedback file has more than {maks} rows; split it into several files.',
  },
  MASUKAN_CALON_KOSONG: {
    id: 'Calon tidak diisi (NIP, atau nama beserta unit kerja).',
    en: 'No candidate given (a NIP, or a name with the unit).',
  },
  MASUKAN_NIP_TIDAK_SAH: {
    id: 'NIP "{nilai}" tidak terdiri atas 18 angka.',
    en: 'NIP "{nilai}" is not 18 digits.',
  },
  MASUKAN_NIP_TIDAK_DIKENAL: {
    id: 'NIP {nip} tidak ada dalam dataset.',
    en: 'NIP {nip} is not in the dataset.',
  },
  MASUKAN_UNIT_DIPERLUKAN: {
    id: 'Tanpa NIP, nama "{nama}" perlu disertai unit kerjanya.',
    en: 'Without a NIP, the name "{nama}" needs its unit.',
  },
  MASUKAN_CALON_TIDAK_DITEMUKAN: {
    id: 'Tidak ada pegawai bernama "{nama}" di unit "{unit}".',
    en: 'No employee named "{nama}" in unit "{unit}".',
  },
  MASUKAN_CALON_GANDA: {
    id: 'Ada {jumlah} pegawai bernama "{nama}" di unit "{unit}": gunakan NIP.',
    en: '{jumlah} employees are named "{nama}" in unit "{unit}": use the NIP.',
  },
  MASUKAN_BUKAN_PEMOHON: {
    id: '{nama} tidak mengajukan permohonan Open Karir: masukan hanya dilampirkan pada calon.',
    en: '{nama} made no Open Karir request: feedback is attached to candidates only.',
  },
  MASUKAN_TEKS_KOSONG: {
    id: 'Isi masukan kosong.',
    en: 'The feedback text is empty.',
  },
  MASUKAN_TEKS_TERLALU_PANJANG: {
    id: 'Isi masukan lebih dari {maks} karakter.',
    en: 'The feedback text is longer than {maks} characters.',
  },
  MASUKAN_TANGGAL_TIDAK_SAH: {
    id: 'Tanggal "{nilai}" tidak dikenali (gunakan tttt-bb-hh atau hh/bb/tttt).',
    en: 'Date "{nilai}" not recognised (use yyyy-mm-dd or dd/mm/yyyy).',
  },
  MASUKAN_TANGGAL_MENDATANG: {
    id: 'Tanggal {nilai} belum terjadi.',
    en: 'Date {nilai} is in the future.',
  },
  MASUKAN_KONTAK_TERLALU_PANJANG: {
    id: 'Kontak lebih dari {maks} karakter.',
    en: 'The contact is longer than {maks} characters.',
  },
};
