import type { Migration } from './types';

/**
 * Review capability, beyond the tables of 0001:
 * - catatan_telaah: a member's private notes, provisional stance and questions per agenda item. They live
 *   only in the member's packet (which is itself the encrypted .bpj), never in the secretariat's dataset.
 * - tanggapan_keluar: the response files the member exported from this packet, so each new one gets the next
 *   version number and a restored older packet cannot silently reuse one.
 * - tanggapan_berkas: each response file the secretariat merged, with the file's hash, so a duplicate, a stale
 *   version and a different file claiming an already used version are told apart.
 */
export const reviewNotes: Migration = {
  version: 50,
  id: '0050-review-notes',
  up: (db) => {
    db.exec(`
CREATE TABLE catatan_telaah (
  agenda_item_id TEXT PRIMARY KEY REFERENCES agenda_item(id) ON DELETE CASCADE,
  catatan TEXT NOT NULL DEFAULT '', sikap TEXT CHECK (sikap IN ('mendukung','ragu','tidak_mendukung')),
  pertanyaan TEXT NOT NULL DEFAULT '', diubah_pada TEXT NOT NULL
);
CREATE TABLE tanggapan_keluar (
  versi INTEGER PRIMARY KEY, paket_id TEXT NOT NULL, dibuat_pada TEXT NOT NULL, sha256 TEXT NOT NULL
);
CREATE TABLE tanggapan_berkas (
  paket_id TEXT NOT NULL REFERENCES paket_telaah(id), versi INTEGER NOT NULL, anggota_id TEXT NOT NULL,
  sidik_kunci TEXT NOT NULL, sha256 TEXT NOT NULL, dibuat_pada TEXT NOT NULL, diimpor_pada TEXT NOT NULL,
  PRIMARY KEY (paket_id, versi)
);
`);
  },
};
