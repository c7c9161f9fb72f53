import type { Migration } from './types';

/**
 * Incremental updates of the master data (docs/intake.md, "Memperbarui data induk"):
 * - An ASN absent from a newer export is marked keluar with the date of that update, never deleted:
 *   requests, sessions, decisions and the audit trail still name them.
 * - pemohon_beku holds an applicant as a closed session printed them, written just before an update
 *   first changes that person, so a closed session's record and documents compose as they did.
 */
export const masterUpdate: Migration = {
  version: 190,
  id: '0190-master-update',
  up: (db) => db.exec(`
    ALTER TABLE pegawai ADD COLUMN status_kepegawaian TEXT NOT NULL DEFAULT 'aktif' CHECK (status_kepegawaian IN ('aktif','keluar'));
    ALTER TABLE pegawai ADD COLUMN tanggal_keluar TEXT;
    CREATE TABLE pemohon_beku (
      agenda_item_id TEXT PRIMARY KEY REFERENCES agenda_item(id) ON DELETE CASCADE,
      nip TEXT NOT NULL, nama TEXT NOT NULL, gelar_depan TEXT NOT NULL, gelar_belakang TEXT NOT NULL, tanggal_lahir TEXT NOT NULL,
      golongan TEXT NOT NULL, nama_jabatan TEXT NOT NULL, jabatan_id TEXT, level_saat_ini TEXT, unit_id TEXT NOT NULL,
      unit_nama TEXT NOT NULL, dibekukan_pada TEXT NOT NULL
    ) WITHOUT ROWID;
  `),
};
