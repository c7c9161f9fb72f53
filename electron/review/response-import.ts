import { verify } from 'node:crypto';
import { basename } from 'node:path';
import { AppError } from '../../shared/errors';
import type { ImportResult } from '../../shared/ipc/review';
import { formatTanggal } from '../../shared/format/tanggal';
import { groupFingerprint } from '../../shared/review/public-key';
import { responseFileSchema, type ResponseFile } from '../../shared/review/response-format';
import type { Database } from '../dataset/database';
import type { OpenDataset } from '../dataset/open-dataset';
import { readUserFile } from '../files/user-file';
import { appendAudit } from '../audit/audit-log';
import { fingerprintOf, publicKeyObject } from './identity';
import { memberKeyId } from './packet-image';
import { auditRefusal, type ActEnv } from './packet-export';
import { contentHash, signedBytes } from './response-export';

type Row = Record<string, any>;

/** A response is a few kilobytes; anything far larger is not one. */
const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

function parseResponse(bytes: Buffer, berkas: string): ResponseFile {
  if (bytes.length > MAX_RESPONSE_BYTES) throw new AppError('TANGGAPAN_RUSAK', { berkas, rincian: `${bytes.length} bait` });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new AppError('TANGGAPAN_RUSAK', { berkas, rincian: 'bukan JSON' });
  }
  const parsed = responseFileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError('TANGGAPAN_RUSAK', { berkas, rincian: `${first?.path.join('.') || '(berkas)'}: ${first?.message ?? ''}` });
  }
  return parsed.data;
}

interface Verified {
  file: ResponseFile;
  nama: string;
  nomor: string;
  hash: string;
  menggantikanVersi: number | null;
}

/**
 * Every check, in an order that makes each refusal say the most specific true thing: which packet, whose key,
 * whether the bytes are as signed, which session, and whether this version is new.
 */
function verifyResponse(db: Database, sidangId: string, file: ResponseFile, berkas: string): Verified {
  const { isi } = file;
  const sidang = db.first<Row>('SELECT * FROM sidang WHERE id = ?', [sidangId]);
  if (!sidang) throw new AppError('SIDANG_TIDAK_DITEMUKAN', { sidangId });
  const paket = db.first<Row>('SELECT * FROM paket_telaah WHERE id = ?', [isi.paketId]);
  if (!paket) throw new AppError('TANGGAPAN_PAKET_TIDAK_DIKENAL', { paketId: isi.paketId });
  if (paket.anggota_id !== isi.anggotaId) throw new AppError('TANGGAPAN_PAKET_ANGGOTA_LAIN', { paketId: isi.paketId, anggotaId: isi.anggotaId });
  const anggota = db.first<Row>('SELECT * FROM sidang_anggota WHERE sidang_id = ? AND anggota_id = ?', [paket.sidang_id, paket.anggota_id]);
  const registered = anggota && db.first<Row>('SELECT * FROM anggota_kunci WHERE anggota_id = ?', [memberKeyId(anggota)]);
  const claimed = /^bpj-ed25519:/.test(file.kunci) ? safeFingerprint(file.kunci) : null;
  if (!registered || registered.public_key !== file.kunci || claimed !== file.sidik) {
    throw new AppError('TANGGAPAN_KUNCI_TIDAK_DIKENAL', { anggotaId: isi.anggotaId, sidik: groupFingerprint(file.sidik) });
  }
  let ok = false;
  try {
    ok = verify(null, signedBytes(isi), publicKeyObject(registered.public_key), Buffer.from(file.tandaTangan, 'base64'));
  } catch {
    ok = false;
  }
  if (!ok) throw new AppError('TANGGAPAN_TANDA_TANGAN_TIDAK_SAH', { berkas });
  // From here on the content is the member's own words about the packet we issued.
  if (paket.sidang_id !== sidangId || isi.sidangId !== sidangId) {
    const other = db.first<Row>('SELECT nomor FROM sidang WHERE id = ?', [isi.sidangId]);
    throw new AppError('TANGGAPAN_SIDANG_LAIN', { sidangTanggapan: other?.nomor ?? isi.sidangId, nomor: sidang.nomor });
  }
  const agendaIds = new Set(db.all<Row>('SELECT id FROM agenda_item WHERE sidang_id = ?', [sidangId]).map((r) => r.id));
  const unknown = isi.items.find((i) => !agendaIds.has(i.agendaItemId));
  if (unknown) throw new AppError('TANGGAPAN_AGENDA_TIDAK_DIKENAL', { agendaItemId: unknown.agendaItemId, nomor: sidang.nomor });
  const hash = contentHash(isi);
  const nama = String(anggota.nama);
  const same = db.first<Row>('SELECT * FROM tanggapan_berkas WHERE paket_id = ? AND versi = ?', [isi.paketId, isi.versi]);
  if (same && same.sha256 === hash) {
    throw new AppError('TANGGAPAN_DUPLIKAT', { nama, versi: isi.versi, tanggal: formatTanggal(same.diimpor_pada) });
  }
  if (same) throw new AppError('TANGGAPAN_VERSI_BENTROK', { nama, versi: isi.versi });
  const latest = db.value<number>('SELECT MAX(versi) FROM tanggapan_berkas WHERE paket_id = ?', [isi.paketId]) ?? null;
  if (latest !== null && isi.versi < latest) throw new AppError('TANGGAPAN_USANG', { nama, versi: isi.versi, terbaru: latest });
  return { file, nama, nomor: String(sidang.nomor), hash, menggantikanVersi: latest };
}

