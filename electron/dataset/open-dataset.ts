import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Database } from './database';
import { decryptWithKey, parseHeader, sameKey, wipeKey, deriveKey, type BpjHeader, type DatasetKey } from './bpj-format';
import { readUserFile } from '../files/user-file';
import { assertPacketMatchesHeader } from '../review/packet-meta';
import { migrate } from './migrations';
import { AppError } from '../../shared/errors';
import { Persistence, type PersistenceOptions, type RecoveryReport, type SaveStatus } from './persistence';

export type OpenOptions = {
  isDemo?: boolean;
  now?: () => Date;
  /** Filled with the ms each step of openFile took (read, kdf, decrypt, load, journal): the bench reads it. */
  timings?: Record<string, number>;
} & PersistenceOptions;

/**
 * A dataset decrypted into memory. The plaintext exists only as the sql.js image in this process;
 * it is written to disk only encrypted (full saves and the journal, see persistence.ts), and wiped
 * on close.
 */
export class OpenDataset {
  private isLocked = false;
  private readonly persistence: Persistence;

  private constructor(
    path: string,
    readonly db: Database,
    private key: DatasetKey,
    readonly header: BpjHeader,
    readonly isDemo: boolean,
    now: () => Date,
    opts: PersistenceOptions,
  ) {
    this.persistence = new Persistence(path, db, key, now, { kind: header.kind, packet: header.packet }, opts);
  }

  /** Decrypts, migrates, replays the journal left by a crash (then saves in full) and starts journalling. */
  static async openFile(path: string, passphrase: string, opts: OpenOptions = {}): Promise<OpenDataset> {
    const lap = stopwatch(opts.timings);
    const file = readUserFile(path, 'dataset'); // regular file, size cap, magic first: never a FIFO or /dev/zero
    lap('read');
    const header = parseHeader(file);
    const key = await deriveKey(passphrase, header.salt, header.kdf);
    lap('kdf');
    const { plaintext } = decryptWithKey(file, key);
    lap('decrypt');
    const ds = await OpenDataset.fromPlaintext(path, plaintext, key, header, opts);
    lap('load');
    try {
      ds.persistence.attach(file);
    } catch (err) {
      ds.close();
      throw err;
    }
    lap('journal');
    return ds;
  }

  /** A dataset not read from `path` (nothing journalled until the first save()). */
  static async fromPlaintext(
    path: string, plaintext: Uint8Array, key: DatasetKey, header: BpjHeader, opts: OpenOptions = {},
  ): Promise<OpenDataset> {
    let db: Database;
    // sql.js opens an empty or foreign image as a new, empty database: only a real SQLite image is a dataset.
    if (!Buffer.from(plaintext.buffer, plaintext.byteOffset, plaintext.byteLength).subarray(0, 16).equals(SQLITE_MAGIC)) {
      plaintext.fill(0);
      throw new AppError('BPJ_ISI_RUSAK');
    }
    try {
      // sql.js may keep the very array as its in-memory file: give it its own copy, wipe ours.
      db = await Database.create(new Uint8Array(plaintext));
      db.userVersion(); // touches the image: a non-SQLite payload fails here, not later
    } catch (err) {
      throw new AppError('BPJ_ISI_RUSAK', {}, { cause: err });
    } finally {
      plaintext.fill(0);
    }
    try {
      migrate(db);
      if (header.packet) assertPacketMatchesHeader(db, header.packet);
    } catch (err) {
      db.close();
      throw err;
    }
    return new OpenDataset(path, db, key, header, opts.isDemo ?? false, opts.now ?? (() => new Date()), opts);
  }

  get path(): string {
    return this.persistence.path;
  }

  get fileName(): string {
    return basename(this.path);
  }

  /** Last durable save: the journal fsync of the last act, or the last full save. */
  get lastSavedAt(): string | null {
    return this.persistence.lastSavedAt;
  }

  /** What reopening after a crash found in the journal (null when nothing was replayed). */
  get recovered(): RecoveryReport | null {
    return this.persistence.recovered;
  }

  /** Read-only because a damaged or stray journal waits for the user's decision. */
  get awaitingJournalDecision(): boolean {
    return this.persistence.awaitingDecision;
  }

  /** The user's decision: go on without the acts that could not be replayed (the kept copy stays). */
  continueWithoutLostActs(): void {
    this.persistence.continueWithoutLostActs();
  }

  saveStatus(): SaveStatus {
    return this.persistence.status();
  }

  get locked(): boolean {
    return this.isLocked;
  }

  /**
   * Locking (idle timer, suspend, screen lock: main sets `locked = true`) first folds the journal
   * into a full save; a save that fails leaves the journal, which still holds every act.
   */
  set locked(value: boolean) {
    if (value && !this.isLocked) this.persistence.trySave();
    this.isLocked = value;
  }

  /** Re-derives the key from the passphrase and compares; the passphrase itself is never kept. */
  async unlock(passphrase: string): Promise<void> {
    const candidate = await deriveKey(passphrase, this.key.salt, this.key.kdf);
    const ok = sameKey(candidate, this.key);
    wipeKey(candidate);
    if (!ok) throw new AppError('FRASA_SANDI_SALAH');
    this.isLocked = false;
  }

  /**
   * Full atomic save to `path` (default: the dataset's own file, keeping rotating backups and
   * starting a fresh journal). Another path gets a copy; the session stays on its own file.
   */
  save(path = this.path): void {
    if (path === this.path) this.persistence.save();
    else this.persistence.writeCopy(path);
  }

  /**
   * Full save of the dataset's own file with the main loop free (persistence.ts saveInBackground):
   * acts recorded meanwhile are journalled and carried into the new file's journal.
   */
  saveInBackground(): Promise<void> {
    return this.persistence.saveInBackground();
  }

  /** "Simpan sebagai…": full save to `path`, which becomes the dataset's file from now on. */
  saveAs(path: string): void {
    this.persistence.saveAs(path);
  }

  /** Saves in full when anything is only in the journal (a failure leaves the journal to replay), then wipes. */
  close(): void {
    this.persistence.closing();
    this.db.close();
    wipeKey(this.key);
  }
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

function stopwatch(into: Record<string, number> | undefined): (step: string) => void {
  let t = performance.now();
  return (step) => {
    const now = performance.now();
    if (into) into[step] = now - t;
    t = now;
  };
}
