import type { Migration } from './types';

/**
 * Career history (riwayat jabatan) per ASN, from the intake's optional sheet or a SIASN export:
 * the experience rule counts every post at a level from it. An open end (tmt_selesai NULL) is the
 * post still held.
 */
export const riwayatJabatan: Migration = {
  version: 187,
  id: '0187-riwayat-jabatan',
  up: (db) => {
    db.exec(`
      CREATE TABLE riwayat_jabatan (
        id INTEGER PRIMARY KEY,
        nip TEXT NOT NULL REFERENCES pegawai(nip) ON DELETE CASCADE,
        nama_jabatan TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('II.a','II.b','III.a','III.b','IV.a','IV.b','fungsional','pelaksana')),
        unit TEXT NOT NULL DEFAULT '',
        tmt_mulai TEXT NOT NULL,
        tmt_selesai TEXT CHECK (tmt_selesai IS NULL OR tmt_selesai >= tmt_mulai)
      );
      CREATE INDEX riwayat_jabatan_nip ON riwayat_jabatan(nip, tmt_mulai);
    `);
  },
};
