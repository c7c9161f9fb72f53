import { existsSync, readFileSync } from 'node:fs';
import { AppError } from '../../shared/errors';
import type { Database, WriteRecord } from './database';
import { encryptWithKey, type DatasetKey, type FileKind, type PacketBinding } from './bpj-format';
import { fileError, rotateBackups, writeFileAtomic } from './files';
import { baseId, Journal, journalPath, readJournal, type JournalReadResult } from './journal';
import { commitStaged, discardStaged, SaveAbandoned, stageSave, type StagedSave } from './background-save';
import { adoptStagedJournal, keepJournalAside, recoveryReport as report, type RecoveryReport } from './journal-recovery';

export type { RecoveryReport } from './journal-recovery';

export interface PersistenceOptions {
  /** Full save after this many journal records (default 200). */
  saveEvery?: number;
  /** Full save after this long without a new act, ms (default 60 000; 0 disables). */
  idleSaveMs?: number;
  /** Inspect only (CLI audit): the journal is replayed in memory, nothing is ever written. */
  readOnly?: boolean;
  /** The timed full saves run with the main loop free (saveInBackground); the app sets this (default false). */
  backgroundSaves?: boolean;
}

/** One background save under way: the acts journalled since its snapshot go into the new file's journal. */
interface BackgroundJob {
  abandoned: boolean;
  tail: WriteRecord[][];
  done: Promise<void>;
}

export interface SaveStatus {
  /** ISO time of the last durable save (journal fsync or full save). */
  lastSavedAt: string | null;
  lastFullSaveAt: string | null;
  /** Acts saved only in the journal, not yet folded into the .bpj by a full save. */
  journalRecords: number;
  /** True while the .bpj on disk does not hold everything in memory (the journal may). */
  dirty: boolean;
  /** Why the last save failed, when it did; cleared by the next successful save. */
  error: AppError | null;
}

/**
 * Crash safety of one open dataset. Every committed transaction is appended to the encrypted
 * journal and fdatasync'd inside `Database.onCommit`, before COMMIT: if that throws, the
 * transaction is rolled back in memory, so nothing is ever shown that is not on disk.
 * Full saves (export → encrypt → temp file → fsync → rename → fsync dir) fold the journal into
 * the .bpj and restart it for the new file; they run after `saveEvery` acts, after an idle
 * pause, on lock and on close.
 */
export class Persistence {
  lastSavedAt: string | null = null;
  lastFullSaveAt: string | null = null;
  recovered: RecoveryReport | null = null;
  private journal: Journal | null = null;
  private journalError: AppError | null = null;
  private saveError: AppError | null = null;
  /** Why the last act could not be journalled (it was rolled back); cleared by the next success. */
  private appendError: AppError | null = null;
  /** False while memory holds acts that exist on disk only in a journal we could not restart. */
  private baseCoversMemory = true;
  /** Commits made with no journal attached (a dataset built in memory); saved by the next save(). */
  private unjournalled = 0;
  private attached = false;
  /** Set while a damaged or stray journal waits for the user's decision: nothing is written meanwhile. */
  private pendingDecision: { base: Buffer; replayed: number } | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private background: BackgroundJob | null = null;
  private readonly saveEvery: number;
  private readonly idleSaveMs: number;
  private readonly readOnly: boolean;
  private readonly backgroundSaves: boolean;

  constructor(
    public path: string,
    private readonly db: Database,
    private readonly key: DatasetKey,
    private readonly now: () => Date,
    /** Kept on every save: a review packet stays a packet, with the same authenticated expiry. */
    private readonly format: { kind: FileKind; packet: PacketBinding | null },
    opts: PersistenceOptions,
  ) {
    this.saveEvery = opts.saveEvery ?? 200;
    this.idleSaveMs = opts.idleSaveMs ?? 60_000;
    this.readOnly = opts.readOnly ?? false;
    this.backgroundSaves = opts.backgroundSaves ?? false;
    db.onCommit = (writes) => this.onCommit(writes);
  }

  /** Binds to the .bpj bytes just opened: replays a journal written for exactly them, then journals anew. */
  attach(file: Uint8Array): void {
    this.attached = true;
    const base = baseId(file);
    const jp = journalPath(this.path);
    const found = readJournal(adoptStagedJournal(this.path, this.key, base, this.readOnly), this.key, base, this.path);
    if (this.readOnly) {
      // Inspect only: the readable acts are replayed in memory and the problem is told; nothing is written.
      if (found.problem !== 'milik_berkas_lain') for (const writes of found.records) this.db.replay(writes);
      if (found.state === 'problem' || found.records.length > 0) this.recovered = report(found, null, false);
      this.journalError = new AppError('BERKAS_HANYA_BACA', { path: this.path });
      return;
    }
    if (found.state === 'problem') {
      this.holdForDecision(found, base);
      return;
    }
    if (found.state === 'valid' && found.records.length > 0) {
      for (const writes of found.records) this.db.replay(writes);
      this.recovered = report(found, null, false);
      this.baseCoversMemory = false;
      // The replayed acts go into the .bpj at once. If that fails (a full save needs room for the
      // whole file), keep appending to the same journal: it still holds them, and new acts stay possible.
      if (!this.trySave()) this.journal = Journal.resume(jp, this.key, base, found);
      return;
    }
    this.startJournal(base);
  }

