import { createHash, sign } from 'node:crypto';
import { basename } from 'node:path';
import { AppError } from '../../shared/errors';
import { canonicalJson } from '../../shared/review/canonical-json';
import { groupFingerprint } from '../../shared/review/public-key';
import {
  RESPONSE_FORMAT, RESPONSE_SIGNING_CONTEXT, type ResponseContent, type ResponseFile,
} from '../../shared/review/response-format';
import type { Database } from '../dataset/database';
import type { OpenDataset } from '../dataset/open-dataset';
import { writeFileAtomic } from '../dataset/files';
import { appendAudit } from '../audit/audit-log';
import { readPacketMeta } from './packet-meta';
import { fingerprintOf, unlockPrivateKey } from './identity';
import { auditRefusal, type ActEnv } from './packet-export';

type Row = Record<string, any>;

/** The signed bytes: a fixed context line, then the canonical content. */
export function signedBytes(isi: ResponseContent): Buffer {
  return Buffer.from(RESPONSE_SIGNING_CONTEXT + canonicalJson(isi), 'utf8');
}

export function contentHash(isi: ResponseContent): string {
  return createHash('sha256').update(canonicalJson(isi), 'utf8').digest('hex');
}

/** Stance and questions of every agenda item; the private notes are deliberately left out. */
function responseContent(db: Database, versi: number, nowIso: string): ResponseContent {
  const meta = readPacketMeta(db);
  const items = db.all<Row>(
    `SELECT i.id, c.sikap, c.pertanyaan FROM agenda_item i LEFT JOIN catatan_telaah c ON c.agenda_item_id = i.id
     WHERE i.sidang_id = ? ORDER BY i.urutan`, [meta.sidangId],
  ).map((r) => ({ agendaItemId: String(r.id), sikap: r.sikap ?? null, pertanyaan: String(r.pertanyaan ?? '') }));
  return { paketId: meta.id, sidangId: meta.sidangId, anggotaId: meta.anggotaId, versi, dibuatPada: nowIso, items };
}

export interface ExportedResponse {
  path: string;
  versi: number;
  jumlahPertanyaan: number;
  jumlahSikap: number;
  sidik: string;
}

/**
 * Signs the member's stance and questions with their Ed25519 key and writes the response file. Each export
 * takes the next version number, recorded in the packet, so the secretariat can tell newer from older.
 */
export async function exportResponse(
  ds: OpenDataset, opts: { identityDir: string; passphrase: string; path: string }, env: ActEnv,
): Promise<ExportedResponse> {
  const db = ds.db;
  let unlocked: Awaited<ReturnType<typeof unlockPrivateKey>>;
  try {
    unlocked = await unlockPrivateKey(opts.identityDir, opts.passphrase);
    const registered = db.first<Row>('SELECT public_key FROM anggota_kunci LIMIT 1');
    if (registered && registered.public_key !== unlocked.identity.publicKey) {
      throw new AppError('KUNCI_BUKAN_YANG_TERDAFTAR', {
        sidik: groupFingerprint(unlocked.identity.fingerprint), terdaftar: groupFingerprint(fingerprintOf(registered.public_key)),
      });
    }
  } catch (err) {
    auditRefusal(ds, env, 'review.tanggapan.ekspor_tolak', err, { paketId: readPacketMeta(db).id });
  }
  const { privateKey, identity } = unlocked;
  const at = env.now.toISOString();
  const versi = Number(db.value('SELECT COALESCE(MAX(versi), 0) FROM tanggapan_keluar') ?? 0) + 1;
  const isi = responseContent(db, versi, at);
  const file: ResponseFile = {
    format: RESPONSE_FORMAT, isi, kunci: identity.publicKey, sidik: identity.fingerprint,
    tandaTangan: sign(null, signedBytes(isi), privateKey).toString('base64'),
  };
  const hash = contentHash(isi);
  writeFileAtomic(opts.path, Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8'));
  db.transaction(() => {
    db.run('INSERT INTO tanggapan_keluar (versi, paket_id, dibuat_pada, sha256) VALUES (?,?,?,?)', [versi, isi.paketId, at, hash]);
    appendAudit(db, {
      at, actor: env.actor, action: 'review.tanggapan.ekspor',
      payload: { paketId: isi.paketId, versi, sha256: hash, berkas: basename(opts.path) },
    });
  });
  return {
    path: opts.path, versi, sidik: groupFingerprint(identity.fingerprint),
    jumlahPertanyaan: isi.items.filter((i) => i.pertanyaan.trim() !== '').length,
    jumlahSikap: isi.items.filter((i) => i.sikap !== null).length,
  };
}
