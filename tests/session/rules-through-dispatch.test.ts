import { afterEach, describe, expect, it } from 'vitest';
import { contextWithDataset } from '../support/dataset-context';
import { ACK, addSigningIdentity, buildCity, CLOSE_PASSWORD, MEMBERS, NOW } from './fixture';

type Ctx = Awaited<ReturnType<typeof contextWithDataset>>;
let c: Ctx | null = null;
afterEach(() => { c?.cleanup(); c = null; });

const codeOf = (p: Promise<unknown>) => p.then(() => 'no error', (e: { code: string }) => e.code);

async function session(kuorum?: { pembilang: number; penyebut: number; lebihDari: boolean }) {
  c = await contextWithDataset(await buildCity(), { now: () => NOW });
  const { id } = await c.call('session:create', { nomor: 'S-1', tanggal: '2026-11-23', tempat: 'Setda', anggota: MEMBERS, kuorum });
  await c.call('session:addAgenda', { sidangId: id, permohonanIds: ['p-0', 'p-1'], jabatanIds: ['j-baru-3'] });
  await c.call('session:setStatus', { sidangId: id, status: 'berlangsung' });
  const rec = await c.call('session:record', { sidangId: id });
  return { c, sidangId: id, ids: rec.anggota.map((a) => a.anggotaId), items: rec.items.map((i) => i.id) };
}

describe('session rules enforced by the services', () => {
  it('a configured two-thirds quorum is what the record shows and what decisions need', async () => {
    const { c, sidangId, ids, items } = await session({ pembilang: 2, penyebut: 3, lebihDari: false });
    for (const a of ids.slice(0, 2)) await c.call('session:setAttendance', { sidangId, anggotaId: a, hadir: true });
    expect((await c.call('session:record', { sidangId })).kuorum).toEqual({ hadir: 2, total: 4, diperlukan: 3, terpenuhi: false });
    expect(await codeOf(c.call('session:decide', { itemId: items[0]!, hasil: 'ditunda', alasan: 'Menunggu kelengkapan berkas.' }))).toBe('SIDANG_TIDAK_KUORUM');
    // Changing the rule to "more than a third" gives quorum at once.
    await c.call('session:update', { sidangId, nomor: 'S-1', tanggal: '2026-11-23', tempat: 'Setda', kuorum: { pembilang: 1, penyebut: 3, lebihDari: true } });
    expect((await c.call('session:record', { sidangId })).kuorum.terpenuhi).toBe(true);
    await c.call('session:decide', { itemId: items[0]!, hasil: 'ditunda', alasan: 'Menunggu kelengkapan berkas.' });
  });

  it('refuses an impossible quorum rule at the boundary', async () => {
    c = await contextWithDataset(await buildCity(), { now: () => NOW });
    expect(await codeOf(c.call('session:create', {
      nomor: 'S-9', tanggal: '2026-11-23', tempat: 'Setda', anggota: MEMBERS, kuorum: { pembilang: 1, penyebut: 1, lebihDari: true },
    }))).toBe('MASUKAN_TIDAK_VALID');
  });

  it('a vote cast before a member left no longer counts, and the member cannot vote while absent', async () => {
    const { c, sidangId, ids, items } = await session();
    for (const a of ids) await c.call('session:setAttendance', { sidangId, anggotaId: a, hadir: true });
    for (const a of ids) await c.call('session:vote', { itemId: items[0]!, anggotaId: a, pilihan: 'setuju' });
    await c.call('session:setAttendance', { sidangId, anggotaId: ids[3]!, hadir: false });
    const rec = await c.call('session:record', { sidangId });
    expect(rec.items[0]!.rekap).toEqual({ setuju: 3, tidakSetuju: 0, abstain: 0, belum: 0, berhak: 3 });
    expect(await codeOf(c.call('session:vote', { itemId: items[0]!, anggotaId: ids[3]!, pilihan: 'abstain' }))).toBe('ANGGOTA_TIDAK_HADIR');
    // Voting again replaces the choice.
    await c.call('session:vote', { itemId: items[0]!, anggotaId: ids[0]!, pilihan: 'tidak_setuju', catatan: 'Berubah setelah diskusi' });
    const again = await c.call('session:record', { sidangId });
    expect(again.items[0]!.rekap).toMatchObject({ setuju: 2, tidakSetuju: 1 });
    expect(again.items[0]!.suara.find((s) => s.anggotaId === ids[0])?.catatan).toBe('Berubah setelah diskusi');
  });

  it('a recommendation names one of the requested posts; a vacant-post item is decided on its post', async () => {
    const { c, sidangId, ids, items } = await session();
    for (const a of ids) await c.call('session:setAttendance', { sidangId, anggotaId: a, hadir: true });
    expect(await codeOf(c.call('session:decide', {
      itemId: items[0]!, hasil: 'direkomendasikan', jabatanId: 'j-baru-3', alasan: 'Memenuhi seluruh persyaratan jabatan.',
    }))).toBe('KEPUTUSAN_JABATAN_BUKAN_PILIHAN');
    expect(await codeOf(c.call('session:decide', {
      itemId: items[0]!, hasil: 'tidak_direkomendasikan', jabatanId: 'j-baru-0', alasan: 'Belum memenuhi masa jabatan minimal.',
    }))).toBe('KEPUTUSAN_JABATAN_TIDAK_PERLU');
    for (const a of ids) await c.call('session:vote', { itemId: items[0]!, anggotaId: a, pilihan: 'setuju' });
    await c.call('session:decide', {
      itemId: items[0]!, hasil: 'direkomendasikan', jabatanId: 'j-baru-1', alasan: 'Pilihan kedua lebih sesuai kompetensi.', pengakuanPerhatian: ACK,
    });
    expect((await c.call('session:vacantPosts', {})).map((j) => j.id).sort()).toEqual(['j-baru-0', 'j-baru-1', 'j-baru-2', 'j-baru-3', 'j-baru-4']);
    const vacant = (await c.call('session:record', { sidangId })).items[2]!;
    expect(vacant.jabatanLowong?.id).toBe('j-baru-3');
    expect(vacant.pemohon).toBeNull();
    await c.call('session:decide', { itemId: vacant.id, hasil: 'ditunda', alasan: 'Menunggu seleksi terbuka untuk jabatan ini.' });
    expect(await codeOf(c.call('session:removeAgenda', { itemId: vacant.id }))).toBe('AGENDA_SUDAH_DIPUTUSKAN');
    const rec = await c.call('session:record', { sidangId });
    expect(rec.items[0]!.keputusan?.jabatan?.id).toBe('j-baru-1');
    expect(rec.items[0]!.statusPermohonan).toBe('direkomendasikan');
  });

  it('the audit trail carries every row an act wrote, so the chain alone can re-derive the tables', async () => {
    const { c, sidangId, ids, items } = await session();
    for (const a of ids) await c.call('session:setAttendance', { sidangId, anggotaId: a, hadir: true });
    await c.call('session:declareConflict', { itemId: items[1]!, anggotaId: ids[0]!, alasan: 'Kerabat dekat pemohon' });
    await c.call('session:decide', { itemId: items[0]!, hasil: 'ditunda', alasan: 'Menunggu hasil uji kompetensi.' });
    const payloads = c.ctx.dataset().db.all<{ action: string; payload: string }>("SELECT action, payload FROM audit_log WHERE action LIKE 'session.%'");
    expect(payloads.map((p) => p.action)).toEqual([
      'session.buat', 'session.tambah_agenda', 'session.buka', ...ids.map(() => 'session.kehadiran'), 'session.konflik', 'session.keputusan',
    ]);
    const db = c.ctx.dataset().db;
    const last = JSON.parse(payloads.at(-1)!.payload) as { keputusan: Record<string, unknown> };
    expect(last.keputusan).toEqual(db.first('SELECT * FROM keputusan WHERE agenda_item_id = ?', [items[0]!]));
    const buat = JSON.parse(payloads[0]!.payload) as { sidang: Record<string, unknown>; anggota: Record<string, unknown>[] };
    expect({ ...buat.sidang, status: 'berlangsung' }).toEqual(db.first('SELECT * FROM sidang WHERE id = ?', [sidangId]));
    expect(buat.anggota.map((a) => a.nama)).toEqual(MEMBERS.map((m) => m.nama));
  });
});

