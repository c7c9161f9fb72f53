import { AppError } from '../../../shared/errors';
import type { Database } from '../database';
import type { Migration } from './types';

const LEDGER_DDL = 'CREATE TABLE IF NOT EXISTS skema_migrasi (id TEXT PRIMARY KEY, versi INTEGER NOT NULL)';

export function assertMigrationsOrdered(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (i > 0 && m.version <= list[i - 1]!.version) {
      throw new Error(`Migration ${m.id} is not after ${list[i - 1]!.id}`);
    }
  });
  if (new Set(list.map((m) => m.id)).size !== list.length) throw new Error('Migration ids repeat');
}

function hasLedger(db: Database): boolean {
  return db.value("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'skema_migrasi'") === 1;
}

/** The ids already applied. A file from before the ledger existed is read from its user_version. */
function appliedIds(db: Database, list: readonly Migration[]): Set<string> {
  if (hasLedger(db)) {
    return new Set(db.all<{ id: string }>('SELECT id FROM skema_migrasi').map((r) => r.id));
  }
  const legacyVersion = db.userVersion();
  return new Set(list.filter((m) => m.version <= legacyVersion).map((m) => m.id));
}

/**
 * Applies every step whose id is not in the ledger, in list order, in one transaction (a failed
 * step leaves the file as it was). Refuses a file that holds a step this app does not know, or
 * whose user_version is past the newest step: it was written by a newer app.
 */
export function migrate(db: Database, list: readonly Migration[]): number {
  assertMigrationsOrdered(list);
  const latest = list[list.length - 1]!.version;
  const current = db.userVersion();
  if (current > latest) throw new AppError('SKEMA_LEBIH_BARU', { versi: current, didukung: latest });
  const applied = appliedIds(db, list);
  const known = new Set(list.map((m) => m.id));
  const unknown = [...applied].filter((id) => !known.has(id));
  if (unknown.length > 0) throw new AppError('SKEMA_LEBIH_BARU', { versi: unknown.join(', '), didukung: latest });
  const pending = list.filter((m) => !applied.has(m.id));
  if (pending.length === 0 && hasLedger(db) && current === latest) return latest;
  db.transaction(() => {
    db.exec(LEDGER_DDL);
    for (const id of applied) db.run('INSERT OR IGNORE INTO skema_migrasi (id, versi) VALUES (?, ?)', [id, list.find((m) => m.id === id)!.version]);
    for (const m of pending) {
      m.up(db);
      db.run('INSERT INTO skema_migrasi (id, versi) VALUES (?, ?)', [m.id, m.version]);
    }
    db.setUserVersion(latest);
  }, { journal: false });
  return latest;
}
