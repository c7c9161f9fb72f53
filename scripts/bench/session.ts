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

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

/**
 * Recording one decision durably, through the real path: IPC validation, the rules, the SQL,
 * the audit entry and whatever persistence OpenDataset does on commit (the journal fsync).
 * Runs on the 20k bench city with the demo sessions seeded.
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
      const call = async <K extends ChannelName>(name: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> => {
        const res = await dispatch(handlers, name, input);
        if (!res.ok) throw new Error(`${name}: ${res.error.message}`);
        return res.value as ChannelOutput<K>;
      };

      const { id: sidangId } = await call('session:create', {
        nomor: 'BENCH/1', tanggal: '2026-11-23', tempat: 'Bench',
        anggota: [{ nama: 'Ketua Bench', peran: 'ketua' }, { nama: 'Sekretaris Bench', peran: 'sekretaris' }, { nama: 'Anggota Bench', peran: 'anggota' }],
      });
      const added = await call('session:addAgendaFromFilter', { sidangId, filter: { statuses: ['diverifikasi'] }, limit: 60 });
      await call('session:setStatus', { sidangId, status: 'berlangsung' });
      let rec = await call('session:record', { sidangId });
      for (const a of rec.anggota) await call('session:setAttendance', { sidangId, anggotaId: a.anggotaId, hadir: true });

      const t0 = performance.now();
      rec = await call('session:record', { sidangId });
      report(`read one session record (${added.added} items)`, performance.now() - t0, 'ms');

      const decideMs: number[] = [];
      const voteMs: number[] = [];
      for (const it of rec.items) {
        const v0 = performance.now();
        await call('session:vote', { itemId: it.id, anggotaId: rec.anggota[0]!.anggotaId, pilihan: 'setuju' });
        voteMs.push(performance.now() - v0);
        const d0 = performance.now();
        await call('session:decide', {
          itemId: it.id, hasil: 'direkomendasikan', jabatanId: it.pilihan[0]!.id,
          alasan: 'Memenuhi syarat pangkat, pendidikan dan kinerja (bench).',
          targetBaru: [{ indikator: 'Indikator bench', nilaiTarget: 90, satuan: '%', tenggat: '2027-06-30', denganPakta: true }],
        });
        decideMs.push(performance.now() - d0);
      }
      report(`record one decision durably, median of ${decideMs.length} (journal fsync)`, pct(decideMs, 0.5), 'ms', '≤ 20 ms');
      report('record one decision durably, p95', pct(decideMs, 0.95), 'ms', '≤ 20 ms');
      report('record one vote durably, median', pct(voteMs, 0.5), 'ms');
      const s0 = performance.now();
      ctx.dataset().save();
      report('full save of the 20k dataset (after the session acts)', performance.now() - s0, 'ms');
      ctx.closeDataset();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
