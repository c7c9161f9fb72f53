import type { Database } from '../database';
import { coreSchema } from './0001-core-schema';
import { signingIdentity } from './0040-signing-identity';
import { reviewNotes } from './0050-review-notes';
import { requestListIndexes } from './0170-request-list-indexes';
import { migrate as runMigrations } from './runner';
import type { Migration } from './types';

export { assertMigrationsOrdered } from './runner';

/**
 * Every schema step, in order. A capability adding tables owns its own file; each helper range
 * keeps numbers apart, and the ledger applies a late-landing step anyway.
 */
export const MIGRATIONS: readonly Migration[] = [coreSchema, signingIdentity, reviewNotes, requestListIndexes];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Runs every pending step in one transaction; refuses a file written by a newer app. */
export function migrate(db: Database, list: readonly Migration[] = MIGRATIONS): number {
  return runMigrations(db, list);
}
