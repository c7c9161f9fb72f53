import { createPrivateKey, sign, verify, X509Certificate } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { Database } from '../dataset/database';
import type { UnlockedIdentity } from '../documents/identity';
import { appendAudit, auditHead, verifyChain } from './audit-log';

export const CHECKPOINT_EXTENSION = 'bpjcp';
const FORMAT = 'bpjcp-1';

export interface Checkpoint {
  seq: number;
  hash: string;
  time: string;
  sidangId: string | null;
}

/** A checkpoint as stored: signed at close (null for checkpoints recorded before signing at close). */
export interface StoredCheckpoint extends Checkpoint {
  signature: string | null;
  certificate: string | null;
}

/** The .bpjcp file: the checkpoint, and the secretariat's signature over it with the certificate to check it. */
export const checkpointFileSchema = z.object({
  format: z.literal(FORMAT),
  seq: z.number().int().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  time: z.string().min(1).max(40),
  sidangId: z.string().max(100).nullable(),
  /** Base64 RSA/ECDSA signature (SHA-256) over signedBytes(); null when the dataset had no signing identity. */
  signature: z.string().max(2000).nullable(),
  /** Base64 DER of the signing certificate. */
  certificate: z.string().max(20000).nullable(),
}).strict();
export type CheckpointFile = z.infer<typeof checkpointFileSchema>;

/** What the signature covers: fixed order, so any tool can rebuild it. */
export function signedBytes(cp: Checkpoint): Buffer {
  return Buffer.from(JSON.stringify([FORMAT, cp.seq, cp.hash, cp.time, cp.sidangId]), 'utf8');
}

/**
 * Records the current audit head as a checkpoint (called as a session is closed, in the same transaction),
 * then notes it in the chain. The checkpoint covers every entry up to and including the close.
 */
export function recordCheckpoint(
  db: Database, opts: { sidangId: string | null; at: string; actor: string; identity: UnlockedIdentity },
): CheckpointFile {
  const head = auditHead(db);
  const file = checkpointFile({ seq: head.seq, hash: head.hash, time: opts.at, sidangId: opts.sidangId }, opts.identity);
  db.run(
    'INSERT OR REPLACE INTO titik_periksa (seq, entry_hash, dibuat_pada, sidang_id, tanda_tangan, sertifikat) VALUES (?,?,?,?,?,?)',
    [file.seq, file.hash, file.time, file.sidangId, file.signature, file.certificate],
  );
  appendAudit(db, { at: opts.at, actor: opts.actor, action: 'audit.titik_periksa', payload: { sidangId: file.sidangId, seq: file.seq, hash: file.hash } });
  return file;
}

/** The session's checkpoint, or the dataset's latest one. */
export function findCheckpoint(db: Database, sidangId?: string): StoredCheckpoint | null {
  const r = db.first<{
    seq: number; entry_hash: string; dibuat_pada: string; sidang_id: string | null; tanda_tangan: string | null; sertifikat: string | null;
  }>(
    sidangId
      ? 'SELECT * FROM titik_periksa WHERE sidang_id = ? ORDER BY seq DESC LIMIT 1'
      : 'SELECT * FROM titik_periksa ORDER BY seq DESC LIMIT 1',
    sidangId ? [sidangId] : [],
  );
  return r
    ? { seq: Number(r.seq), hash: r.entry_hash, time: r.dibuat_pada, sidangId: r.sidang_id, signature: r.tanda_tangan, certificate: r.sertifikat }
    : null;
}

/** The .bpjcp of a stored checkpoint, exactly as signed at close (no password needed). */
export function checkpointFileFromStored(cp: StoredCheckpoint): CheckpointFile {
  return { format: FORMAT, seq: cp.seq, hash: cp.hash, time: cp.time, sidangId: cp.sidangId, signature: cp.signature, certificate: cp.certificate };
}

