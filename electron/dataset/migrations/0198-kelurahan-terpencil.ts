import type { Migration } from './types';

/**
 * The kelurahan the city counts as remote (Open Karir is to be fair to ASN "dari daerah terpencil"):
 * named by the dataset, with the reason, so the equity dashboard reports them as their own cohort.
 */
export const kelurahanTerpencil: Migration = {
  version: 198,
  id: '0198-kelurahan-terpencil',
  up: (db) => {
    db.exec(`
      CREATE TABLE kelurahan_terpencil (
        kecamatan TEXT NOT NULL,
        kelurahan TEXT NOT NULL,
        keterangan TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (kecamatan, kelurahan)
      );
    `);
  },
};
