import { AppError } from '../../../shared/errors';
import type { Database } from '../database';
import { coreSchema } from './0001-core-schema';
import { signingIdentity } from './0040-signing-identity';
import { reviewNotes } from './0050-review-notes';
import type { Migration } from './types';

/** Append new steps here; a capability adding tables owns its own numbered file. */
export const MIGRATIONS: readonly Migration[] = [coreSchema, signingIdentity, reviewNotes];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function assertMigrationsOrdered(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (i > 0 && m.version <= list[i - 1]!.version) {
      throw new Error(`Migration ${m.name} is not after ${list[i - 1]!.name}`);
    }
  });
}

/** Runs every pending step in one transaction; refuses a file written by a newer app. */
export function migrate(db: Database, list: readonly Migration[] = MIGRATIONS): number {
  assertMigrationsOrdered(list);
  const current = db.userVersion();
  const latest = list[list.length - 1]!.version;
  if (current > latest) throw new AppError('SKEMA_LEBIH_BARU', { versi: current, didukung: latest });
  const pending = list.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.setUserVersion(latest);
  }, { journal: false });
  return latest;
}
