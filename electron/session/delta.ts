import type { Database } from '../dataset/database';
import { auditHead } from '../audit/audit-log';
import type { SessionDelta } from '../../shared/session/record-delta';
import { loadAnggota } from './sidang-store';
import { loadAgendaItems, loadSessionHeader } from './session-record';

/** What an act touched, so its answer carries exactly that (see shared/session/record-delta.ts). */
export interface Changed {
  sidangId: string;
  /** The session's fields, members, attendance or quorum. */
  header?: boolean;
  /** Items whose stored or derived fields changed; 'all' when every tally depends on what changed (attendance, members). */
  items?: readonly string[] | 'all';
  /** Items were added, removed or moved. */
  order?: boolean;
}

/** Reads the delta after the act, in a fixed number of queries (the item reads are batched). */
export function readDelta(db: Database, c: Changed): SessionDelta {
  const header = c.header ? loadSessionHeader(db, c.sidangId) : null;
  const wanted = c.items ?? [];
  const anggota = wanted.length === 0 ? [] : header?.anggota ?? loadAnggota(db, c.sidangId);
  const items = wanted === 'all'
    ? loadAgendaItems(db, { sidangId: c.sidangId }, anggota)
    : wanted.length > 0 ? loadAgendaItems(db, { itemIds: wanted }, anggota) : [];
  const order = c.order || wanted === 'all'
    ? db.all<{ id: string; urutan: number }>('SELECT id, urutan FROM agenda_item WHERE sidang_id = ? ORDER BY urutan', [c.sidangId])
    : null;
  return { sidangId: c.sidangId, header, items, order, auditHead: auditHead(db) };
}
