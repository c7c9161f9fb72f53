import { basename } from 'node:path';
import { Database } from './database';
import { decryptWithKey, encryptWithKey, open as openBpj, sameKey, wipeKey, deriveKey, type BpjHeader, type DatasetKey } from './bpj-format';
import { readFileOrThrow, rotateBackups, writeFileAtomic } from './files';
import { migrate } from './migrations';
import { AppError } from '../../shared/errors';

/**
 * A dataset decrypted into memory. The plaintext exists only as the sql.js image in this process;
 * it is written to disk only encrypted, and wiped on close.
 */
export class OpenDataset {
  locked = false;
  lastSavedAt: string | null = null;

  private constructor(
    readonly path: string,
    readonly db: Database,
    private key: DatasetKey,
    readonly header: BpjHeader,
    readonly isDemo: boolean,
    private readonly now: () => Date,
  ) {
    // Until the journal lands, every committed act is followed by a full atomic save.
    db.onCommit = null;
  }

  static async openFile(path: string, passphrase: string, opts: { isDemo?: boolean; now?: () => Date } = {}): Promise<OpenDataset> {
    const file = readFileOrThrow(path);
    const { header, plaintext, key } = await openBpj(file, passphrase);
    return OpenDataset.fromPlaintext(path, plaintext, key, header, opts);
  }

  static async fromPlaintext(
    path: string, plaintext: Uint8Array, key: DatasetKey, header: BpjHeader,
    opts: { isDemo?: boolean; now?: () => Date } = {},
  ): Promise<OpenDataset> {
    let db: Database;
    try {
      db = await Database.create(plaintext);
      db.userVersion(); // touches the image: a non-SQLite payload fails here, not later
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
    return new OpenDataset(path, db, key, header, opts.isDemo ?? false, opts.now ?? (() => new Date()));
  }

  get fileName(): string {
    return basename(this.path);
  }

  /** Re-derives the key from the passphrase and compares; the passphrase itself is never kept. */
  async unlock(passphrase: string): Promise<void> {
    const candidate = await deriveKey(passphrase, this.key.salt, this.key.kdf);
    const ok = sameKey(candidate, this.key);
    wipeKey(candidate);
    if (!ok) throw new AppError('FRASA_SANDI_SALAH');
    this.locked = false;
  }

  /** Encrypted image of the current state, under this dataset's key and kind (a review packet stays a packet). */
  encryptedImage(): Buffer {
    return encryptWithKey(this.db.export(), this.key, this.header.kind);
  }

  /** Full atomic save to `path` (default: the dataset's own file), keeping rotating backups. */
  save(path = this.path): void {
    const bytes = this.encryptedImage();
    if (path === this.path) {
      try {
        rotateBackups(path);
      } catch {
        // A backup that cannot be made must not stop the save itself.
      }
    }
    writeFileAtomic(path, bytes);
    this.lastSavedAt = this.now().toISOString();
  }

  /** Checks that the bytes on disk decrypt under this key (used after saves in tests and by CLI). */
  verifyOnDisk(): void {
    decryptWithKey(readFileOrThrow(this.path), this.key);
  }

  close(): void {
    this.db.close();
    wipeKey(this.key);
  }
}
