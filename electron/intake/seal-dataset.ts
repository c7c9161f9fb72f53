import { DEFAULT_SCRYPT, type ScryptParams } from '../dataset/kdf';
import { sealFreshDataset } from '../dataset/create-dataset';
import type { ImportData } from '../../shared/intake/build';
import { writeImport, type ImportCounts } from './import-writer';
import type { OpenDataset } from '../dataset/open-dataset';

/**
 * A brand-new .bpj from an import: fresh schema, one import transaction, sealed with the default
 * KDF (tests may pass a cheaper one).
 */
export async function sealNewDataset(
  data: ImportData,
  opts: { outPath: string; passphrase: string; at: string; actor: string; berkas: string; sha256: string; kdf?: ScryptParams },
): Promise<{ counts: ImportCounts; bytes: number }> {
  // A fresh in-memory build that exists only until sealed: nothing to journal or replay.
  const { result, bytes } = await sealFreshDataset(opts.outPath, opts.passphrase, opts.kdf ?? DEFAULT_SCRYPT,
    (db) => writeImport(db, data, opts, { journal: false }));
  return { counts: result, bytes };
}

/**
 * A new version of the open dataset: the import is one transaction on it, then a full save, which
 * first copies the current file to .bak1 and then renames the new image over it — the previous
 * version is never overwritten in place. If the save fails the error says so; the transaction
 * stands in memory (and in the crash journal) so nothing is lost.
 */
export function importIntoOpen(
  ds: OpenDataset, data: ImportData, audit: { at: string; actor: string; berkas: string; sha256: string },
): { counts: ImportCounts; backupPath: string } {
  const counts = writeImport(ds.db, data, audit);
  ds.save();
  return { counts, backupPath: `${ds.path}.bak1` };
}
