import type { ErrorCatalog } from './types';

export const compareErrors: ErrorCatalog = {
  JABATAN_TIDAK_ADA: {
    id: 'Jabatan {jabatanId} tidak ada di dataset ini.',
    en: 'Post {jabatanId} is not in this dataset.',
  },
  KANDIDAT_TIDAK_ADA: {
    id: 'Pegawai {nip} tidak ada di dataset ini (paket telaah hanya memuat data agenda).',
    en: 'Employee {nip} is not in this dataset (a review packet holds only the agenda\'s data).',
  },
  KANDIDAT_GANDA: {
    id: 'Pegawai {nip} dipilih lebih dari sekali untuk dibandingkan.',
    en: 'Employee {nip} was picked more than once for comparison.',
  },
  ATURAN_TIDAK_DIKENAL: {
    id: 'Parameter aturan "{key}" tidak dikenal.',
    en: 'Unknown rule parameter "{key}".',
  },
  NILAI_ATURAN_TIDAK_VALID: {
    id: 'Nilai untuk "{key}" tidak dapat dipakai: {masalah}.',
    en: 'The value for "{key}" cannot be used: {masalah}.',
  },
  ATURAN_TIDAK_DAPAT_DIUBAH_TELAAH: {
    id: 'Nilai aturan tidak dapat diubah di paket telaah; ubah di dataset sekretariat.',
    en: 'Rule values cannot be changed in a review packet; change them in the secretariat\'s dataset.',
  },
};
