import { describe, expect, it } from 'vitest';
import { loadCandidates } from '../../electron/compare/batch-load';
import { listPools, loadCandidate, poolNips } from '../../electron/compare/pool';
import { generateCity } from '../../electron/demo';
import type { Database } from '../../electron/dataset/database';
import { NIP, smallCity } from './fixture';

/** The batch loader must give exactly what the one-person loaders (repository.ts) give. */
function agree(db: Database, jabatanId: string, nips: string[]) {
  const batch = loadCandidates(db, nips, jabatanId);
  expect(batch.map((c) => c.profil.nip)).toEqual(nips);
  for (const c of batch) expect(c).toEqual(loadCandidate(db, c.profil.nip, jabatanId));
}

describe('batch candidate loading', () => {
  it('matches the per-person loaders on the fixture, in the order asked, skipping absent people', async () => {
    const db = await smallCity();
    agree(db, 'J-LURAH', [NIP.dedi, NIP.ani, NIP.eka, NIP.budi, NIP.citra]);
    agree(db, 'J-KABID', [NIP.citra, NIP.budi]); // Citra's only request for it was withdrawn
    expect(loadCandidates(db, [NIP.ani, '199912312020121999'], 'J-LURAH').map((c) => c.profil.nip)).toEqual([NIP.ani]);
    expect(loadCandidates(db, [], 'J-LURAH')).toEqual([]);
  });

  it('matches them on a generated city, for the ten busiest pools', async () => {
    const db = await generateCity({ seed: 7, pegawai: 900, permohonan: 120, today: '2026-11-23' });
    const pools = listPools(db, '').slice(0, 10);
    expect(pools.length).toBeGreaterThan(3);
    for (const p of pools) agree(db, p.jabatanId, poolNips(db, p.jabatanId));
  }, 60_000);
});
