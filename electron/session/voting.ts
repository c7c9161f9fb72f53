import { AppError } from '../../shared/errors';
import type { HasilKeputusan, PilihanSuara, RekapSuara, Sidang } from '../../shared/session/model';
import {
  cekBolehMemilih, cekKeputusan, cekSidangBerlangsung, cekSidangTerbuka, pemilihBerhak, rekapSuara, statusDariKeputusan, type RuleProblem,
} from '../../shared/session/rules';
import {
  cekBolehBersuara, cekKelayakan, cekKlaimAlasan, cekSuaraKeputusan, cekTutupPemungutan,
} from '../../shared/session/decision-rules';
import { act, actRows, fail, newId, type SessionEnv } from './env';
import { getItem, type AgendaRow } from './agenda';
import { getSidang, kuorumOf, loadAnggota } from './sidang-store';
import { kelayakanUntuk, loadPengecualian, type KelayakanItem } from './eligibility';
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
  actRows(env, 'session.konflik', (at) => {
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
    const row = env.db.first('SELECT * FROM konflik_kepentingan WHERE agenda_item_id = ? AND anggota_id = ?', [itemId, anggotaId]);
    return { result: undefined, payload: { itemId, anggotaId, konflik: row } };
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

/** The item's tally now: only present, non-recused members count. */
function rekapItem(db: Database, sidangId: string, itemId: string): RekapSuara {
  const recused = db.all<{ anggota_id: string }>('SELECT anggota_id FROM konflik_kepentingan WHERE agenda_item_id = ?', [itemId]).map((r) => r.anggota_id);
  const eligible = pemilihBerhak(loadAnggota(db, sidangId), recused).map((a) => a.anggotaId);
  const votes = db.all<{ anggota_id: string; pilihan: PilihanSuara }>('SELECT anggota_id, pilihan FROM suara WHERE agenda_item_id = ?', [itemId]);
  return rekapSuara(votes.map((v) => ({ anggotaId: v.anggota_id, pilihan: v.pilihan })), eligible);
}

const votingClosed = (db: Database, itemId: string) => !!db.first('SELECT 1 FROM penutupan_suara WHERE agenda_item_id = ?', [itemId]);

/** A present, non-recused member's vote; voting again replaces the earlier choice (the audit keeps both). */
export function castVote(env: SessionEnv, itemId: string, anggotaId: string, pilihan: PilihanSuara, catatan: string): void {
  actRows(env, 'session.suara', (at) => {
    const item = getItem(env.db, itemId);
    const sidang = getSidang(env.db, item.sidang_id);
    const anggota = loadAnggota(env.db, sidang.id);
    const recused = !!env.db.first('SELECT 1 FROM konflik_kepentingan WHERE agenda_item_id = ? AND anggota_id = ?', [itemId, anggotaId]);
    fail(cekBolehMemilih({
      status: sidang.status, kuorum: kuorumOf(env.db, sidang), anggota: anggota.find((a) => a.anggotaId === anggotaId), recused,
    }));
    fail(cekBolehBersuara(sidang.aturanKeputusan));
    if (votingClosed(env.db, itemId)) throw new AppError('TUTUP_SUARA_SUDAH');
    const row = { agenda_item_id: itemId, anggota_id: anggotaId, pilihan, catatan: catatan.trim(), dicatat_pada: at };
    env.db.run(
      `INSERT INTO suara (agenda_item_id, anggota_id, pilihan, catatan, dicatat_pada) VALUES (?,?,?,?,?)
       ON CONFLICT(agenda_item_id, anggota_id) DO UPDATE SET pilihan = excluded.pilihan, catatan = excluded.catatan,
         dicatat_pada = excluded.dicatat_pada`,
      [row.agenda_item_id, row.anggota_id, row.pilihan, row.catatan, row.dicatat_pada],
    );
    return { result: undefined, payload: { itemId, anggotaId, pilihan, suara: row } };
  });
}

/**
 * The chair's "tutup pemungutan suara": members who have not voted by now do not vote on this item,
 * and the decision may be recorded with their votes pending (each rule says how they count).
 */
export function closeVoting(env: SessionEnv, itemId: string, anggotaId: string): void {
  actRows(env, 'session.tutup_suara', (at) => {
    const item = getItem(env.db, itemId);
    const sidang = getSidang(env.db, item.sidang_id);
    fail(cekSidangBerlangsung(sidang.status));
    const rekap = rekapItem(env.db, sidang.id, itemId);
    fail(cekTutupPemungutan({
      aturan: sidang.aturanKeputusan, ketua: loadAnggota(env.db, sidang.id).find((a) => a.anggotaId === anggotaId), rekap,
      sudahDitutup: votingClosed(env.db, itemId), sudahDiputus: isDecided(env.db, itemId),
    }));
    const row = { agenda_item_id: itemId, anggota_id: anggotaId, dicatat_pada: at };
    env.db.run('INSERT INTO penutupan_suara (agenda_item_id, anggota_id, dicatat_pada) VALUES (?,?,?)', [itemId, anggotaId, at]);
    return { result: undefined, payload: { itemId, penutupan: row, rekap } };
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
  /** Rule ids of perlu_perhatian outcomes the committee acknowledged in deciding. */
  pengakuanPerhatian?: string[];
}

/** What a pre-decision check sees: the item, its session, the draft and the outcomes about to be frozen. */
interface DecisionContext {
  db: Database;
  item: AgendaRow;
  sidang: Sidang;
  draft: DecisionInput;
  versi: number;
  kelayakan: KelayakanItem;
  rekap: RekapSuara;
}

/**
 * Checks run, in order, before a decision is written; the first problem refuses it. Other rule
 * sets (JPT procedure, election windows …) append their own check here.
 */
const PRE_DECISION_CHECKS: ((c: DecisionContext) => RuleProblem | null)[] = [
  (c) => cekSuaraKeputusan({
    aturan: c.sidang.aturanKeputusan, rekap: c.rekap, hasil: c.draft.hasil, pemungutanDitutup: votingClosed(c.db, c.item.id),
  }),
  (c) => cekKelayakan(c.draft.hasil, c.kelayakan.hasil),
  (c) => cekKlaimAlasan(c.draft.alasan, c.kelayakan.hasil),
  jabatanBelumDirekomendasikan,
];

/**
 * A structural post has one holder: the session may not recommend it for a second person while
 * another item's current decision recommends it (revise that one first).
 */
function jabatanBelumDirekomendasikan(c: DecisionContext): RuleProblem | null {
  if (c.draft.hasil !== 'direkomendasikan' || !c.draft.jabatanId) return null;
  const other = c.db.first<{ urutan: number; jabatan: string }>(
    `SELECT i.urutan, j.nama AS jabatan FROM agenda_item i JOIN keputusan k ON k.agenda_item_id = i.id
       JOIN jabatan j ON j.id = k.jabatan_id
     WHERE i.sidang_id = ? AND i.id <> ? AND k.hasil = 'direkomendasikan' AND k.jabatan_id = ?
       AND k.versi = (SELECT MAX(versi) FROM keputusan WHERE agenda_item_id = i.id)`,
    [c.sidang.id, c.item.id, c.draft.jabatanId],
  );
  return other ? { code: 'JABATAN_SUDAH_DIREKOMENDASIKAN', params: { jabatan: other.jabatan, urutan: other.urutan } } : null;
}

export function requestedPosts(db: Database, item: AgendaRow): string[] {
  if (!item.permohonan_id) return item.jabatan_id ? [item.jabatan_id] : [];
  return db.all<{ jabatan_id: string }>(
    'SELECT jabatan_id FROM permohonan_pilihan WHERE permohonan_id = ? ORDER BY peringkat', [item.permohonan_id],
  ).map((r) => r.jabatan_id);
}

/** The outcomes a decision freezes: for the recommended post, else the first requested post. */
export function kelayakanKeputusan(db: Database, item: AgendaRow, tanggal: string, jabatanId: string | null, diakui: readonly string[]): KelayakanItem {
  const post = jabatanId ?? requestedPosts(db, item)[0] ?? null;
  if (!item.permohonan_id || !post) return { status: null, hasil: [] };
  const nip = db.value<string>('SELECT nip FROM permohonan WHERE id = ?', [item.permohonan_id])!;
  return kelayakanUntuk(db, nip, post, tanggal, loadPengecualian(db, item.id), diakui);
}

/**
 * Records a new version of the item's decision (a revision when one exists) with the eligibility
 * outcomes frozen into it, and moves the request to the matching status; targets set as conditions
 * join the request's tracking list. The audit payload carries every row written.
 */
export function decide(env: SessionEnv, d: DecisionInput): number {
  const db = env.db;
  const item = getItem(db, d.itemId);
  const prev = Number(db.value('SELECT COALESCE(MAX(versi), 0) FROM keputusan WHERE agenda_item_id = ?', [d.itemId]));
  const versi = prev + 1;
  return actRows(env, prev === 0 ? 'session.keputusan' : 'session.revisi', (at) => {
    const sidang = getSidang(db, item.sidang_id);
    const lampau = d.targetBaru.find((t) => t.tenggat <= sidang.tanggal);
    if (lampau) throw new AppError('TARGET_TENGGAT_LAMPAU', { tenggat: lampau.tenggat, tanggal: sidang.tanggal });
    fail(cekKeputusan({
      status: sidang.status, kuorum: kuorumOf(db, sidang), versiSebelumnya: prev, jabatanDiminta: requestedPosts(db, item),
      draft: { hasil: d.hasil, jabatanId: d.jabatanId, alasan: d.alasan, alasanRevisi: d.alasanRevisi },
    }));
    // The appointment path first (a JPT post is not filled by a vote), then the candidate's rules.
    assertProcedureAllowsDecision(db, { ...d, permohonanId: item.permohonan_id, tanggalSidang: sidang.tanggal });
    const kelayakan = kelayakanKeputusan(db, item, sidang.tanggal, d.jabatanId, d.pengakuanPerhatian ?? []);
    const rekap = rekapItem(db, sidang.id, item.id);
    for (const check of PRE_DECISION_CHECKS) fail(check({ db, item, sidang, draft: d, versi, kelayakan, rekap }));
    const keputusan = {
      agenda_item_id: d.itemId, versi, hasil: d.hasil, jabatan_id: d.jabatanId, alasan: d.alasan.trim(), syarat: d.syarat.trim(),
      alasan_revisi: prev > 0 ? d.alasanRevisi!.trim() : null, dicatat_pada: at, status_kelayakan: kelayakan.status,
      hasil_aturan: JSON.stringify(kelayakan.hasil), aturan_keputusan: sidang.aturanKeputusan, rekap: JSON.stringify(rekap),
    };
    db.run(
      `INSERT INTO keputusan (agenda_item_id, versi, hasil, jabatan_id, alasan, syarat, alasan_revisi, dicatat_pada, status_kelayakan,
         hasil_aturan, aturan_keputusan, rekap) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
      [keputusan.agenda_item_id, keputusan.versi, keputusan.hasil, keputusan.jabatan_id, keputusan.alasan, keputusan.syarat,
        keputusan.alasan_revisi, keputusan.dicatat_pada, keputusan.status_kelayakan, keputusan.hasil_aturan, keputusan.aturan_keputusan,
        keputusan.rekap],
    );
    const targets: Record<string, unknown>[] = [];
    const status = item.permohonan_id ? statusDariKeputusan(d.hasil) : null;
    if (item.permohonan_id) {
      if (status) db.run('UPDATE permohonan SET status = ? WHERE id = ?', [status, item.permohonan_id]);
      const nip = db.value<string>('SELECT nip FROM permohonan WHERE id = ?', [item.permohonan_id])!;
      for (const t of d.targetBaru) {
        const row = {
          id: newId(env, 'tgt'), nip, permohonan_id: item.permohonan_id, indikator: t.indikator.trim(), nilai_target: t.nilaiTarget,
          satuan: t.satuan.trim(), tenggat: t.tenggat, realisasi: null, tanggal_realisasi: null, catatan_bukti: '', dengan_pakta: t.denganPakta ? 1 : 0,
        };
        db.run(
          `INSERT INTO target (id, nip, permohonan_id, indikator, nilai_target, satuan, tenggat, realisasi, tanggal_realisasi,
             catatan_bukti, dengan_pakta) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
          [row.id, row.nip, row.permohonan_id, row.indikator, row.nilai_target, row.satuan, row.tenggat, row.realisasi,
            row.tanggal_realisasi, row.catatan_bukti, row.dengan_pakta],
        );
        targets.push(row);
      }
    }
    return {
      result: versi,
      payload: {
        itemId: d.itemId, permohonanId: item.permohonan_id, versi, hasil: d.hasil, jabatanId: d.jabatanId, targetBaru: d.targetBaru.length,
        keputusan, statusPermohonan: status, target: targets,
      },
    };
  });
}
