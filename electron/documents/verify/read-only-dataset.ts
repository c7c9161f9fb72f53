import { open as openBpj, wipeKey } from '../../dataset/bpj-format';
import { Database } from '../../dataset/database';
import { migrate } from '../../dataset/migrations';
import { readUserFile } from '../../files/user-file';
import { AppError } from '../../../shared/errors';

/**
 * The dataset as an in-memory image for verification only: decrypted, migrated in memory, never
 * journalled or saved, so nothing appears next to the file. A crash journal beside it is ignored:
 * the verifier reads the last full save.
 */
export async function loadDatasetReadOnly(path: string, passphrase: string): Promise<Database> {
  const file = readUserFile(path, 'dataset');
  const { plaintext, key } = await openBpj(file, passphrase);
  wipeKey(key);
  let db: Database;
  try {
    db = await Database.create(new Uint8Array(plaintext));
    db.userVersion();
  } catch (err) {
    throw new AppError('BPJ_ISI_RUSAK', {}, { cause: err });
  } finally {
    plaintext.fill(0);
  }
  try {
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
