import { AppError } from '../../shared/errors';
import { namaLengkap } from '../../shared/domain/pegawai';
import { formatTanggal } from '../../shared/format/tanggal';
import { paktaPerluDibahas, statusTarget } from '../../shared/session/targets';
import { urutkanTimeline, type Timeline, type TimelineEvent } from '../../shared/session/timeline';
import { toTarget } from '../dataset/repository';
import type { Database } from '../dataset/database';

type Row = Record<string, any>;

const EMPTY = { permohonanId: null, sidangId: null, statusPermohonan: null, hasil: null, statusTarget: null };

/** Per-ASN timeline: requests, when they were scheduled, every decision version, targets and outcomes. */
export function loadTimeline(db: Database, nip: string, today: string): Timeline {
  const p = db.first<Row>('SELECT nama, gelar_depan, gelar_belakang, nama_jabatan FROM pegawai WHERE nip = ?', [nip]);
  if (!p) throw new AppError('PEGAWAI_TIDAK_ADA');
  const events: TimelineEvent[] = [];
  for (const r of db.all<Row>(
    `SELECT r.*, j.nama AS pilihan1 FROM permohonan r
     LEFT JOIN permohonan_pilihan pp ON pp.permohonan_id = r.id AND pp.peringkat = 1 LEFT JOIN jabatan j ON j.id = pp.jabatan_id
     WHERE r.nip = ? ORDER BY r.tanggal`, [nip],
  )) {
    events.push({
      ...EMPTY, tanggal: r.tanggal, jenis: 'permohonan', judul: `Permohonan ${r.id}`, rincian: r.pilihan1 ?? '',
      permohonanId: r.id, statusPermohonan: r.status,
    });
  }
  for (const r of db.all<Row>(
    `SELECT i.id, i.permohonan_id, s.id AS sidang_id, s.nomor, s.tanggal, tp.agenda_item_id AS tinjauan, jp.nama AS jabatan_pakta
     FROM agenda_item i JOIN sidang s ON s.id = i.sidang_id JOIN permohonan r ON r.id = i.permohonan_id
     LEFT JOIN tinjauan_pakta tp ON tp.agenda_item_id = i.id LEFT JOIN jabatan jp ON jp.id = tp.jabatan_id WHERE r.nip = ?`, [nip],
  )) {
    // A pledge review is named as such, and its outcome says what happened to the post held under the pledge.
    const judulAgenda = r.tinjauan ? `Tinjauan pakta — Sidang ${r.nomor}` : `Sidang ${r.nomor}`;
    events.push({
      ...EMPTY, tanggal: r.tanggal, jenis: 'agenda', judul: judulAgenda, rincian: formatTanggal(r.tanggal),
      permohonanId: r.permohonan_id, sidangId: r.sidang_id,
    });
    for (const k of db.all<Row>(
      `SELECT k.*, j.nama AS jabatan FROM keputusan k LEFT JOIN jabatan j ON j.id = k.jabatan_id
       WHERE k.agenda_item_id = ? ORDER BY k.versi`, [r.id],
    )) {
      events.push({
        ...EMPTY, tanggal: k.dicatat_pada, jenis: k.versi > 1 ? 'revisi' : 'keputusan',
        judul: k.hasil === 'diberhentikan' ? `Keputusan v${k.versi}: diberhentikan dari jabatan ${r.jabatan_pakta ?? ''}`.trim()
          : k.hasil === 'tetap' ? `Keputusan v${k.versi}: tetap dalam jabatan ${r.jabatan_pakta ?? ''}`.trim()
            : `Keputusan v${k.versi}${k.jabatan ? `: ${k.jabatan}` : ''}`,
        rincian: k.versi > 1 ? `${k.alasan_revisi} — ${k.alasan}` : k.alasan,
        permohonanId: r.permohonan_id, sidangId: r.sidang_id, hasil: k.hasil,
      });
    }
  }
  for (const t of db.all<Row>('SELECT * FROM target WHERE nip = ? ORDER BY tenggat', [nip]).map(toTarget)) {
    const status = statusTarget(t, today);
    const base = { ...EMPTY, permohonanId: t.permohonanId, statusTarget: status };
    events.push({
      ...base, tanggal: t.tenggat, jenis: 'target_tenggat', judul: t.indikator, rincian: `${t.nilaiTarget} ${t.satuan}`,
    });
    if (t.realisasi !== null) {
      events.push({
        ...base, tanggal: t.tanggalRealisasi ?? t.tenggat, jenis: 'realisasi', judul: t.indikator,
        rincian: `${t.realisasi} / ${t.nilaiTarget} ${t.satuan}${t.catatanBukti ? ` — ${t.catatanBukti}` : ''}`,
      });
    }
    if (paktaPerluDibahas(t, today)) {
      events.push({ ...base, tanggal: t.tenggat, jenis: 'pakta', judul: t.indikator, rincian: '' });
    }
  }
  return {
    nip, namaLengkap: namaLengkap({ nama: p.nama, gelarDepan: p.gelar_depan, gelarBelakang: p.gelar_belakang }),
    jabatanSaatIni: p.nama_jabatan, events: urutkanTimeline(events),
  };
}
