import { AppError } from '../../shared/errors';
import type { RequestFilter } from '../../shared/ipc/dataset';
import { STATUS_TIDAK_DIAGENDAKAN, cekSidangTerbuka } from '../../shared/session/rules';
import type { JabatanRingkas } from '../../shared/session/model';
import type { AlasanDilewati } from '../../shared/ipc/session';
import { countRequests, listRequestIds } from '../dataset/requests-query';
import type { Database } from '../dataset/database';
import { act, fail, newId, type SessionEnv } from './env';
import { getSidang } from './sidang-store';

export interface AgendaRow {
  id: string;
  sidang_id: string;
  urutan: number;
  permohonan_id: string | null;
  jabatan_id: string | null;
  catatan_diskusi: string;
}

export function getItem(db: Database, itemId: string): AgendaRow {
  const r = db.first<AgendaRow>('SELECT * FROM agenda_item WHERE id = ?', [itemId]);
  if (!r) throw new AppError('AGENDA_TIDAK_ADA');
  return r;
}

/** Requests already waiting on a session that is not closed (never scheduled twice), with that session's number. */
function scheduledElsewhere(db: Database): Map<string, string> {
  return new Map(db.all<{ permohonan_id: string; nomor: string }>(
    `SELECT i.permohonan_id, s.nomor FROM agenda_item i JOIN sidang s ON s.id = i.sidang_id
     WHERE i.permohonan_id IS NOT NULL AND s.status <> 'selesai'`,
  ).map((r) => [r.permohonan_id, r.nomor]));
}

/** Why requests or posts were left out, counted by cause (what the add dialog tells the user). */
class SkipReasons {
  private readonly byKey = new Map<string, AlasanDilewati>();
  add(r: Omit<AlasanDilewati, 'jumlah'>, n = 1): void {
    if (n <= 0) return;
    const key = `${r.sebab}|${r.nomor ?? ''}|${r.status ?? ''}`;
    const cur = this.byKey.get(key);
    if (cur) cur.jumlah += n;
    else this.byKey.set(key, { ...r, jumlah: n });
  }
  get total(): number { return [...this.byKey.values()].reduce((s, r) => s + r.jumlah, 0); }
  list(): AlasanDilewati[] { return [...this.byKey.values()]; }
}

function insertItems(env: SessionEnv, sidangId: string, permohonanIds: readonly string[], jabatanIds: readonly string[]) {
  const db = env.db;
  fail(cekSidangTerbuka(getSidang(db, sidangId).status));
  const taken = scheduledElsewhere(db);
  let urutan = Number(db.value('SELECT COALESCE(MAX(urutan), 0) FROM agenda_item WHERE sidang_id = ?', [sidangId]));
  const itemIds: string[] = [];
  const skipped = new SkipReasons();
  for (const pid of new Set(permohonanIds)) {
    const st = db.value<string>('SELECT status FROM permohonan WHERE id = ?', [pid]);
    if (st === undefined) throw new AppError('MASUKAN_TIDAK_VALID', { rincian: `permohonan ${pid} tidak ada` });
    const nomor = taken.get(pid);
    if (nomor !== undefined) {
      skipped.add({ sebab: 'sudah_diagendakan', nomor, status: null });
      continue;
    }
    if ((STATUS_TIDAK_DIAGENDAKAN as readonly string[]).includes(st)) {
      skipped.add({ sebab: 'status', nomor: null, status: st as AlasanDilewati['status'] });
      continue;
    }
    const itemId = newId(env, 'agd');
    db.run('INSERT INTO agenda_item (id, sidang_id, urutan, permohonan_id, jabatan_id, catatan_diskusi) VALUES (?,?,?,?,NULL,\'\')', [
      itemId, sidangId, ++urutan, pid,
    ]);
    db.run("UPDATE permohonan SET status = 'dijadwalkan' WHERE id = ?", [pid]);
    itemIds.push(itemId);
  }
  const postsTaken = new Set(db.all<{ jabatan_id: string }>(
    'SELECT jabatan_id FROM agenda_item WHERE sidang_id = ? AND jabatan_id IS NOT NULL', [sidangId],
  ).map((r) => r.jabatan_id));
  for (const jid of new Set(jabatanIds)) {
    if (!db.first('SELECT 1 FROM jabatan WHERE id = ?', [jid])) {
      throw new AppError('MASUKAN_TIDAK_VALID', { rincian: `jabatan ${jid} tidak ada` });
    }
    if (postsTaken.has(jid)) {
      skipped.add({ sebab: 'jabatan_sudah_ada', nomor: null, status: null });
      continue;
    }
    const itemId = newId(env, 'agd');
    db.run('INSERT INTO agenda_item (id, sidang_id, urutan, permohonan_id, jabatan_id, catatan_diskusi) VALUES (?,?,?,NULL,?,\'\')', [
      itemId, sidangId, ++urutan, jid,
    ]);
    itemIds.push(itemId);
  }
  return { added: itemIds.length, skipped, itemIds };
}

