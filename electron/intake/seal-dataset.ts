import { existsSync } from 'node:fs';
import { Database } from '../dataset/database';
import { migrate } from '../dataset/migrations';
import { encryptWithKey, KIND_DATASET, newKey, wipeKey } from '../dataset/bpj-format';
import { rotateBackups, writeFileAtomic } from '../dataset/files';
import { DEFAULT_SCRYPT, type ScryptParams } from '../dataset/kdf';
import { AppError } from '../../shared/errors';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../shared/intake/passphrase';
import type { ImportData } from '../../shared/intake/build';
import { writeImport, type ImportCounts } from './import-writer';
import type { OpenDataset } from '../dataset/open-dataset';

export function assertStrongPassphrase(passphrase: string): void {
  if (!passphraseStrength(passphrase).acceptable) throw new AppError('FRASA_SANDI_TERLALU_LEMAH', { minimal: MIN_PASSPHRASE_LENGTH });
}

/**
 * A brand-new .bpj from an import: fresh schema, one import transaction, sealed with the default
 * KDF (tests may pass a cheaper one). An existing file at the target is kept as .bak1 first.
 */
export async function sealNewDataset(
  data: ImportData,
  opts: { outPath: string; passphrase: string; at: string; actor: string; berkas: string; sha256: string; kdf?: ScryptParams },
): Promise<{ counts: ImportCounts; bytes: number }> {
  assertStrongPassphrase(opts.passphrase);
  // The KDF runs on the thread pool while this thread builds the database: on two cores that
  // hides most of its cost instead of adding it.
  const keyPromise = newKey(opts.passphrase, opts.kdf ?? DEFAULT_SCRYPT);
  const db = await Database.create();
  let image: Uint8Array;
  let counts: ImportCounts;
  try {
    migrate(db);
    // A fresh in-memory build that exists only until sealed: nothing to journal or replay.
    counts = writeImport(db, data, opts, { journal: false });
    image = db.export();
  } catch (err) {
    void keyPromise.then(wipeKey, () => undefined);
    throw err;
  } finally {
    db.close();
  }
  const key = await keyPromise;
  const bytes = encryptWithKey(image, key, KIND_DATASET);
  image.fill(0);
  wipeKey(key);
  if (existsSync(opts.outPath)) rotateBackups(opts.outPath);
  writeFileAtomic(opts.outPath, bytes);
  return { counts, bytes: bytes.length };
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
