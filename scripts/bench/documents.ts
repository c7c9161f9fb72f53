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

async function time(db: Database, req: GenerateRequest, runs: number): Promise<number> {
  const env = { resourcesDir: resolve('resources'), now: new Date(), actor: 'bench' };
  await generateDocument(db, req, env); // warm-up: font bytes, JIT
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await generateDocument(db, req, env);
    xs.push(performance.now() - t);
  }
  return median(xs);
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
    report('signed recommendation PDF (PAdES), median of 7', await time(small.db, {
      kind: 'rekomendasi', format: 'pdf', sidangId: small.sidangId, sign: true, certPassword: password,
    }, 7), 'ms', '≤ 300 ms');

    const big = await buildSessionFixture(200, { allRecommended: true });
    const rows = direkomendasikan(loadDocSession(big.db, big.sidangId)).length;
    report(`SK with ${rows}-row lampiran, PDF, median of 5`, await time(big.db, {
      kind: 'sk', format: 'pdf', sidangId: big.sidangId, sign: false,
    }, 5), 'ms', '≤ 1000 ms');
    report(`SK with ${rows}-row lampiran, DOCX, median of 5`, await time(big.db, {
      kind: 'sk', format: 'docx', sidangId: big.sidangId, sign: false,
    }, 5), 'ms', '≤ 1000 ms');
  },
};
