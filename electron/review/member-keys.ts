import { AppError } from '../../shared/errors';
import type { ReviewSessionRow } from '../../shared/ipc/review';
import { groupFingerprint } from '../../shared/review/public-key';
import type { Database } from '../dataset/database';
import type { OpenDataset } from '../dataset/open-dataset';
import { appendAudit } from '../audit/audit-log';
import { fingerprintOf, rawFromPublicKeyText } from './identity';
import { memberKeyId } from './packet-image';
import type { ActEnv } from './packet-export';

type Row = Record<string, any>;

/**
 * Registers (or, explicitly, replaces) a committee member's public key. `anggotaId` may be a session member id;
 * the key is stored under the member's NIP when the session lists one, so it serves every later session too.
 */
export function registerKey(
  ds: OpenDataset, input: { anggotaId: string; nama: string; publicKey: string; ganti: boolean }, env: ActEnv,
): { anggotaId: string; sidik: string; diganti: boolean } {
  const db = ds.db;
  const publicKey = input.publicKey.trim();
  rawFromPublicKeyText(publicKey);
  const sessionRow = db.first<Row>('SELECT nip, anggota_id FROM sidang_anggota WHERE anggota_id = ? OR nip = ? LIMIT 1', [input.anggotaId, input.anggotaId]);
  const keyId = sessionRow ? memberKeyId(sessionRow) : input.anggotaId;
  const fp = fingerprintOf(publicKey);
  const other = db.first<Row>('SELECT nama FROM anggota_kunci WHERE public_key = ? AND anggota_id <> ?', [publicKey, keyId]);
  if (other) throw new AppError('KUNCI_DIPAKAI_ANGGOTA_LAIN', { nama: other.nama });
  const existing = db.first<Row>('SELECT * FROM anggota_kunci WHERE anggota_id = ?', [keyId]);
  if (existing && existing.public_key === publicKey) return { anggotaId: keyId, sidik: groupFingerprint(fp), diganti: false };
  if (existing && !input.ganti) {
    throw new AppError('KUNCI_SUDAH_TERDAFTAR', { nama: existing.nama, sidik: groupFingerprint(fingerprintOf(existing.public_key)) });
  }
  const at = env.now.toISOString();
  db.transaction(() => {
    db.run(
      `INSERT INTO anggota_kunci (anggota_id, nama, public_key, didaftarkan_pada) VALUES (?,?,?,?)
       ON CONFLICT(anggota_id) DO UPDATE SET nama = excluded.nama, public_key = excluded.public_key, didaftarkan_pada = excluded.didaftarkan_pada`,
      [keyId, input.nama.trim(), publicKey, at],
    );
    appendAudit(db, {
      at, actor: env.actor, action: existing ? 'review.kunci.ganti' : 'review.kunci.daftar',
      payload: { anggotaId: keyId, sidik: fp, sidikLama: existing ? fingerprintOf(existing.public_key) : null },
    });
  });
  return { anggotaId: keyId, sidik: groupFingerprint(fp), diganti: !!existing };
}

/** Sessions with their members, each member's registered key, packets issued and latest merged response. */
export function listReviewSessions(db: Database): ReviewSessionRow[] {
  const sessions = db.all<Row>(
    `SELECT s.*, (SELECT COUNT(*) FROM agenda_item i WHERE i.sidang_id = s.id) AS jumlah_agenda
     FROM sidang s ORDER BY s.tanggal DESC, s.nomor DESC`,
  );
  return sessions.map((s) => ({
    id: s.id, nomor: s.nomor, tanggal: s.tanggal, status: s.status, jumlahAgenda: Number(s.jumlah_agenda),
    anggota: db.all<Row>('SELECT * FROM sidang_anggota WHERE sidang_id = ? ORDER BY urutan', [s.id]).map((a) => {
      const kunci = db.first<Row>('SELECT * FROM anggota_kunci WHERE anggota_id = ?', [memberKeyId(a)]);
      const paket = db.all<Row>('SELECT id, kedaluwarsa, dibuat_pada FROM paket_telaah WHERE sidang_id = ? AND anggota_id = ? ORDER BY dibuat_pada', [s.id, a.anggota_id]);
      const versi = db.value<number>(
        `SELECT MAX(b.versi) FROM tanggapan_berkas b JOIN paket_telaah p ON p.id = b.paket_id
         WHERE p.sidang_id = ? AND b.anggota_id = ?`, [s.id, a.anggota_id],
      );
      return {
        anggotaId: a.anggota_id, nama: a.nama, peran: a.peran,
        kunci: kunci ? { sidik: groupFingerprint(fingerprintOf(kunci.public_key)), didaftarkanPada: kunci.didaftarkan_pada } : null,
        paket: paket.map((p) => ({ id: p.id, kedaluwarsa: p.kedaluwarsa, dibuatPada: p.dibuat_pada })),
        tanggapanVersi: versi ?? null,
      };
    }),
  }));
}
