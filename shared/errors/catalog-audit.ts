import type { ErrorCatalog } from './types';

export const auditErrors: ErrorCatalog = {
  TITIK_PERIKSA_RUSAK: {
    id: 'Berkas titik periksa tidak terbaca atau bukan berkas titik periksa Baperjakat (.bpjcp): {path}',
    en: 'The checkpoint file cannot be read or is not a Baperjakat checkpoint (.bpjcp): {path}',
  },
  TITIK_PERIKSA_PERLU_SANDI: {
    id: 'Menutup sidang menandatangani titik periksa jejak audit: masukkan kata sandi sertifikat penanda tangan sekretariat.',
    en: 'Closing a session signs the audit checkpoint: enter the password of the secretariat signing certificate.',
  },
  TITIK_PERIKSA_BELUM_ADA: {
    id: 'Belum ada titik periksa jejak audit: titik periksa dibuat saat sebuah sidang ditutup.',
    en: 'There is no audit checkpoint yet: one is made when a session is closed.',
  },
  BERKAS_HANDLE_TIDAK_DIKENAL: {
    id: 'Berkas ini tidak dipilih lewat dialog aplikasi (atau pilihannya sudah kedaluwarsa). Pilih berkasnya lagi.',
    en: 'This file was not chosen through the app\'s dialog (or the choice has expired). Choose the file again.',
  },
  BERKAS_HANDLE_SALAH_TUJUAN: {
    id: 'Berkas ini dipilih untuk {dipilihUntuk}, bukan untuk {tujuan}. Pilih berkasnya lagi untuk tindakan ini.',
    en: 'This file was chosen for {dipilihUntuk}, not for {tujuan}. Choose the file again for this action.',
  },
};
