import { AppError } from '../../shared/errors';
import type { HasilKeputusan, PilihanSuara } from '../../shared/session/model';
import { cekBolehMemilih, cekKeputusan, cekSidangTerbuka, statusDariKeputusan } from '../../shared/session/rules';
import { act, fail, newId, type SessionEnv } from './env';
import { getItem } from './agenda';
import { getSidang, kuorumOf, loadAnggota } from './sidang-store';
import type { Database } from '../dataset/database';
import { assertProcedureAllowsDecision } from './procedure';

function memberOf(db: Database, sidangId: string, anggotaId: string) {
  const a = loadAnggota(db, sidangId).find((m) => m.anggotaId === anggotaId);
  if (!a) throw new AppError('ANGGOTA_TIDAK_DIKENAL');
  return a;
}

const isDecided = (db: Database, itemId: string) => !!db.first('SELECT 1 FROM keputusan WHERE agenda_item_id = ?', [itemId]);

/** A declared conflict removes the member from the item's vote; it must come before voting. */
export function declareConflict(env: SessionEnv, itemId: string, anggotaId: string, alasan: string): void {
  act(env, 'session.konflik', { itemId, anggotaId }, (at) => {
    const item = getItem(env.db, itemId);
    fail(cekSidangTerbuka(getSidang(env.db, item.sidang_id).status));
    const a = memberOf(env.db, item.sidang_id, anggotaId);
    if (isDecided(env.db, itemId)) throw new AppError('KONFLIK_SETELAH_KEPUTUSAN');
    if (env.db.first('SELECT 1 FROM suara WHERE agenda_item_id = ? AND anggota_id = ?', [itemId, anggotaId])) {
      throw new AppError('ANGGOTA_SUDAH_MEMILIH', { nama: a.nama });
    }
    env.db.run(
      `INSERT INTO konflik_kepentingan (agenda_item_id, anggota_id, alasan, dicatat_pada) VALUES (?,?,?,?)
       ON CONFLICT(agenda_item_id, anggota_id) DO UPDATE SET alasan = excluded.alasan`,
      [itemId, anggotaId, alasan.trim(), at],
    );
  });
}

export function withdrawConflict(env: SessionEnv, itemId: string, anggotaId: string): void {
  act(env, 'session.tarik_konflik', { itemId, anggotaId }, () => {
    const item = getItem(env.db, itemId);
    fail(cekSidangTerbuka(getSidang(env.db, item.sidang_id).status));
    memberOf(env.db, item.sidang_id, anggotaId);
    if (isDecided(env.db, itemId)) throw new AppError('KONFLIK_SETELAH_KEPUTUSAN');
    env.db.run('DELETE FROM konflik_kepentingan WHERE agenda_item_id = ? AND anggota_id = ?', [itemId, anggotaId]);
  });
}

/** A present, non-recused member's vote; voting again replaces the earlier choice (the audit keeps both). */
export function castVote(env: SessionEnv, itemId: string, anggotaId: string, pilihan: PilihanSuara, catatan: string): void {
  act(env, 'session.suara', { itemId, anggotaId, pilihan }, (at) => {
    const item = getItem(env.db, itemId);
    const sidang = getSidang(env.db, item.sidang_id);
    const anggota = loadAnggota(env.db, sidang.id);
    const recused = !!env.db.first('SELECT 1 FROM konflik_kepentingan WHERE agenda_item_id = ? AND anggota_id = ?', [itemId, anggotaId]);
    fail(cekBolehMemilih({
      status: sidang.status, kuorum: kuorumOf(env.db, sidang), anggota: anggota.find((a) => a.anggotaId === anggotaId), recused,
    }));
    env.db.run(
      `INSERT INTO suara (agenda_item_id, anggota_id, pilihan, catatan, dicatat_pada) VALUES (?,?,?,?,?)
       ON CONFLICT(agenda_item_id, anggota_id) DO UPDATE SET pilihan = excluded.pilihan, catatan = excluded.catatan,
         dicatat_pada = excluded.dicatat_pada`,
      [itemId, anggotaId, pilihan, catatan.trim(), at],
    );
  });
}

export interface DecisionInput {
  itemId: string;
  hasil: HasilKeputusan;
  jabatanId: string | null;
  alasan: string;
  syarat: string;
  alasanRevisi: string | null;
  targetBaru: { indikator: string; nilaiTarget: number; satuan: string; tenggat: string; denganPakta: boolean }[];
}

/**
 * Records a new version of the item's decision (a revision when one exists) and moves the
 * request to the matching status; targets set as conditions join the request's tracking list.
 */
export function decide(env: SessionEnv, d: DecisionInput): number {
  const db = env.db;
  const item = getItem(db, d.itemId);
  const prev = Number(db.value('SELECT COALESCE(MAX(versi), 0) FROM keputusan WHERE agenda_item_id = ?', [d.itemId]));
  const versi = prev + 1;
  return act(env, prev === 0 ? 'session.keputusan' : 'session.revisi', {
    itemId: d.itemId, permohonanId: item.permohonan_id, versi, hasil: d.hasil, jabatanId: d.jabatanId, targetBaru: d.targetBaru.length,
  }, (at) => {
    const sidang = getSidang(db, item.sidang_id);
    const diminta = item.permohonan_id
      ? db.all<{ jabatan_id: string }>('SELECT jabatan_id FROM permohonan_pilihan WHERE permohonan_id = ?', [item.permohonan_id]).map((r) => r.jabatan_id)
      : item.jabatan_id ? [item.jabatan_id] : [];
    const lampau = d.targetBaru.find((t) => t.tenggat <= sidang.tanggal);
    if (lampau) throw new AppError('TARGET_TENGGAT_LAMPAU', { tenggat: lampau.tenggat, tanggal: sidang.tanggal });
    fail(cekKeputusan({
      status: sidang.status, kuorum: kuorumOf(db, sidang), versiSebelumnya: prev, jabatanDiminta: diminta,
      draft: { hasil: d.hasil, jabatanId: d.jabatanId, alasan: d.alasan, alasanRevisi: d.alasanRevisi },
    }));
    assertProcedureAllowsDecision(db, { ...d, permohonanId: item.permohonan_id, tanggalSidang: sidang.tanggal });
    db.run(
      `INSERT INTO keputusan (agenda_item_id, versi, hasil, jabatan_id, alasan, syarat, alasan_revisi, dicatat_pada)
       VALUES (?,?,?,?,?,?,?,?)`,
      [d.itemId, versi, d.hasil, d.jabatanId, d.alasan.trim(), d.syarat.trim(), prev > 0 ? d.alasanRevisi!.trim() : null, at],
    );
    if (item.permohonan_id) {
      const status = statusDariKeputusan(d.hasil);
      if (status) db.run('UPDATE permohonan SET status = ? WHERE id = ?', [status, item.permohonan_id]);
      const nip = db.value<string>('SELECT nip FROM permohonan WHERE id = ?', [item.permohonan_id])!;
      for (const t of d.targetBaru) {
        db.run(
          `INSERT INTO target (id, nip, permohonan_id, indikator, nilai_target, satuan, tenggat, realisasi, tanggal_realisasi,
             catatan_bukti, dengan_pakta) VALUES (?,?,?,?,?,?,?,NULL,NULL,'',?)`,
          [newId(env, 'tgt'), nip, item.permohonan_id, t.indikator.trim(), t.nilaiTarget, t.satuan.trim(), t.tenggat, t.denganPakta],
        );
      }
    }
    return versi;
  });
}
