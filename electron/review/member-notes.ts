import { AppError } from '../../shared/errors';
import type { PacketInfo, PacketItem } from '../../shared/ipc/review';
import type { Sikap } from '../../shared/review/stance';
import { groupFingerprint } from '../../shared/review/public-key';
import { namaLengkap } from '../../shared/domain/pegawai';
import type { Database } from '../dataset/database';
import type { OpenDataset } from '../dataset/open-dataset';
import { appendAudit } from '../audit/audit-log';
import { readPacketMeta } from './packet-meta';
import { fingerprintOf } from './identity';
import type { ActEnv } from './packet-export';

type Row = Record<string, any>;

/** What the member's review screen shows: the packet's session, its agenda and the member's own notes. */
export function packetInfo(db: Database): PacketInfo {
  const meta = readPacketMeta(db);
  const sidang = db.first<Row>('SELECT * FROM sidang WHERE id = ?', [meta.sidangId]);
  const rows = db.all<Row>(
    `SELECT i.id, i.urutan, i.permohonan_id, i.jabatan_id, p.nip, g.nama, g.gelar_depan, g.gelar_belakang, g.nama_jabatan,
       COALESCE(i.jabatan_id, (SELECT jabatan_id FROM permohonan_pilihan WHERE permohonan_id = p.id ORDER BY peringkat LIMIT 1)) AS tujuan_id,
       c.catatan, c.sikap, c.pertanyaan, c.diubah_pada,
       EXISTS (SELECT 1 FROM konflik_kepentingan k WHERE k.agenda_item_id = i.id AND k.anggota_id = ?) AS konflik
     FROM agenda_item i
     LEFT JOIN permohonan p ON p.id = i.permohonan_id
     LEFT JOIN pegawai g ON g.nip = p.nip
     LEFT JOIN catatan_telaah c ON c.agenda_item_id = i.id
     WHERE i.sidang_id = ? ORDER BY i.urutan`,
    [meta.anggotaId, meta.sidangId],
  );
  const items = rows.map((r): PacketItem => {
    const tujuan = r.tujuan_id
      ? db.first<Row>('SELECT j.id, j.nama, u.nama AS unit FROM jabatan j JOIN unit_kerja u ON u.id = j.unit_id WHERE j.id = ?', [r.tujuan_id])
      : undefined;
    return {
      agendaItemId: r.id, urutan: r.urutan, permohonanId: r.permohonan_id ?? null, nip: r.nip ?? null,
      namaLengkap: r.nama ? namaLengkap({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang }) : null,
      jabatanSaatIni: r.nama_jabatan ?? null,
      jabatanTujuan: tujuan ? { id: tujuan.id, nama: tujuan.nama, unit: tujuan.unit } : null,
      konflik: !!r.konflik, catatan: r.catatan ?? '', sikap: r.sikap ?? null, pertanyaan: r.pertanyaan ?? '',
      diubahPada: r.diubah_pada ?? null,
    };
  });
  const kunci = db.first<Row>('SELECT public_key FROM anggota_kunci LIMIT 1');
  const last = db.first<Row>('SELECT versi, dibuat_pada FROM tanggapan_keluar ORDER BY versi DESC LIMIT 1');
  return {
    paketId: meta.id,
    sidang: { id: meta.sidangId, nomor: sidang?.nomor ?? '', tanggal: sidang?.tanggal ?? '', tempat: sidang?.tempat ?? '' },
    anggota: { id: meta.anggotaId, nama: meta.anggotaNama },
    kedaluwarsa: meta.kedaluwarsa, dibuatPada: meta.dibuatPada,
    kunciTerdaftar: kunci ? groupFingerprint(fingerprintOf(kunci.public_key)) : null,
    items,
    tanggapanTerakhir: last ? { versi: last.versi, dibuatPada: last.dibuat_pada } : null,
  };
}

export interface NoteInput {
  agendaItemId: string;
  catatan: string;
  sikap: Sikap | null;
  pertanyaan: string;
}

/**
 * One note per agenda item, replaced whole, in one transaction: the dataset journal makes it durable (encrypted,
 * fsynced beside the packet) before the call returns, exactly as for any act on a dataset. The packet is the
 * member's encrypted file, so the note is as protected as the packet; the audit entry names the item only.
 */
export function saveNote(ds: OpenDataset, input: NoteInput, env: ActEnv): { diubahPada: string } {
  const db = ds.db;
  if (!db.first('SELECT 1 FROM agenda_item WHERE id = ?', [input.agendaItemId])) {
    throw new AppError('AGENDA_TIDAK_ADA_DI_PAKET', { agendaItemId: input.agendaItemId });
  }
  const at = env.now.toISOString();
  db.transaction(() => {
    db.run(
      `INSERT INTO catatan_telaah (agenda_item_id, catatan, sikap, pertanyaan, diubah_pada) VALUES (?,?,?,?,?)
       ON CONFLICT(agenda_item_id) DO UPDATE SET catatan = excluded.catatan, sikap = excluded.sikap,
         pertanyaan = excluded.pertanyaan, diubah_pada = excluded.diubah_pada`,
      [input.agendaItemId, input.catatan, input.sikap, input.pertanyaan.trim(), at],
    );
    appendAudit(db, { at, actor: env.actor, action: 'review.catatan.simpan', payload: { agendaItemId: input.agendaItemId } });
  });
  return { diubahPada: at };
}
