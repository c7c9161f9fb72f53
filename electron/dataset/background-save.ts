import { copyFile, open, unlink } from 'node:fs/promises';
import { existsSync, renameSync, unlinkSync } from 'node:fs';
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { HEADER_LENGTH, writeHeader, type DatasetKey, type FileKind, type PacketBinding } from './bpj-format';
import { fileError, fsyncDirectory } from './files';
import type { WriteRecord } from './database';
import { Journal, journalPath, stagedJournalPath } from './journal';

/**
 * The slow half of a full save, run while the main loop keeps serving acts: the exported image is
 * encrypted in chunks (one chunk of CPU between turns of the loop) into a temp file beside the
 * target, written and fsynced by libuv's thread pool, and the previous file is copied aside for
 * the backups. Nothing here touches the target or its journal: the caller commits the staged files
 * in one synchronous step (persistence.ts), so a crash at any await leaves the old file + journal.
 */

/** ≈ 5 ms of AES-GCM on a slow core: the longest the loop is held by one chunk. */
const CHUNK = 4 * 1024 * 1024;

export interface StagedSave {
  /** The encrypted file, fsynced, under a temp name beside the target. */
  tmp: string;
  /** Its base id (journal-format.ts: SHA-256 of header ‖ tag), known before it is renamed into place. */
  base: Buffer;
  /** A copy of the previous target (for .bak1), fsynced; null when there was none or none was asked. */
  backup: string | null;
}

/** Thrown inside the job when a synchronous save overtook it: the staged files are removed, nothing else. */
export class SaveAbandoned extends Error {}

function tempBeside(path: string, what: string): string {
  return join(dirname(path), `.${basename(path)}.${what}.${randomBytes(6).toString('hex')}.tmp`);
}

async function removeQuietly(path: string | null): Promise<void> {
  if (path) await unlink(path).catch(() => undefined);
}

/**
 * Encrypts `image` into a temp file beside `target` (wiping each plaintext chunk once it is encrypted,
 * so the image does not outlive its use), then stages the backup copy. `abandoned` is asked after
 * every await; once true, the staged files are removed and SaveAbandoned is thrown.
 */
export async function stageSave(
  image: Uint8Array, key: DatasetKey, format: { kind: FileKind; packet: PacketBinding | null }, target: string,
  opts: { backup: boolean; abandoned: () => boolean },
): Promise<StagedSave> {
  const tmp = tempBeside(target, 'saving');
  let backup: string | null = null;
  const check = () => {
    if (opts.abandoned()) throw new SaveAbandoned();
  };
  try {
    const nonce = randomBytes(12);
    const header = writeHeader(key, format.kind, nonce, image.length, format.packet);
    const cipher = createCipheriv('aes-256-gcm', key.encKey, nonce);
    cipher.setAAD(header);
    const fh = await open(tmp, 'wx', 0o600);
    try {
      await fh.write(header);
      for (let off = 0; off < image.length; off += CHUNK) {
        check();
        const end = Math.min(image.length, off + CHUNK);
        const enc = cipher.update(image.subarray(off, end));
        image.fill(0, off, end);
        await fh.write(enc);
      }
      cipher.final();
      const tag = cipher.getAuthTag();
      await fh.write(tag);
      await fh.sync();
      check();
      const base = createHash('sha256').update(header.subarray(0, HEADER_LENGTH)).update(tag).digest();
      await fh.close();
      if (opts.backup && existsSync(target)) {
        backup = tempBeside(target, 'bak');
        await copyFile(target, backup);
        const bh = await open(backup, 'r+');
        await bh.sync().finally(() => bh.close());
        check();
      }
      return { tmp, base, backup };
    } finally {
      await fh.close().catch(() => undefined);
    }
  } catch (err) {
    image.fill(0);
    await removeQuietly(tmp);
    await removeQuietly(backup);
    if (err instanceof SaveAbandoned) throw err;
    throw fileError(err, target, false);
  }
}

/** Removes what an abandoned or failed job staged (the commit never ran). */
export function discardStaged(staged: StagedSave): Promise<void> {
  return Promise.all([removeQuietly(staged.tmp), removeQuietly(staged.backup)]).then(() => undefined);
}

/** The staged copy becomes .bak1 (older ones move up, as rotateBackups does); only renames, so it is quick. */
function promoteBackup(target: string, staged: string, count = 3): void {
  for (let i = count; i > 1; i--) {
    const from = `${target}.bak${i - 1}`;
    if (existsSync(from)) renameSync(from, `${target}.bak${i}`);
  }
  renameSync(staged, `${target}.bak1`);
}

/**
 * One synchronous step, so no act interleaves: the new file's journal (holding `tail`, the acts
 * journalled since the snapshot) is staged, the new file renamed in (`fileReplaced` is told), then its
 * journal. A crash before the first rename leaves the old file and its whole journal; after it, the new
 * file and the staged journal that attach adopts. Returns the new journal.
 */
export function commitStaged(
  staged: StagedSave, target: string, key: DatasetKey, tail: readonly WriteRecord[][], fileReplaced: () => void,
): Journal {
  const jp = journalPath(target);
  const stagedJournal = stagedJournalPath(target);
  const next = Journal.createFilled(jp, key, staged.base, target, tail, stagedJournal);
  if (staged.backup) {
    try {
      promoteBackup(target, staged.backup);
    } catch {
      // A backup that cannot be made must not stop the save itself.
    }
  }
  try {
    renameSync(staged.tmp, target);
    fsyncDirectory(dirname(target));
  } catch (err) {
    next.dispose();
    removeSync(stagedJournal);
    throw err;
  }
  fileReplaced();
  try {
    renameSync(stagedJournal, jp);
    fsyncDirectory(dirname(jp));
  } catch (err) {
    next.dispose();
    // An empty staged journal must not be adopted later over one restarted for the same bytes.
    if (tail.length === 0) removeSync(stagedJournal);
    throw err;
  }
  return next;
}

function removeSync(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}
