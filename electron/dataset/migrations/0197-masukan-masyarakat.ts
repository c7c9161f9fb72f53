import type { Migration } from './types';

/**
 * Masukan masyarakat: feedback the public gave outside the app (a form's CSV export), attached to a
 * candidate. Confidential like every other row about a person; the same text imported twice for the
 * same person and day is one row. Removing a pegawai removes their masukan.
 */
export const masukanMasyarakat: Migration = {
  version: 197,
  id: '0197-masukan-masyarakat',
  up: (db) => {
    db.exec(`
      CREATE TABLE masukan (
        id INTEGER PRIMARY KEY,
        nip TEXT NOT NULL REFERENCES pegawai(nip) ON DELETE CASCADE,
        tanggal TEXT NOT NULL,
        teks TEXT NOT NULL,
        kontak TEXT,
        berkas TEXT NOT NULL,
        berkas_sha256 TEXT NOT NULL,
        baris INTEGER NOT NULL,
        diimpor_pada TEXT NOT NULL,
        UNIQUE (nip, tanggal, teks)
      );
      CREATE INDEX masukan_nip ON masukan(nip, tanggal);
    `);
  },
};
