import type { SqlValue } from 'sql.js';
import type { Database } from '../dataset/database';
import { migrate } from '../dataset/migrations';
import { appendAudit } from '../audit/audit-log';
import { writePacketMeta, PACKET_META, type PacketMeta } from './packet-meta';

type Row = Record<string, SqlValue>;
type Cell = SqlValue | undefined;

export interface PacketCounts {
  agenda: number;
  permohonan: number;
  pegawai: number;
  jabatan: number;
}

/** Rows of `table` whose `column` is in `ids` (chunked: SQLite limits bound parameters). */
function rowsIn(db: Database, table: string, column: string, ids: readonly SqlValue[], extra = ''): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    out.push(...db.all<Row>(`SELECT * FROM ${table} WHERE ${column} IN (${chunk.map(() => '?').join(',')}) ${extra}`, chunk));
  }
  return out;
}

function insertRows(db: Database, table: string, rows: readonly Row[]): void {
  for (const r of rows) {
    const cols = Object.keys(r);
    db.run(`INSERT INTO ${table} (${cols.join(',')}) VALUES (${cols.map(() => '?').join(',')})`, cols.map((c) => r[c] ?? null));
  }
}

const distinct = (values: readonly Cell[]): string[] =>
  [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];

/**
 * Builds the packet's own SQLite image from the open dataset: the session and its agenda, the agenda's
 * requests, their applicants with everything the comparisons read, the posts they ask for or hold (with
 * standards and units), and the recipient's own committee row. Nobody else: a post held by someone who is not
 * an applicant keeps its row but loses its holder's NIP; other committee members and past decisions stay out.
 */
export async function buildPacketImage(
  src: Database, createEmpty: () => Promise<Database>, meta: PacketMeta, audit: { at: string; actor: string },
): Promise<{ image: Uint8Array; counts: PacketCounts }> {
  const sidang = src.all<Row>('SELECT * FROM sidang WHERE id = ?', [meta.sidangId]);
  const agenda = src.all<Row>('SELECT * FROM agenda_item WHERE sidang_id = ? ORDER BY urutan', [meta.sidangId]);
  const permohonanIds = distinct(agenda.map((a) => a.permohonan_id));
  const permohonan = rowsIn(src, 'permohonan', 'id', permohonanIds);
  const nips = distinct(permohonan.map((p) => p.nip));
  const nipSet = new Set(nips);
  const pegawai = rowsIn(src, 'pegawai', 'nip', nips);
  const pilihan = rowsIn(src, 'permohonan_pilihan', 'permohonan_id', permohonanIds);
  const jabatanIds = distinct([
    ...pilihan.map((p) => p.jabatan_id), ...agenda.map((a) => a.jabatan_id), ...pegawai.map((p) => p.jabatan_id),
  ]);
  const jabatan = rowsIn(src, 'jabatan', 'id', jabatanIds).map((j): Row => ({
    ...j, pemegang_nip: typeof j.pemegang_nip === 'string' && nipSet.has(j.pemegang_nip) ? j.pemegang_nip : null,
  }));
  const unitIds = distinct([...jabatan.map((j) => j.unit_id), ...pegawai.map((p) => p.unit_id)]);
  const permohonanSet = new Set(permohonanIds);
  // A target from an earlier request stays the person's track record; the request itself is not in the packet.
  const targets = rowsIn(src, 'target', 'nip', nips).map((t) => ({
    ...t, permohonan_id: typeof t.permohonan_id === 'string' && permohonanSet.has(t.permohonan_id) ? t.permohonan_id : null,
  }));
  const anggota = src.all<Row>('SELECT * FROM sidang_anggota WHERE sidang_id = ? AND anggota_id = ?', [meta.sidangId, meta.anggotaId])
    .map((a) => ({ ...a, nip: null, hadir: 0 }));
  const konflik = src.all<Row>(
    `SELECT k.* FROM konflik_kepentingan k JOIN agenda_item i ON i.id = k.agenda_item_id
     WHERE i.sidang_id = ? AND k.anggota_id = ?`, [meta.sidangId, meta.anggotaId],
  );
  const metaRows = src.all<Row>("SELECT key, value FROM meta WHERE key NOT LIKE 'paket\\_%' ESCAPE '\\'");

  const dst = await createEmpty();
  try {
    migrate(dst);
    dst.transaction(() => {
      insertRows(dst, 'meta', metaRows.filter((m) => !Object.values(PACKET_META).includes(m.key as never)));
      writePacketMeta(dst, meta);
      insertRows(dst, 'unit_kerja', rowsIn(src, 'unit_kerja', 'id', unitIds));
      insertRows(dst, 'jabatan', jabatan);
      insertRows(dst, 'jabatan_kompetensi', rowsIn(src, 'jabatan_kompetensi', 'jabatan_id', jabatanIds));
      insertRows(dst, 'pegawai', pegawai);
      for (const t of ['diklat', 'kompetensi', 'skp', 'disiplin', 'ketidakhadiran', 'riwayat_jabatan']) insertRows(dst, t, rowsIn(src, t, 'nip', nips));
      insertRows(dst, 'permohonan', permohonan);
      insertRows(dst, 'permohonan_pilihan', pilihan);
      insertRows(dst, 'target', targets);
      insertRows(dst, 'sidang', sidang);
      insertRows(dst, 'sidang_anggota', anggota);
      insertRows(dst, 'agenda_item', agenda.map((a) => ({ ...a, catatan_diskusi: '' })));
      insertRows(dst, 'konflik_kepentingan', konflik);
      insertRows(dst, 'anggota_kunci', src.all<Row>('SELECT * FROM anggota_kunci WHERE anggota_id = ?', [memberKeyIdOf(src, meta)]));
      appendAudit(dst, {
        at: audit.at, actor: audit.actor, action: 'review.paket.dibuat',
        payload: { paketId: meta.id, sidangId: meta.sidangId, anggotaId: meta.anggotaId },
      });
    }, { journal: false });
    return {
      image: dst.export(),
      counts: { agenda: agenda.length, permohonan: permohonan.length, pegawai: pegawai.length, jabatan: jabatan.length },
    };
  } finally {
    dst.close();
  }
}

/**
 * A committee member's key is registered once, under their NIP when the session lists one (committee rows get
 * a fresh id per session), else under the session's member id.
 */
export function memberKeyId(row: { nip?: SqlValue; anggota_id?: SqlValue }): string {
  return typeof row.nip === 'string' && row.nip !== '' ? row.nip : String(row.anggota_id);
}

function memberKeyIdOf(src: Database, meta: PacketMeta): string {
  const row = src.first<Row>('SELECT nip, anggota_id FROM sidang_anggota WHERE sidang_id = ? AND anggota_id = ?', [meta.sidangId, meta.anggotaId]);
  return row ? memberKeyId(row) : meta.anggotaId;
}