const answer = (r: { skipped: SkipReasons; itemIds: string[] }) =>
  ({ added: r.itemIds.length, skipped: r.skipped.total, alasanDilewati: r.skipped.list(), itemIds: r.itemIds });

export function addAgenda(env: SessionEnv, sidangId: string, permohonanIds: readonly string[], jabatanIds: readonly string[] = []) {
  const r = act(env, 'session.tambah_agenda', { sidangId, permohonanIds, jabatanIds }, () =>
    insertItems(env, sidangId, permohonanIds, jabatanIds));
  return answer(r);
}

/** Bulk add from the same filter Daftar Permohonan uses, so "what I see" is "what gets scheduled". */
export function addAgendaFromFilter(env: SessionEnv, sidangId: string, filter: RequestFilter, limit: number) {
  const ids = listRequestIds(env.db, filter, limit);
  const matching = countRequests(env.db, filter);
  const res = act(env, 'session.tambah_agenda', { sidangId, permohonanIds: ids, dariFilter: true }, () =>
    insertItems(env, sidangId, ids, []));
  res.skipped.add({ sebab: 'batas', nomor: null, status: null }, Math.max(0, matching - limit));
  return answer(res);
}

export function removeAgenda(env: SessionEnv, itemId: string): void {
  act(env, 'session.hapus_agenda', { itemId }, () => {
    const item = getItem(env.db, itemId);
    fail(cekSidangTerbuka(getSidang(env.db, item.sidang_id).status));
    if (env.db.first('SELECT 1 FROM keputusan WHERE agenda_item_id = ?', [itemId])) throw new AppError('AGENDA_SUDAH_DIPUTUSKAN');
    env.db.run('DELETE FROM agenda_item WHERE id = ?', [itemId]);
    if (item.permohonan_id) {
      // Back to where it was: deferred by an earlier session, else verified. Only "dijadwalkan" is touched.
      const earlier = env.db.value<string>(
        `SELECT k.hasil FROM keputusan k JOIN agenda_item i ON i.id = k.agenda_item_id
         WHERE i.permohonan_id = ? ORDER BY k.dicatat_pada DESC, k.versi DESC LIMIT 1`, [item.permohonan_id],
      );
      env.db.run("UPDATE permohonan SET status = ? WHERE id = ? AND status = 'dijadwalkan'", [earlier ?? 'diverifikasi', item.permohonan_id]);
    }
    renumber(env.db, item.sidang_id);
  });
}

function renumber(db: Database, sidangId: string): void {
  const ids = db.all<{ id: string }>('SELECT id FROM agenda_item WHERE sidang_id = ? ORDER BY urutan, id', [sidangId]);
  ids.forEach((r, i) => db.run('UPDATE agenda_item SET urutan = ? WHERE id = ?', [i + 1, r.id]));
}

export function moveAgenda(env: SessionEnv, itemId: string, arah: 'naik' | 'turun'): void {
  act(env, 'session.urutkan_agenda', { itemId, arah }, () => {
    const item = getItem(env.db, itemId);
    fail(cekSidangTerbuka(getSidang(env.db, item.sidang_id).status));
    const other = env.db.first<AgendaRow>(
      arah === 'naik'
        ? 'SELECT * FROM agenda_item WHERE sidang_id = ? AND urutan < ? ORDER BY urutan DESC LIMIT 1'
        : 'SELECT * FROM agenda_item WHERE sidang_id = ? AND urutan > ? ORDER BY urutan ASC LIMIT 1',
      [item.sidang_id, item.urutan],
    );
    if (!other) return;
    env.db.run('UPDATE agenda_item SET urutan = ? WHERE id = ?', [other.urutan, item.id]);
    env.db.run('UPDATE agenda_item SET urutan = ? WHERE id = ?', [item.urutan, other.id]);
  });
}

export function setNotes(env: SessionEnv, itemId: string, catatan: string): void {
  act(env, 'session.catatan', { itemId, panjang: catatan.length }, () => {
    const item = getItem(env.db, itemId);
    fail(cekSidangTerbuka(getSidang(env.db, item.sidang_id).status));
    env.db.run('UPDATE agenda_item SET catatan_diskusi = ? WHERE id = ?', [catatan, itemId]);
  });
}

/** Vacant posts, by unit and name, for agenda items about a post rather than a request. */
export function vacantPosts(db: Database): JabatanRingkas[] {
  return db.all<{ id: string; nama: string; level: JabatanRingkas['level']; unit_nama: string }>(
    `SELECT j.id, j.nama, j.level, u.nama AS unit_nama FROM jabatan j JOIN unit_kerja u ON u.id = j.unit_id
     WHERE j.status = 'lowong' ORDER BY u.nama, j.nama`,
  ).map((r) => ({ id: r.id, nama: r.nama, level: r.level, unitNama: r.unit_nama }));
}