  /**
   * A journal that cannot be trusted whole is never overwritten behind the user's back: a copy is kept,
   * the readable prefix is replayed (a stray journal: nothing), and the dataset stays read-only until the
   * user continues without the lost acts (continueWithoutLostActs) or closes it.
   */
  private holdForDecision(found: JournalReadResult, base: Buffer): void {
    const replayed = found.problem === 'milik_berkas_lain' ? 0 : found.records.length;
    for (const writes of found.records.slice(0, replayed)) this.db.replay(writes);
    const damagedCopy = found.bytes ? keepJournalAside(journalPath(this.path), found.bytes, this.now()) : null;
    this.recovered = { ...report(found, damagedCopy, true), records: replayed };
    this.pendingDecision = { base, replayed };
    if (replayed > 0) this.baseCoversMemory = false;
    this.journalError = new AppError('JURNAL_MENUNGGU_KEPUTUSAN', { path: this.path });
  }

  /**
   * The user's decision after a damaged or stray journal: go on without the acts that could not be
   * replayed. The kept copy stays; the readable acts are saved in full and a fresh journal starts.
   */
  continueWithoutLostActs(): void {
    const pending = this.pendingDecision;
    if (!pending) return;
    this.pendingDecision = null;
    this.journalError = null;
    if (this.recovered) this.recovered = { ...this.recovered, awaitingDecision: false };
    if (pending.replayed > 0) {
      this.baseCoversMemory = false;
      this.save();
    } else {
      this.startJournal(pending.base);
    }
  }

  get awaitingDecision(): boolean {
    return this.pendingDecision !== null;
  }

  private startJournal(base: Buffer): void {
    this.journal?.dispose();
    this.journal = null;
    try {
      this.journal = Journal.create(journalPath(this.path), this.key, base, this.path);
      this.journalError = null;
    } catch (err) {
      this.journalError = err instanceof AppError ? err : fileError(err, journalPath(this.path), false);
    }
  }

  private onCommit(writes: WriteRecord[]): void {
    if (this.readOnly || this.pendingDecision) throw this.journalError!;
    if (!this.attached) {
      this.unjournalled++;
      return;
    }
    if (!this.journal) {
      // A journal can be restarted only for a .bpj that already holds everything in memory.
      if (this.baseCoversMemory && existsSync(this.path)) this.retryJournal();
      if (!this.journal) throw this.journalError ?? new AppError('GAGAL_MENYIMPAN', { path: this.path, alasan: 'jurnal' });
    }
    try {
      this.journal.append(writes);
    } catch (err) {
      this.appendError = err instanceof AppError ? err : fileError(err, this.journal.path, false);
      throw this.appendError;
    }
    this.appendError = null;
    this.background?.tail.push(writes);
    this.lastSavedAt = this.now().toISOString();
    this.scheduleSaves();
  }

  private retryJournal(): void {
    try {
      this.startJournal(baseId(readFileSync(this.path)));
    } catch (err) {
      this.journalError = err instanceof AppError ? err : fileError(err, this.path, true);
    }
  }

  private scheduleSaves(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    // After the commit, never inside it: export() must not run within an open transaction.
    if (this.journal && this.journal.records >= this.saveEvery) {
      this.idleTimer = setTimeout(() => this.autoSave(), 0);
    } else if (this.idleSaveMs > 0) {
      this.idleTimer = setTimeout(() => this.autoSave(), this.idleSaveMs);
    }
    this.idleTimer?.unref?.();
  }

  private autoSave(): void {
    if (!this.backgroundSaves) {
      this.trySave();
    } else if (!this.background && this.attached && !this.readOnly && !this.pendingDecision && this.needsSave()) {
      // The failure is kept for the status line (saveError), as trySave keeps it.
      this.saveInBackground().catch(() => undefined);
    }
  }

