import { afterEach, describe, expect, it } from 'vitest';
import { contextWithDataset } from '../support/dataset-context';
import { buildCity, MEMBERS, NOW } from './fixture';

type Ctx = Awaited<ReturnType<typeof contextWithDataset>>;
let c: Ctx | null = null;
afterEach(() => { c?.cleanup(); c = null; });

describe('adding agenda items says why requests were skipped', () => {
  it('names the open session already holding a request and the status that keeps one off; the count is what was added', async () => {
    c = await contextWithDataset(await buildCity(), { now: () => NOW });
    c.ctx.dataset().db.run("UPDATE permohonan SET status = 'diajukan' WHERE id = 'p-4'");
    const { id: s1 } = await c.call('session:create', { nomor: 'S-1', tanggal: '2026-11-23', tempat: 'Setda', anggota: MEMBERS });
    await c.call('session:addAgenda', { sidangId: s1, permohonanIds: ['p-0', 'p-1'], jabatanIds: ['j-baru-3'] });
    const { id: s2 } = await c.call('session:create', { nomor: 'S-2', tanggal: '2026-12-10', tempat: 'Setda', anggota: MEMBERS });
    await c.call('session:addAgenda', { sidangId: s2, jabatanIds: ['j-baru-3'] });

    const r = await c.call('session:addAgenda', { sidangId: s2, permohonanIds: ['p-0', 'p-1', 'p-2', 'p-4'], jabatanIds: ['j-baru-3'] });
    expect(r.added).toBe(1);
    expect(r.skipped).toBe(4);
    expect(r.alasanDilewati).toEqual([
      { sebab: 'sudah_diagendakan', nomor: 'S-1', status: null, jumlah: 2 },
      { sebab: 'status', nomor: null, status: 'diajukan', jumlah: 1 },
      { sebab: 'jabatan_sudah_ada', nomor: null, status: null, jumlah: 1 },
    ]);
    const items = (await c.call('session:record', { sidangId: s2 })).items;
    expect(items).toHaveLength(2); // the vacant post added before, and p-2
    expect(r.skipped).toBe(r.alasanDilewati.reduce((s, x) => s + x.jumlah, 0));
  });

  it('a filter add beyond its limit says how many were left for the next add', async () => {
    c = await contextWithDataset(await buildCity(), { now: () => NOW });
    const { id } = await c.call('session:create', { nomor: 'S-1', tanggal: '2026-11-23', tempat: 'Setda', anggota: MEMBERS });
    const r = await c.call('session:addAgendaFromFilter', { sidangId: id, filter: { statuses: ['diverifikasi'] }, limit: 3 });
    expect(r).toMatchObject({ added: 3, skipped: 2, alasanDilewati: [{ sebab: 'batas', nomor: null, status: null, jumlah: 2 }] });
    expect((await c.call('session:record', { sidangId: id })).items).toHaveLength(3);
  });
});
