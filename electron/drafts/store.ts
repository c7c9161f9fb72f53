import type { Database } from '../dataset/database';

/**
 * Drafts live in the open dataset's own `draf` table: every write is journalled encrypted like an act
 * (electron/dataset/persistence.ts) and folded into the .bpj at the next full save, so no draft text
 * ever reaches the disk in plain, and a crash or restart keeps it.
 */
export function getDraft(db: Database, kunci: string): string | null {
  return db.first<{ isi: string }>('SELECT isi FROM draf WHERE kunci = ?', [kunci])?.isi ?? null;
}

export function putDraft(db: Database, kunci: string, isi: string, at: string): void {
  if (getDraft(db, kunci) === isi) return; // an unchanged draft costs no journal record
  db.transaction(() => {
    db.run('INSERT INTO draf (kunci, isi, diubah_pada) VALUES (?,?,?) ON CONFLICT(kunci) DO UPDATE SET isi = excluded.isi, diubah_pada = excluded.diubah_pada',
      [kunci, isi, at]);
  });
}

export function removeDraft(db: Database, kunci: string): void {
  if (getDraft(db, kunci) === null) return;
  db.transaction(() => db.run('DELETE FROM draf WHERE kunci = ?', [kunci]));
}
