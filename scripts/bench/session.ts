import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchSection } from './types';
import { buildBenchDataset } from '../../electron/demo';
import { seedSessions } from '../../electron/demo/session-content';
import { seal } from '../../electron/dataset/bpj-format';
import { AppContext } from '../../electron/app/context';
import { JsonFileSettingsStore, nodePlatform } from '../../electron/app/node-platform';
import { openDatasetInto } from '../../electron/dataset/handlers';
import { createHandlers } from '../../electron/ipc/registry';
import { dispatch } from '../../electron/ipc/dispatch';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/ipc/contract';
import type { Database } from '../../electron/dataset/database';
import { loadSessionRecord } from '../../electron/session/session-record';
import { applySessionDelta, type SessionDelta } from '../../shared/session/record-delta';

/** The agenda length the vote round trip is timed on. */
const AGENDA = 40;
const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

/** Statements the database runs in `fn` (every query passes through its prepare, scripts through exec). */
function countQueries(db: Database, fn: () => unknown): number {
  const raw = db as unknown as { prepare(sql: string): unknown; exec(sql: string): void };
  const { prepare, exec } = raw;
  let n = 0;
  raw.prepare = function (sql: string) { n++; return prepare.call(this, sql); };
  raw.exec = function (sql: string) { n++; exec.call(this, sql); };
  try {
    fn();
  } finally {
    raw.prepare = prepare;
    raw.exec = exec;
  }
  return n;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

/**
 * Recording one decision durably, through the real path: IPC validation, the rules, the SQL,
 * the audit entry and whatever persistence OpenDataset does on commit (the journal fsync).
 * Runs on the 20k bench city with the demo sessions seeded. Each act goes as the screen sends it:
 * one call, whose answer (the delta) is merged into the record held; timed on a 40-item agenda.
 */
export const sessionBench: BenchSection = {
  name: 'session',
  async run(report) {
    const dir = mkdtempSync(join(tmpdir(), 'bpj-bench-session-'));
    try {
      const db = await buildBenchDataset([seedSessions]);
      const path = join(dir, 'bench.bpj');
      const passphrase = 'bench-baperjakat';
      writeFileSync(path, (await seal(db.export(), passphrase, { kdf: { log2N: 10, r: 8, p: 1 } })).bytes);
      db.close();
      const ctx = new AppContext(nodePlatform({ userDataDir: join(dir, 'userdata'), actor: 'bench' }), new JsonFileSettingsStore(join(dir, 'prefs.json')));
      await openDatasetInto(ctx, path, passphrase, false);
      const handlers = createHandlers(ctx);
      let dispatched = 0;
      const call = async <K extends ChannelName>(name: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> => {
        dispatched++;
        const res = await dispatch(handlers, name, input);
        if (!res.ok) throw new Error(`${name}: ${res.error.message}`);
        return res.value as ChannelOutput<K>;
      };

      const { id: sidangId } = await call('session:create', {
        nomor: 'BENCH/1', tanggal: '2026-11-23', tempat: 'Bench',
        anggota: [{ nama: 'Ketua Bench', peran: 'ketua' }, { nama: 'Sekretaris Bench', peran: 'sekretaris' }, { nama: 'Anggota Bench', peran: 'anggota' }],
      });
      const added = await call('session:addAgendaFromFilter', { sidangId, filter: { statuses: ['diverifikasi'] }, limit: AGENDA });
      let rec = await call('session:record', { sidangId });
      /** What the screen's hook does per act: one call, its answer merged into the record it holds. */
      let calls = 0;
      const act = async <K extends ChannelName>(name: K, input: ChannelInput<K>) => {
        const before = dispatched;
        const out = (await call(name, input)) as ChannelOutput<K> & { delta: SessionDelta };
        rec = applySessionDelta(rec, out.delta);
        calls = Math.max(calls, dispatched - before);
        return out;
      };
      await act('session:setStatus', { sidangId, status: 'berlangsung' });
      for (const a of rec.anggota) await act('session:setAttendance', { sidangId, anggotaId: a.anggotaId, hadir: true });
      await act('session:declareConflict', { itemId: rec.items[0]!.id, anggotaId: rec.anggota[2]!.anggotaId, alasan: 'Atasan langsung (bench)' });
      await act('session:moveAgenda', { itemId: rec.items[1]!.id, arah: 'naik' });

      const t0 = performance.now();
      const c0 = process.cpuUsage();
      rec = await call('session:record', { sidangId });
      report(`read one session record (${added.added} items)`, performance.now() - t0, 'ms', undefined, cpuMs(c0));
      const live = ctx.dataset().db;
      report(`queries to read the record (${added.added} items; fixed whatever the length)`, countQueries(live, () => loadSessionRecord(live, sidangId)), 'queries');

      const decideMs: number[] = [];
      const voteMs: number[] = [];
      const voteCpu: number[] = [];
      const threeCallMs: number[] = [];
      const threeCallCpu: number[] = [];
      for (const it of rec.items) {
        const v0 = performance.now();
        const vc = process.cpuUsage();
        await act('session:vote', { itemId: it.id, anggotaId: rec.anggota[0]!.anggotaId, pilihan: 'setuju' });
        voteMs.push(performance.now() - v0);
        voteCpu.push(cpuMs(vc));
        // The flow before answers carried a delta: the act, the whole record, the app's status.
        const w0 = performance.now();
        const wc = process.cpuUsage();
        await call('session:vote', { itemId: it.id, anggotaId: rec.anggota[1]!.anggotaId, pilihan: 'setuju' });
        await call('session:record', { sidangId });
        await call('dataset:status', {});
        threeCallMs.push(performance.now() - w0);
        threeCallCpu.push(cpuMs(wc));
        await act('session:vote', { itemId: it.id, anggotaId: rec.anggota[1]!.anggotaId, pilihan: 'setuju' });
        if (rec.items.find((x) => x.id === it.id)!.rekap.belum > 0) await act('session:closeVoting', { itemId: it.id, anggotaId: rec.anggota[0]!.anggotaId });
        const d0 = performance.now();
        // A deferral: the generated applicants' rule outcomes vary, and every decision takes the same durable path.
        await act('session:decide', { itemId: it.id, hasil: 'ditunda', alasan: 'Menunggu hasil uji kompetensi (bench).' });
        decideMs.push(performance.now() - d0);
      }
      report('IPC calls per act (attendance, recusal, move, vote, decision, status)', calls, 'calls', '1');
      report(`vote round trip on a ${added.added}-item agenda, median (act + merge of its answer)`, pct(voteMs, 0.5), 'ms', undefined, pct(voteCpu, 0.5));
      report('vote round trip, p95', pct(voteMs, 0.95), 'ms');
      report('  the former three calls (vote, whole record, app status), median', pct(threeCallMs, 0.5), 'ms', undefined, pct(threeCallCpu, 0.5));
      report(`record one decision durably, median of ${decideMs.length} (journal fsync)`, pct(decideMs, 0.5), 'ms', '≤ 20 ms');
      report('record one decision durably, p95', pct(decideMs, 0.95), 'ms', '≤ 20 ms');
      const s0 = performance.now();
      ctx.dataset().save();
      report('full save of the 20k dataset (after the session acts)', performance.now() - s0, 'ms');
      ctx.closeDataset();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
