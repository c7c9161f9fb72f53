import { AppError } from '../../shared/errors';
import { namaLengkap } from '../../shared/domain/pegawai';
import type { StatusTarget } from '../../shared/session/targets';
import { paktaPerluDibahas, sisaHari, statusTarget } from '../../shared/session/targets';
import type { TrackingRow } from '../../shared/session/timeline';
import { toTarget } from '../dataset/repository';
import type { Database } from '../dataset/database';
import { act, type SessionEnv } from './env';

type Row = Record<string, any>;

/**
 * Pemantauan Target: every target of a request whose current decision is a recommendation, with
 * its status today. A pledge is flagged when its target is missed or overdue.
 */
export function trackingList(
  db: Database, today: string,
  f: { statuses: readonly StatusTarget[]; hanyaPakta: boolean; search: string; hariPeringatan?: number },
): TrackingRow[] {
  const rows = db.all<Row>(
    `SELECT t.*, g.nama, g.gelar_depan, g.gelar_belakang,
       (SELECT j.nama FROM keputusan k JOIN agenda_item i ON i.id = k.agenda_item_id JOIN jabatan j ON j.id = k.jabatan_id
         WHERE i.permohonan_id = t.permohonan_id ORDER BY k.dicatat_pada DESC, k.versi DESC LIMIT 1) AS jabatan_rek,
       (SELECT s.nomor FROM keputusan k JOIN agenda_item i ON i.id = k.agenda_item_id JOIN sidang s ON s.id = i.sidang_id
         WHERE i.permohonan_id = t.permohonan_id ORDER BY k.dicatat_pada DESC, k.versi DESC LIMIT 1) AS sidang_nomor
     FROM target t JOIN permohonan r ON r.id = t.permohonan_id JOIN pegawai g ON g.nip = t.nip
     WHERE r.status = 'direkomendasikan'
     ORDER BY t.tenggat, t.id`,
  );
  const q = f.search.trim().toLowerCase();
  return rows
    .map((r): TrackingRow => {
      const target = toTarget(r);
      return {
        target, status: statusTarget(target, today, f.hariPeringatan), sisaHari: sisaHari(target, today),
        paktaPerluDibahas: paktaPerluDibahas(target, today),
        namaLengkap: namaLengkap({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang }),
        jabatanDirekomendasikan: r.jabatan_rek ?? '', sidangNomor: r.sidang_nomor ?? null,
      };
    })
    .filter((r) => f.statuses.length === 0 || f.statuses.includes(r.status))
    .filter((r) => !f.hanyaPakta || r.paktaPerluDibahas)
    .filter((r) => !q || r.namaLengkap.toLowerCase().includes(q) || r.target.nip.includes(q.replace(/\s+/g, ''))
      || r.target.indikator.toLowerCase().includes(q));
}

/** Realization reported later, with a note on the evidence; re-entering replaces it (the audit keeps both). */
export function recordRealization(
  env: SessionEnv, today: string,
  input: { targetId: string; realisasi: number; tanggalRealisasi: string; catatanBukti: string },
): void {
  act(env, 'session.realisasi', { targetId: input.targetId, realisasi: input.realisasi, tanggal: input.tanggalRealisasi }, () => {
    if (!env.db.first('SELECT 1 FROM target WHERE id = ?', [input.targetId])) throw new AppError('TARGET_TIDAK_ADA');
    if (input.tanggalRealisasi > today) throw new AppError('REALISASI_BELUM_BERLAKU', { tanggal: input.tanggalRealisasi });
    env.db.run('UPDATE target SET realisasi = ?, tanggal_realisasi = ?, catatan_bukti = ? WHERE id = ?', [
      input.realisasi, input.tanggalRealisasi, input.catatanBukti.trim(), input.targetId,
    ]);
  });
}
