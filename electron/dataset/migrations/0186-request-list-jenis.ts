import type { Migration } from './types';

/** The end of the list row's select in 0170's triggers; the kind of request is appended after it. */
const ROW_TAIL = /r\.kategori_alasan,\s*r\.status,\s*r\.pakta_ditandatangani/;

/**
 * Daftar Permohonan carries the kind of request (pindah / tetap) so the list can show and filter it
 * without a join. The triggers are rebuilt from their own stored definitions with r.jenis appended
 * (as 0110 rebuilds keputusan), so whatever else changed in them survives. They are dropped before the
 * column is added: their 19-value inserts would not fit a 20-column table.
 */
export const requestListJenis: Migration = {
  version: 186,
  id: '0186-request-list-jenis',
  up: (db) => {
    const triggers = db.all<{ name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%INTO daftar_permohonan%' ORDER BY name",
    );
    if (triggers.length === 0) throw new Error('daftar_permohonan: triggers not found');
    const rebuilt = triggers.map((t) => {
      const sql = t.sql.replace(new RegExp(ROW_TAIL.source, 'g'), '$&, r.jenis');
      if (sql === t.sql) throw new Error(`${t.name}: list row select not found`);
      return { name: t.name, sql };
    });
    for (const t of rebuilt) db.exec(`DROP TRIGGER "${t.name}"`);
    db.exec(`
      ALTER TABLE daftar_permohonan ADD COLUMN jenis TEXT NOT NULL DEFAULT 'pindah';
      UPDATE daftar_permohonan SET jenis = (SELECT r.jenis FROM permohonan r WHERE r.id = daftar_permohonan.id);
      CREATE INDEX daftar_jenis ON daftar_permohonan(jenis);
    `);
    for (const t of rebuilt) db.exec(t.sql);
  },
};
