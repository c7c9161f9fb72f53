import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppContext } from '../../electron/app/context';
import { JsonFileSettingsStore, nodePlatform } from '../../electron/app/node-platform';
import { seal } from '../../electron/dataset/bpj-format';
import { openDatasetInto } from '../../electron/dataset/handlers';
import { createHandlers } from '../../electron/ipc/registry';
import { dispatch } from '../../electron/ipc/dispatch';
import { setMeta } from '../../electron/dataset/repository';
import { writePacketMeta } from '../../electron/review/packet-meta';
import { TEST_KDF, TEST_PASSPHRASE } from '../support/dataset-context';
import { NIP, smallCity } from './fixture';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A review packet (file kind 2): pools and comparisons read it like a dataset; rule values are read-only. */
describe('compare on a review packet', () => {
  it('reads the secretariat’s rule values, compares, and refuses to change them', async () => {
    const db = await smallCity();
    // Only part of the city travels in a packet: drop an applicant not on the agenda.
    db.exec('PRAGMA foreign_keys = OFF');
    for (const t of ['permohonan_pilihan WHERE permohonan_id IN (SELECT id FROM permohonan WHERE nip = ?)', 'permohonan WHERE nip = ?', 'pegawai WHERE nip = ?']) {
      db.run(`DELETE FROM ${t}`, [NIP.eka]);
    }
    setMeta(db, 'compare.aturan', JSON.stringify({ 'usia.aktif.administrator': 1, 'usia.max.administrator': 40 }));
    writePacketMeta(db, {
      id: 'P1', sidangId: 'S1', anggotaId: 'A1', anggotaNama: 'Anggota Uji', kedaluwarsa: '2026-12-31', dibuatPada: '2026-11-20T01:00:00Z',
    });
    dir = mkdtempSync(join(tmpdir(), 'bpj-packet-'));
    const path = join(dir, 'paket.bpj');
    writeFileSync(path, (await seal(db.export(), TEST_PASSPHRASE, { kdf: TEST_KDF, kind: 2, packet: { kedaluwarsa: '2026-12-31', paketId: 'P1' } })).bytes);
    const ctx = new AppContext(nodePlatform({ userDataDir: join(dir, 'u'), actor: 'anggota', now: () => new Date('2026-11-23T03:00:00Z') }), new JsonFileSettingsStore(join(dir, 'u', 'p.json')));
    const info = await openDatasetInto(ctx, path, TEST_PASSPHRASE, false);
    expect(info.mode).toBe('telaah');
    const handlers = createHandlers(ctx);
    const call = (name: Parameters<typeof dispatch>[1], input: unknown) => dispatch(handlers, name, input, { validateOutput: true });

    const pool = await call('compare:pool', { jabatanId: 'J-LURAH' });
    expect(pool.ok).toBe(true);
    const candidates = pool.ok ? (pool.value as { candidates: { nip: string; eligibility: { status: string } }[] }).candidates : [];
    expect(candidates.map((c) => c.nip)).not.toContain(NIP.eka);
    expect(candidates.find((c) => c.nip === NIP.ani)!.eligibility.status).toBe('tidak_memenuhi'); // age limit 40 travelled with it
    expect((await call('compare:compare', { jabatanId: 'J-LURAH', nips: [NIP.ani, NIP.budi] })).ok).toBe(true);
    const refused = await call('compare:setConfig', { values: { 'usia.max.administrator': 56 } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'ATURAN_TIDAK_DAPAT_DIUBAH_TELAAH' } });
    ctx.closeDataset();
  });
});