  /**
   * Full save of the dataset's own file with the main loop free: only the export is synchronous;
   * encryption, writing and the backup copy run in background-save.ts while acts go on being
   * journalled (and kept in the job's tail). Resolves once the file is committed; a synchronous save
   * that overtakes it (lock, close) abandons it, and it resolves as that save covered it.
   */
  saveInBackground(): Promise<void> {
    if (this.readOnly || this.pendingDecision) return Promise.reject(this.journalError!);
    if (this.background) return this.background.done.then(() => this.saveInBackground());
    if (!this.attached) {
      this.save(); // a dataset built in memory has no journal to keep acts during a background save
      return Promise.resolve();
    }
    this.clearIdleTimer();
    const target = this.path;
    const job: BackgroundJob = { abandoned: false, tail: [], done: Promise.resolve() };
    const image = this.db.export();
    job.done = this.runBackground(job, image, target).finally(() => {
      if (this.background === job) this.background = null;
    });
    this.background = job;
    return job.done;
  }

  private async runBackground(job: BackgroundJob, image: Uint8Array, target: string): Promise<void> {
    let staged: StagedSave;
    try {
      staged = await stageSave(image, this.key, this.format, target, { backup: true, abandoned: () => job.abandoned });
    } catch (err) {
      if (err instanceof SaveAbandoned) return;
      this.saveError = err as AppError;
      throw err;
    }
    if (job.abandoned) return discardStaged(staged);
    try {
      this.journal = commitStaged(staged, target, this.key, job.tail, () => {
        // The old journal names the old bytes now: nothing may be appended to it any more.
        this.journal?.dispose();
        this.journal = null;
        this.baseCoversMemory = job.tail.length === 0;
      });
      this.journalError = null;
      this.baseCoversMemory = true;
      this.unjournalled = 0;
    } catch (err) {
      await discardStaged(staged);
      this.saveError = err instanceof AppError ? err : fileError(err, target, false);
      throw this.saveError;
    }
    this.savedInFull();
    if ((this.journal?.records ?? 0) > 0) this.scheduleSaves();
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  /** A synchronous save overtakes a background one: its staged files are removed, its tail dropped. */
  private abandonBackground(): void {
    if (this.background) this.background.abandoned = true;
    this.background = null;
  }

  /** Full save of the dataset's own file: backups rotated, then a fresh journal for the new bytes. */
  save(): void {
    if (this.readOnly || this.pendingDecision) throw this.journalError!;
    this.fullSave(this.path, true);
  }

  /** Saves; a failure is kept for the status line instead of thrown (locking, timers, closing). */
  trySave(): boolean {
    // Only a dataset read from its file saves by itself; one built in memory waits for save().
    if (!this.attached || this.readOnly) return true;
    if (this.pendingDecision) return false;
    try {
      if (this.needsSave()) this.save();
      return true;
    } catch {
      return false;
    }
  }

  /** Something in memory that the .bpj itself does not hold yet. */
  private needsSave(): boolean {
    return !this.baseCoversMemory || this.unjournalled > 0 || (this.journal?.records ?? 0) > 0;
  }

  saveAs(path: string): void {
    if (this.readOnly || this.pendingDecision) throw this.journalError!;
    this.fullSave(path, false);
  }

  /** A copy elsewhere (exports); the session keeps its own file and journal. */
  writeCopy(path: string): void {
    writeFileAtomic(path, this.encrypt());
  }

  private encrypt(): Buffer {
    const image = this.db.export();
    try {
      return encryptWithKey(image, this.key, this.format.kind, this.format.packet);
    } finally {
      image.fill(0); // the plaintext image must not linger in a freed buffer
    }
  }

  private fullSave(target: string, rotate: boolean): void {
    this.clearIdleTimer();
    this.abandonBackground();
    try {
      const bytes = this.encrypt();
      if (rotate || existsSync(target)) {
        try {
          rotateBackups(target);
        } catch {
          // A backup that cannot be made must not stop the save itself.
        }
      }
      writeFileAtomic(target, bytes);
      this.path = target;
      this.attached = true;
      this.baseCoversMemory = true;
      this.unjournalled = 0;
      // Crash here: the old journal names the old bytes, so it is recognised as stale, never replayed.
      this.startJournal(baseId(bytes));
    } catch (err) {
      this.saveError = err instanceof AppError ? err : fileError(err, target, false);
      throw this.saveError;
    }
    this.savedInFull();
  }

  private savedInFull(): void {
    this.saveError = null;
    this.appendError = null;
    this.lastFullSaveAt = this.now().toISOString();
    this.lastSavedAt = this.lastFullSaveAt;
  }

  status(): SaveStatus {
    const journalRecords = this.journal?.records ?? 0;
    return {
      lastSavedAt: this.lastSavedAt,
      lastFullSaveAt: this.lastFullSaveAt,
      journalRecords,
      dirty: this.needsSave(),
      error: this.saveError ?? this.appendError ?? this.journalError,
    };
  }

  closing(): void {
    this.clearIdleTimer();
    this.abandonBackground();
    this.trySave();
    this.journal?.dispose();
    this.journal = null;
    this.db.onCommit = null;
  }
}

