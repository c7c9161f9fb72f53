import { existsSync } from 'node:fs';
import { Database } from './database';
import { migrate } from './migrations';
import { encryptWithKey, KIND_DATASET, newKey, wipeKey } from './bpj-format';
import { rotateBackups, writeFileAtomic } from './files';
import { DEFAULT_SCRYPT, type ScryptParams } from './kdf';
import { assertStrongPassphrase } from '../intake/seal-dataset';

/**
 * A first-run dataset: the current schema and nothing in it, sealed with the passphrase (which
 * must pass the same strength check as an import's). Data comes in later through Impor Data.
 * An existing file at the target is kept as .bak1 first, as every other save does.
 */
export async function createEmptyDataset(outPath: string, passphrase: string, kdf: ScryptParams = DEFAULT_SCRYPT): Promise<void> {
  assertStrongPassphrase(passphrase);
  const keyPromise = newKey(passphrase, kdf);
  const db = await Database.create();
  let image: Uint8Array;
  try {
    migrate(db);
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
}