function safeFingerprint(text: string): string | null {
  try {
    return fingerprintOf(text);
  } catch {
    return null;
  }
}

/** A double-clicked response names no session: it belongs to the one its packet was issued for. */
function sessionOfPacket(db: Database, file: ResponseFile): string {
  const sidangId = db.value<string>('SELECT sidang_id FROM paket_telaah WHERE id = ?', [file.isi.paketId]);
  if (!sidangId) throw new AppError('TANGGAPAN_PAKET_TIDAK_DIKENAL', { paketId: file.isi.paketId });
  return sidangId;
}

/**
 * Merges one member's signed response into the session, or refuses it with its reason, audited either way.
 * `sidangId` null: the session whose packet the response answers (a file the OS handed over).
 */
export function importResponse(ds: OpenDataset, sidangId: string | null, path: string, env: ActEnv): ImportResult {
  const db = ds.db;
  const berkas = basename(path);
  let v: Verified;
  let target = sidangId;
  let claimed: { paketId?: string; anggotaId?: string; versi?: number } = {};
  try {
    const file = parseResponse(readUserFile(path, 'reviewResponse'), berkas);
    claimed = { paketId: file.isi.paketId, anggotaId: file.isi.anggotaId, versi: file.isi.versi };
    target ??= sessionOfPacket(db, file);
    v = verifyResponse(db, target, file, berkas);
  } catch (err) {
    auditRefusal(ds, env, 'review.tanggapan.tolak', err, { sidangId: target, berkas, ...claimed });
  }
  const { isi } = v.file;
  const at = env.now.toISOString();
  db.transaction(() => {
    db.run(
      `INSERT INTO tanggapan_berkas (paket_id, versi, anggota_id, sidik_kunci, sha256, dibuat_pada, diimpor_pada)
       VALUES (?,?,?,?,?,?,?)`, [isi.paketId, isi.versi, isi.anggotaId, v.file.sidik, v.hash, isi.dibuatPada, at],
    );
    for (const item of isi.items) {
      db.run(
        `INSERT INTO tanggapan_telaah (paket_id, anggota_id, versi, agenda_item_id, sikap, pertanyaan, diimpor_pada)
         VALUES (?,?,?,?,?,?,?)`, [isi.paketId, isi.anggotaId, isi.versi, item.agendaItemId, item.sikap, item.pertanyaan, at],
      );
    }
    appendAudit(db, {
      at, actor: env.actor, action: 'review.tanggapan.impor',
      payload: { sidangId: target, paketId: isi.paketId, anggotaId: isi.anggotaId, versi: isi.versi, sha256: v.hash, berkas },
    });
  });
  return {
    paketId: isi.paketId, anggotaId: isi.anggotaId, nama: v.nama, versi: isi.versi,
    jumlahPertanyaan: isi.items.filter((i) => i.pertanyaan.trim() !== '').length,
    jumlahSikap: isi.items.filter((i) => i.sikap !== null).length,
    menggantikanVersi: v.menggantikanVersi,
    sidangId: target!, nomor: v.nomor,
  };
}
