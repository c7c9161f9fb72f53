import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchSection } from './types';
import { buildSessionFixture } from '../../tests/documents/fixture';
import { createSelfSignedIdentity } from '../../electron/documents/identity';
import { generateDocument, type GenerateRequest } from '../../electron/documents/generate';
import { direkomendasikan } from '../../shared/documents/rows';
import { loadDocSession } from '../../electron/documents/session-source';
import type { Database } from '../../electron/dataset/database';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Median wall time, and median CPU time of this process: on a shared, oversubscribed machine the
 * wall figure mostly measures the neighbours, the CPU figure what the work itself costs.
 */
async function time(db: Database, req: GenerateRequest, runs: number): Promise<{ wall: number; cpu: number }> {
  const env = { resourcesDir: resolve('resources'), now: new Date(), actor: 'bench' };
  await generateDocument(db, req, env); // warm-up: font parsing, JIT
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await generateDocument(db, req, env);
    const d = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((d.user + d.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/**
 * Whole documents through the real path (session read model, compose, pdf-lib with embedded
 * fonts, CAdES signing / docx packing): a signed recommendation of an 8-item session, and the SK
 * of a session with 200 appointments in its lampiran.
 */
export const documentsBench: BenchSection = {
  name: 'documents',
  async run(report) {
    const small = await buildSessionFixture(8);
    const password = 'bench-sertifikat';
    small.db.transaction(() => createSelfSignedIdentity(small.db, {
      commonName: 'Sekretaris Baperjakat', organization: 'Pemerintah Kota Bengkulu', validYears: 2, password,
    }, new Date()), { journal: false });
    const rek = await time(small.db, { kind: 'rekomendasi', format: 'pdf', sidangId: small.sidangId, sign: true, certPassword: password }, 7);
    report('signed recommendation PDF (PAdES), median of 7', rek.wall, 'ms', '≤ 300 ms');
    report('  same, CPU time of this process', rek.cpu, 'ms');

    const big = await buildSessionFixture(200, { allRecommended: true });
    const rows = direkomendasikan(loadDocSession(big.db, big.sidangId)).length;
    for (const format of ['pdf', 'docx'] as const) {
      const r = await time(big.db, { kind: 'sk', format, sidangId: big.sidangId, sign: false }, 5);
      report(`SK with ${rows}-row lampiran, ${format.toUpperCase()}, median of 5`, r.wall, 'ms', '≤ 1000 ms');
      report('  same, CPU time of this process', r.cpu, 'ms');
    }
  },
};