/** What the CLI and the app's export write: the session's (or latest) stored checkpoint as .bpjcp text. */
export function exportableCheckpoint(db: Database, sidangId?: string): { cp: StoredCheckpoint; json: string } {
  const cp = findCheckpoint(db, sidangId);
  if (!cp) throw new AppError('TITIK_PERIKSA_BELUM_ADA');
  return { cp, json: JSON.stringify(checkpointFileFromStored(cp), null, 2) };
}

/** SHA-256 fingerprint of a base64 DER certificate as AA:BB:…, the form certificate-info.ts reports too. */
export function certificateFingerprint(certificateB64: string): string {
  return new X509Certificate(Buffer.from(certificateB64, 'base64')).fingerprint256;
}

/** The file to hand out; signed when the dataset's signing identity was unlocked for it. */
export function checkpointFile(cp: Checkpoint, identity: UnlockedIdentity | null): CheckpointFile {
  const signature = identity
    ? sign('sha256', signedBytes(cp), createPrivateKey({ key: identity.keyDer, format: 'der', type: 'pkcs8' })).toString('base64')
    : null;
  return { format: FORMAT, ...cp, signature, certificate: identity ? identity.certDer.toString('base64') : null };
}

export function parseCheckpointFile(bytes: Buffer, path: string): CheckpointFile {
  try {
    return checkpointFileSchema.parse(JSON.parse(bytes.toString('utf8')));
  } catch {
    throw new AppError('TITIK_PERIKSA_RUSAK', { path });
  }
}

export type CheckpointChainStatus = 'cocok' | 'berubah' | 'terpotong';
export type CheckpointSignatureStatus = 'sah' | 'tidak_sah' | 'tanpa_tanda_tangan';

export interface CheckpointVerdict {
  chain: CheckpointChainStatus;
  /** For 'berubah': the first entry at or before the checkpoint that no longer holds. */
  firstChangedSeq: number | null;
  signature: CheckpointSignatureStatus;
  signer: { subject: string; fingerprintSha256: string } | null;
  /** Entries recorded after the checkpoint (not covered by it). */
  entriesAfter: number;
}

function checkSignature(file: CheckpointFile): Pick<CheckpointVerdict, 'signature' | 'signer'> {
  if (!file.signature || !file.certificate) return { signature: 'tanpa_tanda_tangan', signer: null };
  try {
    const cert = new X509Certificate(Buffer.from(file.certificate, 'base64'));
    const ok = verify('sha256', signedBytes(file), cert.publicKey, Buffer.from(file.signature, 'base64'));
    return { signature: ok ? 'sah' : 'tidak_sah', signer: { subject: cert.subject.replace(/\n/g, ', '), fingerprintSha256: cert.fingerprint256 } };
  } catch {
    return { signature: 'tidak_sah', signer: null };
  }
}

/**
 * Proves the chain up to the checkpoint is the one the checkpoint saw: every entry up to `seq` holds and the
 * entry at `seq` has the checkpoint's hash (so nothing before it was changed, removed or inserted), and the
 * signature over (seq, hash, time) verifies with the certificate in the file.
 */
export function verifyCheckpoint(db: Database, file: CheckpointFile): CheckpointVerdict {
  const head = auditHead(db);
  const sig = checkSignature(file);
  if (head.seq < file.seq) return { chain: 'terpotong', firstChangedSeq: null, entriesAfter: 0, ...sig };
  const chain = verifyChain(db);
  const brokenSeq = chain.firstBroken && chain.firstBroken.seq <= file.seq ? chain.firstBroken.seq : null;
  const atSeq = db.value<string>('SELECT entry_hash FROM audit_log WHERE seq = ?', [file.seq]);
  const changed = brokenSeq !== null || atSeq !== file.hash;
  return {
    chain: changed ? 'berubah' : 'cocok', firstChangedSeq: changed ? brokenSeq ?? file.seq : null,
    entriesAfter: head.seq - file.seq, ...sig,
  };
}
