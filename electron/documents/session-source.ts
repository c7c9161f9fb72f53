import type { Database } from '../dataset/database';
import { AppError } from '../../shared/errors';
import type { DocSession } from '../../shared/documents/model';
import { toDocSession } from '../../shared/documents/from-session-record';
import { loadSessionRecord } from '../session/session-record';

type Row = Record<string, any>;

/**
 * One session as the documents print it, from the session capability's read model
 * (loadSessionRecord): decisions are versioned and only the highest versi counts.
 */
export function loadDocSession(db: Database, sidangId: string): DocSession {
  if (!db.first('SELECT id FROM sidang WHERE id = ?', [sidangId])) throw new AppError('DOK_SIDANG_TIDAK_ADA', { id: sidangId });
  return toDocSession(loadSessionRecord(db, sidangId));
}

export function listSessions(db: Database): { id: string; nomor: string; tanggal: string; status: string; items: number }[] {
  return db.all<Row>(
    `SELECT s.id, s.nomor, s.tanggal, s.status, (SELECT COUNT(*) FROM agenda_item a WHERE a.sidang_id = s.id) AS items
     FROM sidang s ORDER BY s.tanggal DESC, s.nomor`,
  ).map((r) => ({ id: r.id, nomor: r.nomor, tanggal: r.tanggal, status: r.status, items: Number(r.items) }));
}
