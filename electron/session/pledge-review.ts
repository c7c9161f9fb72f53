import type { Database } from '../dataset/database';
import { toTarget } from '../dataset/repository';
import { paktaPerluDibahas } from '../../shared/session/targets';
import { newId, type SessionEnv } from './env';

type Row = Record<string, any>;

/**
 * Pledged targets missed or overdue on `tanggal` and not yet under review: not linked to an item of a
 * session still open, nor to one the committee already decided (tetap or diberhentikan). A review
 * that was deferred in a closed session comes back.
 */
function pendingPledges(db: Database, tanggal: string): { permohonanId: string; nip: string; targetIds: string[] }[] {
  const rows = db.all<Row>(
    `SELECT t.* FROM target t JOIN permohonan r ON r.id = t.permohonan_id
     WHERE t.dengan_pakta = 1 AND r.status = 'direkomendasikan' AND t.tenggat < ?
       AND NOT EXISTS (
         SELECT 1 FROM tinjauan_pakta_target x JOIN agenda_item i ON i.id = x.agenda_item_id JOIN sidang s ON s.id = i.sidang_id
         WHERE x.target_id = t.id AND (s.status <> 'selesai' OR (
           SELECT k.hasil FROM keputusan k WHERE k.agenda_item_id = i.id ORDER BY k.versi DESC LIMIT 1) IN ('tetap','diberhentikan')))
     ORDER BY t.permohonan_id, t.tenggat, t.id`,
    [tanggal],
  );
  type Pending = { permohonanId: string; nip: string; targetIds: string[] };
  const byRequest = new Map<string, Pending>();
  for (const r of rows) {
    if (!paktaPerluDibahas(toTarget(r), tanggal)) continue;
    const e: Pending = byRequest.get(r.permohonan_id) ?? { permohonanId: r.permohonan_id, nip: r.nip, targetIds: [] };
    e.targetIds.push(r.id);
    byRequest.set(r.permohonan_id, e);
  }
  return [...byRequest.values()];
}

/** The post the request was recommended to: what the pledge was made for. */
function postUnderPledge(db: Database, permohonanId: string): string | null {
  return db.value<string>(
    `SELECT k.jabatan_id FROM keputusan k JOIN agenda_item i ON i.id = k.agenda_item_id
     WHERE i.permohonan_id = ? AND k.hasil = 'direkomendasikan' ORDER BY k.dicatat_pada DESC, k.versi DESC LIMIT 1`,
    [permohonanId],
  ) ?? null;
}

/**
 * Puts one "tinjauan pakta" item per request with pending pledges on the session's agenda. Runs
 * inside the act that creates or opens the session (its audit entry lists what was added).
 */
export function addPledgeReviews(env: SessionEnv, sidangId: string, tanggal: string): string[] {
  const db = env.db;
  const added: string[] = [];
  let urutan = Number(db.value('SELECT COALESCE(MAX(urutan), 0) FROM agenda_item WHERE sidang_id = ?', [sidangId]));
  for (const p of pendingPledges(db, tanggal)) {
    const itemId = newId(env, 'agd');
    db.run("INSERT INTO agenda_item (id, sidang_id, urutan, permohonan_id, jabatan_id, catatan_diskusi) VALUES (?,?,?,?,NULL,'')", [
      itemId, sidangId, ++urutan, p.permohonanId,
    ]);
    db.run('INSERT INTO tinjauan_pakta (agenda_item_id, nip, permohonan_id, jabatan_id) VALUES (?,?,?,?)', [
      itemId, p.nip, p.permohonanId, postUnderPledge(db, p.permohonanId),
    ]);
    for (const t of p.targetIds) db.run('INSERT INTO tinjauan_pakta_target (agenda_item_id, target_id) VALUES (?,?)', [itemId, t]);
    added.push(itemId);
  }
  return added;
}

export function isPledgeReview(db: Database, itemId: string): boolean {
  return !!db.first('SELECT 1 FROM tinjauan_pakta WHERE agenda_item_id = ?', [itemId]);
}
