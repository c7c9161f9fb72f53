import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCity } from '../../electron/demo';
import { seedSessions } from '../../electron/demo/session-content';
import { seedProcedure } from '../../electron/demo/procedure-content';
import type { Database } from '../../electron/dataset/database';
import { listSidang } from '../../electron/session/sidang-store';
import { loadSessionRecord } from '../../electron/session/session-record';
import { contextWithDataset } from '../support/dataset-context';
import { NOW } from './fixture';

type Ctx = Awaited<ReturnType<typeof contextWithDataset>>;

/** Counts every statement the database runs: each query goes through prepare (cached or not), scripts through exec. */
function countQueries<T>(db: Database, fn: () => T): { value: T; queries: number } {
  const raw = db as unknown as { prepare(sql: string): unknown; exec(sql: string): void };
  const prepare = raw.prepare;
  const exec = raw.exec;
  let queries = 0;
  raw.prepare = function (sql: string) { queries++; return prepare.call(this, sql); };
  raw.exec = function (sql: string) { queries++; exec.call(this, sql); };
  try {
    return { value: fn(), queries };
  } finally {
    raw.prepare = prepare;
    raw.exec = exec;
  }
}

/**
 * A session of `n` requests plus two vacant posts, through dispatch: members present, one recusal,
 * votes on every item, a deferral on every other item (a decision, its history) and an exception.
 */
async function buildSession(c: Ctx, nomor: string, n: number, posts: string[]): Promise<string> {
  const { id: sidangId } = await c.call('session:create', {
    nomor, tanggal: '2026-11-23', tempat: 'Setda',
    anggota: [{ nama: 'Ketua Uji', peran: 'ketua' }, { nama: 'Sekretaris Uji', peran: 'sekretaris' }, { nama: 'Anggota Uji', peran: 'anggota' }],
  });
  const added = await c.call('session:addAgendaFromFilter', { sidangId, filter: { statuses: ['diverifikasi'] }, limit: n });
  expect(added.added).toBe(n);
  await c.call('session:addAgenda', { sidangId, jabatanIds: posts });
  await c.call('session:setStatus', { sidangId, status: 'berlangsung' });
  let rec = await c.call('session:record', { sidangId });
  for (const a of rec.anggota) await c.call('session:setAttendance', { sidangId, anggotaId: a.anggotaId, hadir: true });
  const [ketua, sekretaris, anggota] = rec.anggota.map((a) => a.anggotaId) as [string, string, string];
  await c.call('session:declareConflict', { itemId: rec.items[0]!.id, anggotaId: anggota, alasan: 'Atasan langsung pemohon' });
  for (const [i, it] of rec.items.entries()) {
    for (const a of [ketua, sekretaris]) await c.call('session:vote', { itemId: it.id, anggotaId: a, pilihan: 'setuju' });
    if (i % 2 === 0) await c.call('session:decide', { itemId: it.id, hasil: 'ditunda', alasan: 'Menunggu hasil uji kompetensi.' });
  }
  // An exception where some applicant fails a rule (the demo sessions hold others).
  let excepted = false;
  for (const it of rec.items) for (const post of it.pilihan) {
    if (excepted) break;
    const failing = (await c.call('session:eligibility', { itemId: it.id, jabatanId: post.id })).hasil.find((h) => h.status === 'tidak_memenuhi');
    if (!failing) continue;
    await c.call('session:recordException', {
      itemId: it.id, jabatanId: post.id, ruleId: failing.ruleId, diusulkanOleh: ketua,
      alasan: 'Kebutuhan organisasi mendesak; rapat sepakat memberi pengecualian.',
    });
    excepted = true;
  }
  rec = await c.call('session:record', { sidangId });
  expect(rec.items).toHaveLength(n + posts.length);
  return sidangId;
}

describe('session record: a fixed number of queries whatever the agenda length', () => {
  let c: Ctx;
  beforeAll(async () => {
    const db = await generateCity({ seed: 7, pegawai: 1500, permohonan: 150, today: '2026-11-23', extraSteps: [seedSessions, seedProcedure] });
    c = await contextWithDataset(db, { now: () => NOW });
  }, 120_000);
  afterAll(() => c?.cleanup());

  it('reads a 5-item and a 40-item session, and every demo session, in the same number of queries', async () => {
    const db = c.ctx.dataset().db;
    const vacant = db.all<{ id: string }>("SELECT id FROM jabatan WHERE status = 'lowong' ORDER BY id LIMIT 4").map((r) => r.id);
    const small = await buildSession(c, 'UJI/5', 5, vacant.slice(0, 2));
    const large = await buildSession(c, 'UJI/40', 40, vacant.slice(2, 4));

    const countFor = (sidangId: string) => {
      const { value, queries } = countQueries(db, () => loadSessionRecord(db, sidangId));
      return { items: value.items.length, queries };
    };
    const five = countFor(small);
    const forty = countFor(large);
    expect(five.items).toBe(7);
    expect(forty.items).toBe(42);
    expect(forty.queries).toBe(five.queries);
    // The demo's sessions hold what the built ones do not: pledge reviews, a JPT item with its procedure, closed sessions.
    for (const s of listSidang(db)) expect({ nomor: s.nomor, queries: countFor(s.id).queries }).toEqual({ nomor: s.nomor, queries: five.queries });
  }, 120_000);
});
