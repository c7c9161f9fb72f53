import { afterEach, describe, expect, it } from 'vitest';
import { contextWithDataset } from '../support/dataset-context';
import { applySessionDelta, type SessionDelta } from '../../shared/session/record-delta';
import type { SessionRecord } from '../../shared/session/model';
import { ACK, addSigningIdentity, buildCity, CLOSE_PASSWORD, MEMBERS, NOW, nipOf } from './fixture';

type Ctx = Awaited<ReturnType<typeof contextWithDataset>>;
let c: Ctx | null = null;
afterEach(() => { c?.cleanup(); c = null; });

/**
 * Every session act answers with what it changed: the record the screen holds, with the answer
 * merged, is exactly what a fresh session:record reads. One call per act, nothing re-read.
 */
describe('each session act answers with its delta', () => {
  it('merging every act\'s answer gives the record main holds, from the first member to the close', async () => {
    c = await contextWithDataset(await buildCity(), { now: () => NOW });
    const call = c.call;
    const { id: sidangId } = await call('session:create', { nomor: '800/12/BPJ/XI/2026', tanggal: '2026-11-23', tempat: 'Setda', anggota: MEMBERS.slice(0, 3) });
    let rec: SessionRecord = await call('session:record', { sidangId });
    /** Merges the act's answer and checks it against what main now holds; `only` names the parts the delta must carry. */
    const step = async <T extends { delta: SessionDelta }>(act: Promise<T>, only: { header: boolean; items: number; order: boolean }) => {
      const out = await act;
      expect({ header: out.delta.header !== null, items: out.delta.items.length, order: out.delta.order !== null }).toEqual(only);
      rec = applySessionDelta(rec, out.delta);
      expect(rec).toEqual(await call('session:record', { sidangId }));
      return out;
    };

    const { anggotaId: kadinkes } = await step(call('session:addMember', { sidangId, anggota: MEMBERS[3]! }), { header: true, items: 0, order: true });
    await step(call('session:update', { sidangId, nomor: '800/13/BPJ/XI/2026', tanggal: '2026-11-24', tempat: 'Setda', kuorum: { pembilang: 1, penyebut: 2, lebihDari: true } }),
      { header: true, items: 0, order: false });
    const added = await step(call('session:addAgendaFromFilter', { sidangId, filter: { statuses: ['diverifikasi'] }, limit: 4 }), { header: false, items: 4, order: true });
    expect([added.added, added.skipped]).toEqual([4, 1]);
    await step(call('session:addAgenda', { sidangId, permohonanIds: ['p-0', 'p-1', 'p-2', 'p-3', 'p-4'], jabatanIds: ['j-baru-4'] }), { header: false, items: 2, order: true });
    const [first, second, third] = rec.items.map((i) => i.id) as [string, string, string];
    await step(call('session:moveAgenda', { itemId: third, arah: 'naik' }), { header: false, items: 0, order: true });
    await step(call('session:removeAgenda', { itemId: second }), { header: false, items: 0, order: true });
    const anggota = rec.anggota.map((a) => a.anggotaId) as [string, string, string, string];
    await step(call('session:setMemberRole', { sidangId, anggotaId: anggota[2], peran: 'anggota' }), { header: true, items: 5, order: true });
    await step(call('session:removeMember', { sidangId, anggotaId: kadinkes }), { header: true, items: 5, order: true });
    await step(call('session:addMember', { sidangId, anggota: MEMBERS[3]! }), { header: true, items: 5, order: true });
    await step(call('session:setStatus', { sidangId, status: 'berlangsung' }), { header: true, items: 5, order: true });
    const [ketua, sekretaris, inspektur, dinkes] = rec.anggota.map((a) => a.anggotaId) as [string, string, string, string];
    for (const a of [ketua, sekretaris, inspektur, dinkes]) await step(call('session:setAttendance', { sidangId, anggotaId: a, hadir: true }), { header: true, items: 5, order: true });
    const item = { header: false, items: 1, order: false };
    await step(call('session:setNotes', { itemId: first, catatan: 'Dibahas bersama pimpinan unit.' }), item);
    await step(call('session:declareConflict', { itemId: first, anggotaId: dinkes, alasan: 'Satu unit kerja dengan pemohon' }), item);
    await step(call('session:withdrawConflict', { itemId: first, anggotaId: dinkes }), item);
    await step(call('session:declareConflict', { itemId: first, anggotaId: inspektur, alasan: 'Atasan langsung pemohon' }), item);
    for (const a of [ketua, sekretaris]) await step(call('session:vote', { itemId: first, anggotaId: a, pilihan: 'setuju' }), item);
    await step(call('session:vote', { itemId: first, anggotaId: dinkes, pilihan: 'abstain', catatan: 'Belum yakin' }), item);
    await step(call('session:closeVoting', { itemId: first, anggotaId: ketua }), item);
    const post = rec.items.find((i) => i.id === first)!.pilihan[0]!.id;
    const decided = await step(call('session:decide', {
      itemId: first, hasil: 'direkomendasikan', jabatanId: post, alasan: 'Memenuhi syarat pangkat, pendidikan dan kinerja.', pengakuanPerhatian: ACK,
      targetBaru: [{ indikator: 'Waktu layanan mutasi', nilaiTarget: 5, satuan: 'hari', tenggat: '2027-05-31', denganPakta: true }],
    }), item);
    expect(decided.versi).toBe(1);
    // The decision set the request's status and its pledged target on the item that came back.
    expect(rec.items.find((i) => i.id === first)).toMatchObject({ statusPermohonan: 'direkomendasikan', target: [{ indikator: 'Waktu layanan mutasi' }] });
    await step(call('session:recordMendagriApproval', { sidangId, nomor: '100.2.2.6/1234/OTDA', tanggal: '2026-11-20' }), { header: true, items: 0, order: false });
    for (const it of rec.items.filter((i) => !i.keputusan)) {
      await step(call('session:decide', { itemId: it.id, hasil: 'ditunda', alasan: 'Menunggu hasil uji kompetensi.' }), item);
    }
    addSigningIdentity(c.ctx.dataset().db);
    await step(call('session:setStatus', { sidangId, status: 'selesai', password: CLOSE_PASSWORD }), { header: true, items: 5, order: true });
    expect(rec.sidang.status).toBe('selesai');
  });

  it('an exception is its own act and comes back on its item; a delta about another session changes nothing', async () => {
    const db = await buildCity();
    db.run("UPDATE pegawai SET golongan = 'III/a' WHERE nip = ?", [nipOf(1)]); // below the post's minimum: the pangkat rule fails
    c = await contextWithDataset(db, { now: () => NOW });
    const { id: sidangId } = await c.call('session:create', { nomor: 'S-1', tanggal: '2026-11-23', tempat: 'Setda', anggota: MEMBERS });
    await c.call('session:addAgenda', { sidangId, permohonanIds: ['p-0', 'p-1'] });
    await c.call('session:setStatus', { sidangId, status: 'berlangsung' });
    let rec = await c.call('session:record', { sidangId });
    for (const a of rec.anggota) await c.call('session:setAttendance', { sidangId, anggotaId: a.anggotaId, hadir: true });
    rec = await c.call('session:record', { sidangId });
    const it = rec.items[1]!;
    const out = await c.call('session:recordException', {
      itemId: it.id, jabatanId: it.pilihan[0]!.id, ruleId: 'pangkat', diusulkanOleh: rec.anggota[0]!.anggotaId,
      alasan: 'Penilaian kinerja tahun berjalan belum terbit; rapat sepakat memberi pengecualian.',
    });
    expect(out.delta.items.map((i) => i.id)).toEqual([it.id]);
    rec = applySessionDelta(rec, out.delta);
    expect(rec).toEqual(await c.call('session:record', { sidangId }));
    expect(rec.items[1]!.pengecualian.map((p) => p.ruleId)).toEqual(['pangkat']);
    expect(applySessionDelta(rec, { ...out.delta, sidangId: 'sdg-lain', items: [] })).toBe(rec);
  });
});
