import type { Database } from '../database';
import { coreSchema } from './0001-core-schema';
import { signingIdentity } from './0040-signing-identity';
import { reviewNotes } from './0050-review-notes';
import { signingIdentities } from './0120-signing-identities';
import { trustList } from './0121-trust-list';
import { auditCheckpoint } from './0150-audit-checkpoint';
import { decisionRules } from './0100-decision-rules';
import { procedureSchema } from './0110-procedure';
import { requestListIndexes } from './0170-request-list-indexes';
import { signedCheckpoint } from './0185-signed-checkpoint';
import { requestListJenis } from './0186-request-list-jenis';
import { riwayatJabatan } from './0187-riwayat-jabatan';
import { talentSuccession } from './0193-talent-succession';
import { sidangRedaksi } from './0200-sidang-redaksi';
import { drafTable } from './0201-draf';
import { migrate as runMigrations } from './runner';
import type { Migration } from './types';

export { assertMigrationsOrdered } from './runner';

/**
 * Every schema step, in order. A capability adding tables owns its own file; each helper range
 * keeps numbers apart, and the ledger applies a late-landing step anyway.
 */
export const MIGRATIONS: readonly Migration[] = [
  coreSchema, signingIdentity, reviewNotes, decisionRules, procedureSchema, signingIdentities, trustList, auditCheckpoint, requestListIndexes, signedCheckpoint,
  requestListJenis, riwayatJabatan, talentSuccession, sidangRedaksi, drafTable,
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Runs every pending step in one transaction; refuses a file written by a newer app. */
export function migrate(db: Database, list: readonly Migration[] = MIGRATIONS): number {
  return runMigrations(db, list);
}
