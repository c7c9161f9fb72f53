import type { Database } from '../database';
import type { Migration } from './types';

const HASIL_BARU = "'direkomendasikan','tidak_direkomendasikan','ditunda','tetap','diberhentikan'";

/**
 * Widens keputusan.hasil with the pledge review's outcomes (tetap, diberhentikan). SQLite cannot alter a
 * CHECK, so the table is rebuilt from its own stored definition: whatever columns other steps added
 * survive, and its indexes are recreated. No table references keputusan, so the drop cascades nothing.
 */
function widenHasil(db: Database): void {
  const sql = db.value<string>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'keputusan'")!;
  const widened = sql.replace(/hasil\s+IN\s*\([^)]*\)/i, `hasil IN (${HASIL_BARU})`);
  if (widened === sql) throw new Error('keputusan: CHECK on hasil not found');
  const indexes = db.all<{ sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'keputusan' AND sql IS NOT NULL");
  db.exec(widened.replace(/CREATE TABLE\s+("?)keputusan\1/i, 'CREATE TABLE keputusan_baru'));
  db.exec('INSERT INTO keputusan_baru SELECT * FROM keputusan; DROP TABLE keputusan; ALTER TABLE keputusan_baru RENAME TO keputusan;');
  for (const i of indexes) db.exec(i.sql);
}

/**
 * Procedure per kind of post and the follow-through of the pledge (electron/session/procedure.ts,
 * pledge-review.ts, election.ts):
 * - prosedur_jpt: how a JPT Pratama item is filled (seleksi terbuka with the pansel's three names and
 *   report number, mutasi antar-JPT with its uji kompetensi, or the talent pool), plus a recorded
 *   exception to the two-year rule;
 * - tinjauan_pakta(+_target): an agenda item that reviews missed pledged targets;
 * - persetujuan_mendagri: the Minister's written approval for a session inside an election window;
 * - permohonan.jenis: an Open Karir request to move (pindah) or to stay (tetap).
 */
export const procedureSchema: Migration = {
  version: 110,
  id: '0110-procedure',
  up: (db) => {
    widenHasil(db);
    db.exec(`
CREATE TABLE prosedur_jpt (
  agenda_item_id TEXT PRIMARY KEY REFERENCES agenda_item(id) ON DELETE CASCADE,
  jenis TEXT NOT NULL CHECK (jenis IN ('seleksi_terbuka','mutasi_jpt','talent_pool')),
  nomor_referensi TEXT NOT NULL, tanggal_referensi TEXT NOT NULL, calon TEXT NOT NULL DEFAULT '[]',
  pengecualian TEXT CHECK (pengecualian IN ('melanggar_peraturan','tidak_memenuhi_syarat')),
  alasan_pengecualian TEXT NOT NULL DEFAULT '', dicatat_pada TEXT NOT NULL
);
CREATE TABLE tinjauan_pakta (
  agenda_item_id TEXT PRIMARY KEY REFERENCES agenda_item(id) ON DELETE CASCADE,
  nip TEXT NOT NULL, permohonan_id TEXT NOT NULL REFERENCES permohonan(id), jabatan_id TEXT REFERENCES jabatan(id)
);
CREATE TABLE tinjauan_pakta_target (
  agenda_item_id TEXT NOT NULL REFERENCES tinjauan_pakta(agenda_item_id) ON DELETE CASCADE,
  target_id TEXT NOT NULL REFERENCES target(id), PRIMARY KEY (agenda_item_id, target_id)
);
CREATE INDEX tinjauan_target ON tinjauan_pakta_target(target_id);
CREATE TABLE persetujuan_mendagri (
  sidang_id TEXT PRIMARY KEY REFERENCES sidang(id) ON DELETE CASCADE,
  nomor TEXT NOT NULL, tanggal TEXT NOT NULL, dicatat_pada TEXT NOT NULL
);
ALTER TABLE permohonan ADD COLUMN jenis TEXT NOT NULL DEFAULT 'pindah' CHECK (jenis IN ('pindah','tetap'));
`);
  },
};
