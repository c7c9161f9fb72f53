import type { ReviewFeedback } from '../../shared/ipc/review';
import { tallyOf, type Sikap } from '../../shared/review/stance';
import { namaLengkap } from '../../shared/domain/pegawai';
import type { Database } from '../dataset/database';

type Row = Record<string, any>;

/**
 * Members' merged pre-assessments for one agenda item, for any screen that shows the item (the session's agenda
 * above all). Per member only their latest merged response counts (a re-issued packet does not double-count).
 * Stances come out only as a tally, never per member: they are provisional, and votes are cast in the session.
 * A member who declared a conflict of interest on the item is left out of the tally; their questions still show.
 */
export function loadReviewFeedback(db: Database, agendaItemId: string): ReviewFeedback {
  const item = db.first<Row>('SELECT sidang_id FROM agenda_item WHERE id = ?', [agendaItemId]);
  if (!item) return { agendaItemId, tally: tallyOf([]), jumlahTanggapan: 0, dikecualikanKonflik: 0, pertanyaan: [] };
  return feedbackFor(db, agendaItemId, latestResponses(db, item.sidang_id));
}

/** Latest merged response of each member of a session, by the time the member made it. */
function latestResponses(db: Database, sidangId: string): Row[] {
  return db.all<Row>(
    `SELECT b.paket_id, b.versi, b.anggota_id, b.diimpor_pada, a.nama, a.urutan
     FROM tanggapan_berkas b
     JOIN paket_telaah p ON p.id = b.paket_id AND p.sidang_id = ?
     LEFT JOIN sidang_anggota a ON a.sidang_id = p.sidang_id AND a.anggota_id = b.anggota_id
     WHERE NOT EXISTS (
       SELECT 1 FROM tanggapan_berkas n JOIN paket_telaah q ON q.id = n.paket_id AND q.sidang_id = p.sidang_id
       WHERE n.anggota_id = b.anggota_id
         AND (n.dibuat_pada > b.dibuat_pada OR (n.dibuat_pada = b.dibuat_pada AND n.diimpor_pada > b.diimpor_pada)))
     ORDER BY a.urutan, b.anggota_id`,
    [sidangId],
  );
}

function feedbackFor(db: Database, agendaItemId: string, latest: readonly Row[]): ReviewFeedback {
  if (latest.length === 0) return { agendaItemId, tally: tallyOf([]), jumlahTanggapan: 0, dikecualikanKonflik: 0, pertanyaan: [] };
  const answers = new Map(db.all<Row>('SELECT paket_id, versi, sikap, pertanyaan FROM tanggapan_telaah WHERE agenda_item_id = ?', [agendaItemId])
    .map((r) => [`${r.paket_id}\u0000${r.versi}`, r]));
  const conflicted = new Set(db.all<Row>('SELECT anggota_id FROM konflik_kepentingan WHERE agenda_item_id = ?', [agendaItemId]).map((r) => r.anggota_id));
  const stances: (Sikap | null)[] = [];
  let excluded = 0;
  const pertanyaan: ReviewFeedback['pertanyaan'] = [];
  for (const m of latest) {
    const row = answers.get(`${m.paket_id}\u0000${m.versi}`);
    if (conflicted.has(m.anggota_id)) excluded++;
    else stances.push((row?.sikap as Sikap | null | undefined) ?? null);
    const teks = String(row?.pertanyaan ?? '').trim();
    if (teks) {
      pertanyaan.push({ anggotaId: m.anggota_id, nama: m.nama ?? m.anggota_id, teks, versi: m.versi, diimporPada: m.diimpor_pada });
    }
  }
  return { agendaItemId, tally: tallyOf(stances), jumlahTanggapan: latest.length - excluded, dikecualikanKonflik: excluded, pertanyaan };
}

/** Every agenda item of a session with its feedback, for the secretariat's merge screen. */
export function loadSessionFeedback(db: Database, sidangId: string) {
  const latest = latestResponses(db, sidangId);
  return db.all<Row>(
    `SELECT i.id, i.urutan, g.nama, g.gelar_depan, g.gelar_belakang,
       COALESCE(j.nama, (SELECT j2.nama FROM permohonan_pilihan pp JOIN jabatan j2 ON j2.id = pp.jabatan_id
         WHERE pp.permohonan_id = i.permohonan_id ORDER BY pp.peringkat LIMIT 1)) AS jabatan
     FROM agenda_item i
     LEFT JOIN permohonan p ON p.id = i.permohonan_id
     LEFT JOIN pegawai g ON g.nip = p.nip
     LEFT JOIN jabatan j ON j.id = i.jabatan_id
     WHERE i.sidang_id = ? ORDER BY i.urutan`, [sidangId],
  ).map((r) => ({
    agendaItemId: String(r.id), urutan: Number(r.urutan),
    judul: r.nama ? namaLengkap({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang }) : `Agenda ${r.urutan}`,
    jabatan: r.jabatan ?? null,
    feedback: feedbackFor(db, String(r.id), latest),
  }));
}
