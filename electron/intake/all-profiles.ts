import type { Database } from '../dataset/database';
import type { ProfilPegawai } from '../../shared/domain/pegawai';
import { loadProfiles } from '../compare/batch-load';

/**
 * Every ASN of the dataset with their child rows, one query per table (an update compares all of
 * them; ten queries per person would dominate at 100,000 ASN). The same reader as a pool's, so the
 * two cannot drift; tests/intake/master-update.test.ts checks it agrees with loadProfil.
 */
export function loadAllProfiles(db: Database): Map<string, ProfilPegawai> {
  return loadProfiles(db, null);
}
