import { afterEach, describe, expect, it } from 'vitest';
import { contextWithDataset } from '../support/dataset-context';
import { buildCity, MEMBERS, NOW } from './fixture';

type Ctx = Awaited<ReturnType<typeof contextWithDataset>>;
let c: Ctx | null = null;
afterEach(() => { c?.cleanup(); c = null; });

describe('redaction level of a session', () => {
  it('starts at standar, is stored on the session, and each change is one audit entry naming both levels', async () => {
    c = await contextWithDataset(await buildCity(), { now: () => NOW });
    const { id } = await c.call('session:create', { nomor: 'S-1', tanggal: '2026-11-23', tempat: 'Setda', anggota: MEMBERS });
    expect((await c.call('session:record', { sidangId: id })).sidang.redaksi).toBe('standar');

    await c.call('session:setRedaction', { sidangId: id, redaksi: 'ketat' });
    expect((await c.call('session:record', { sidangId: id })).sidang.redaksi).toBe('ketat');
    expect((await c.call('session:list', {}))[0]!.redaksi).toBe('ketat');
    // Choosing the level it already has is no act.
    await c.call('session:setRedaction', { sidangId: id, redaksi: 'ketat' });

    const log = await c.call('dataset:auditLog', { offset: 0, limit: 500 });
    const acts = log.entries.filter((e) => e.action === 'session.redaksi');
    expect(acts).toHaveLength(1);
    expect(JSON.parse(acts[0]!.payload)).toEqual({ sidangId: id, sebelum: 'standar', redaksi: 'ketat' });
  });

  it('refuses a level that does not exist', async () => {
    c = await contextWithDataset(await buildCity(), { now: () => NOW });
    const { id } = await c.call('session:create', { nomor: 'S-1', tanggal: '2026-11-23', tempat: 'Setda', anggota: MEMBERS });
    const code = await c.call('session:setRedaction', { sidangId: id, redaksi: 'bebas' as 'ketat' }).then(() => 'none', (e: { code: string }) => e.code);
    expect(code).toBe('MASUKAN_TIDAK_VALID');
  });
});