describe('scheduling', () => {
  it('skips unverified and decided requests; a deferred one returns to "ditunda" when taken off a later agenda', async () => {
    c = await contextWithDataset(await buildCity(), { now: () => NOW });
    c.ctx.dataset().db.run("UPDATE permohonan SET status = 'diajukan' WHERE id = 'p-4'");
    const { id: s1 } = await c.call('session:create', { nomor: 'S-1', tanggal: '2026-11-23', tempat: 'Setda', anggota: MEMBERS });
    expect(await c.call('session:addAgenda', { sidangId: s1, permohonanIds: ['p-0', 'p-4'] })).toMatchObject({ added: 1, skipped: 1 });
    await c.call('session:setStatus', { sidangId: s1, status: 'berlangsung' });
    const rec = await c.call('session:record', { sidangId: s1 });
    for (const a of rec.anggota) await c.call('session:setAttendance', { sidangId: s1, anggotaId: a.anggotaId, hadir: true });
    await c.call('session:decide', { itemId: rec.items[0]!.id, hasil: 'ditunda', alasan: 'Menunggu hasil uji kompetensi.' });
    addSigningIdentity(c.ctx.dataset().db);
    await c.call('session:setStatus', { sidangId: s1, status: 'selesai', password: CLOSE_PASSWORD });

    const { id: s2 } = await c.call('session:create', { nomor: 'S-2', tanggal: '2026-12-10', tempat: 'Setda', anggota: MEMBERS });
    expect(await c.call('session:addAgenda', { sidangId: s2, permohonanIds: ['p-0'] })).toMatchObject({ added: 1, skipped: 0 });
    expect((await c.call('dataset:requestDetail', { id: 'p-0' })).permohonan.status).toBe('dijadwalkan');
    const item = (await c.call('session:record', { sidangId: s2 })).items[0]!;
    await c.call('session:removeAgenda', { itemId: item.id });
    expect((await c.call('dataset:requestDetail', { id: 'p-0' })).permohonan.status).toBe('ditunda');
  });
});
