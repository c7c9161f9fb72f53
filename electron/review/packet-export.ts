import { createHash, randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { unlinkSync } from 'node:fs';
import { AppError } from '../../shared/errors';
import type { PacketSummary } from '../../shared/ipc/review';
import { addDays } from '../../shared/format/tanggal';
import { Database } from '../dataset/database';
import { KIND_REVIEW_PACKET, seal } from '../dataset/bpj-format';
import { writeFileAtomic } from '../dataset/files';
import { DEFAULT_SCRYPT, type ScryptParams } from '../dataset/kdf';
import type { OpenDataset } from '../dataset/open-dataset';
import { appendAudit } from '../audit/audit-log';
import { buildPacketImage } from './packet-image';
import { todayWib } from './packet-meta';

/** A packet is for one session's pre-reading: weeks, not months. */
const MAX_EXPIRY_DAYS = 90;
const MIN_PACKET_PASSPHRASE = 10;

export interface ExportPacketRequest {
  sidangId: string;
  anggotaId: string;
  /** Last day the packet opens, "yyyy-mm-dd" (WIB). */
  kedaluwarsa: string;
  passphrase: string;
  path: string;
}

export interface ActEnv {
  now: Date;
  actor: string;
  /** Tests pass a cheap KDF; the app uses the dataset default. */
  kdf?: ScryptParams;
}

type Row = Record<string, any>;

function checkRequest(db: Database, req: ExportPacketRequest, now: Date): { sidang: Row; anggota: Row } {
  const sidang = db.first<Row>('SELECT * FROM sidang WHERE id = ?', [req.sidangId]);
  if (!sidang) throw new AppError('SIDANG_TIDAK_DITEMUKAN', { sidangId: req.sidangId });
  const anggota = db.first<Row>('SELECT * FROM sidang_anggota WHERE sidang_id = ? AND anggota_id = ?', [req.sidangId, req.anggotaId]);
  if (!anggota) throw new AppError('BUKAN_ANGGOTA_SIDANG', { anggotaId: req.anggotaId, nomor: sidang.nomor });
  // No registered key yet is allowed: a member typically creates their key on first opening the packet and
  // registers it before sending a response; the import is where an unregistered key is refused.
  if (Number(db.value('SELECT COUNT(*) FROM agenda_item WHERE sidang_id = ?', [req.sidangId])) === 0) {
    throw new AppError('AGENDA_SIDANG_KOSONG', { nomor: sidang.nomor });
  }
  const today = todayWib(now);
  if (req.kedaluwarsa <= today || req.kedaluwarsa > addDays(today, MAX_EXPIRY_DAYS)) {
    throw new AppError('KEDALUWARSA_TIDAK_SAH', { tanggal: req.kedaluwarsa, maks: MAX_EXPIRY_DAYS });
  }
  if (req.passphrase.length < MIN_PACKET_PASSPHRASE) throw new AppError('FRASA_SANDI_TERLALU_LEMAH', { minimal: MIN_PACKET_PASSPHRASE });
  return { sidang, anggota };
}

/** Records a refused export or import in the audit trail, then lets the refusal travel on. */
export function auditRefusal(ds: OpenDataset, env: ActEnv, action: string, err: unknown, payload: Record<string, unknown>): never {
  if (err instanceof AppError) {
    ds.db.transaction(() => {
      appendAudit(ds.db, { at: env.now.toISOString(), actor: env.actor, action, payload: { ...payload, kode: err.code } });
    });
  }
  throw err;
}

/**
 * Writes the encrypted packet for one member and records it (paket_telaah + audit) in the secretariat's dataset.
 * The file is written first: a packet that could not be recorded is deleted again, so every packet in
 * circulation is one the import can recognise.
 */
export async function exportPacket(ds: OpenDataset, req: ExportPacketRequest, env: ActEnv): Promise<PacketSummary> {
  const db = ds.db;
  let checked: { sidang: Row; anggota: Row };
  try {
    checked = checkRequest(db, req, env.now);
  } catch (err) {
    auditRefusal(ds, env, 'review.paket.tolak', err, { sidangId: req.sidangId, anggotaId: req.anggotaId });
  }
  const at = env.now.toISOString();
  const meta = {
    id: `pkt_${randomBytes(9).toString('hex')}`, sidangId: req.sidangId, anggotaId: req.anggotaId,
    anggotaNama: String(checked.anggota.nama), kedaluwarsa: req.kedaluwarsa, dibuatPada: at,
  };
  const { image, counts } = await buildPacketImage(db, () => Database.create(), meta, { at, actor: env.actor });
  const { bytes } = await seal(image, req.passphrase, {
    kind: KIND_REVIEW_PACKET, kdf: env.kdf ?? DEFAULT_SCRYPT, packet: { kedaluwarsa: meta.kedaluwarsa, paketId: meta.id },
  });
  image.fill(0);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  writeFileAtomic(req.path, bytes);
  try {
    db.transaction(() => {
      db.run('INSERT INTO paket_telaah (id, sidang_id, anggota_id, kedaluwarsa, dibuat_pada, sha256) VALUES (?,?,?,?,?,?)', [
        meta.id, meta.sidangId, meta.anggotaId, meta.kedaluwarsa, at, sha256,
      ]);
      appendAudit(db, {
        at, actor: env.actor, action: 'review.paket.ekspor',
        payload: { paketId: meta.id, sidangId: meta.sidangId, anggotaId: meta.anggotaId, kedaluwarsa: meta.kedaluwarsa, sha256, jumlah: counts, berkas: basename(req.path) },
      });
    });
  } catch (err) {
    try {
      unlinkSync(req.path);
    } catch {
      /* already gone */
    }
    throw err;
  }
  return { paketId: meta.id, path: req.path, sidangId: meta.sidangId, anggotaId: meta.anggotaId, kedaluwarsa: meta.kedaluwarsa, sha256, jumlah: counts };
}
