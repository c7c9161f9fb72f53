/**
 * One user's path through the app, written against window.api's shape: the real-Electron smoke test
 * runs it inside the window, tests/foundation/log-privacy runs it through dispatch with the logger on.
 */
export type Call = (name: string, input: unknown) => Promise<unknown>;
export const DEMO_PASSPHRASE = 'demo-baperjakat-2026';

type Rows = { total: number; rows: { id: string }[] };
type Pools = { pools: { jabatanId: string; pemohon: number }[] };
type Pool = { candidates: { nip: string }[] };
type Sesi = { id: string; status: string }[];
type Rec = { sidang: { status: string }; items: { id: string; keputusan: unknown }[]; anggota: { anggotaId: string; hadir: boolean }[] };

export interface ScenarioResult {
  requests: number;
  compared: number;
  votedItem: string;
}

/** Opens the demo (a working copy in userData), lists requests, compares two applicants, casts one vote. */
export async function demoScenario(call: Call): Promise<ScenarioResult> {
  await call('dataset:openDemo', { passphrase: DEMO_PASSPHRASE });
  const list = (await call('dataset:listRequests', {})) as Rows;
  if (list.rows.length === 0) throw new Error('demo has no requests');
  await call('dataset:requestDetail', { id: list.rows[0]!.id });

  const { pools } = (await call('compare:listPools', {})) as Pools;
  const post = pools.find((p) => p.pemohon >= 2);
  if (!post) throw new Error('demo has no post with two applicants');
  const pool = (await call('compare:pool', { jabatanId: post.jabatanId })) as Pool;
  const nips = pool.candidates.slice(0, 2).map((c) => c.nip);
  await call('compare:compare', { jabatanId: post.jabatanId, nips });

  // The demo's open session (draf, with agenda and members): mark everyone present, open it, vote.
  const open = ((await call('session:list', {})) as Sesi).find((x) => x.status === 'draf' || x.status === 'berlangsung');
  if (!open) throw new Error('demo has no open session');
  const sidangId = open.id;
  let rec = (await call('session:record', { sidangId })) as Rec;
  if (rec.sidang.status === 'draf') {
    for (const a of rec.anggota) await call('session:setAttendance', { sidangId, anggotaId: a.anggotaId, hadir: true });
    await call('session:setStatus', { sidangId, status: 'berlangsung' });
    rec = (await call('session:record', { sidangId })) as Rec;
  }
  const item = rec.items.find((i) => !i.keputusan)!;
  const member = rec.anggota.find((a) => a.hadir)!;
  await call('session:vote', { itemId: item.id, anggotaId: member.anggotaId, pilihan: 'setuju', catatan: '' });
  await call('dataset:save', {});
  return { requests: list.total, compared: nips.length, votedItem: item.id };
}
