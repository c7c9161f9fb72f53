import { existsSync } from 'node:fs';
import { Database } from './database';
import { migrate } from './migrations';
import { encryptWithKey, KIND_DATASET, newKey, wipeKey } from './bpj-format';
import { rotateBackups, writeFileAtomic } from './files';
import { DEFAULT_SCRYPT, type ScryptParams } from './kdf';
import { AppError } from '../../shared/errors';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../shared/intake/passphrase';

export function assertStrongPassphrase(passphrase: string): void {
  if (!passphraseStrength(passphrase).acceptable) throw new AppError('FRASA_SANDI_TERLALU_LEMAH', { minimal: MIN_PASSPHRASE_LENGTH });
}

/**
 * A brand-new .bpj: a fresh in-memory database at the current schema, filled by `fill` (nothing,
 * or one import), sealed with the passphrase and written; an existing file at the target is kept
 * as .bak1 first, as every other save does. The KDF runs on the thread pool while this thread
 * builds the database: on two cores that hides most of its cost instead of adding it.
 */
export async function sealFreshDataset<T>(
  outPath: string, passphrase: string, kdf: ScryptParams, fill: (db: Database) => T,
): Promise<{ result: T; bytes: number }> {
  assertStrongPassphrase(passphrase);
  const keyPromise = newKey(passphrase, kdf);
  const db = await Database.create();
  let image: Uint8Array;
  let result: T;
  try {
    migrate(db);
    result = fill(db);
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
  if (existsSync(outPath)) rotateBackups(outPath);
  writeFileAtomic(outPath, bytes);
  return { result, bytes: bytes.length };
}

/**
 * A first-run dataset: the current schema and nothing in it (data comes in later through Impor
 * Data), under a passphrase that passes the same strength check as an import's.
 */
export async function createEmptyDataset(outPath: string, passphrase: string, kdf: ScryptParams = DEFAULT_SCRYPT): Promise<void> {
  await sealFreshDataset(outPath, passphrase, kdf, () => undefined);
}
