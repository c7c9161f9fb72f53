import type { ErrorCatalog } from './types';

/** Errors of an incremental update of the master data (intake:diffWithOpen / intake:applyUpdate). */
export const masterUpdateErrors: ErrorCatalog = {
  PERBARUAN_TANPA_PEGAWAI: {
    id: 'Berkas pembaruan tidak berisi baris pada lembar Pegawai. Tanpa daftar ASN, semua ASN akan dianggap keluar; pembaruan tidak dilakukan.',
    en: 'The update file holds no rows in the Pegawai sheet. Without a list of ASN every ASN would count as gone; nothing is updated.',
  },
  PERBARUAN_DATASET_BERUBAH: {
    id: 'Dataset berubah sejak perbedaan ditampilkan. Periksa berkasnya lagi agar yang diterapkan sama dengan yang Anda lihat.',
    en: 'The dataset changed since the differences were shown. Check the file again so what is applied is what you saw.',
  },
};
