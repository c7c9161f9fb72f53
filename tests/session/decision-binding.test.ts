import { afterEach, describe, expect, it } from 'vitest';
import { contextWithDataset } from '../support/dataset-context';
import { ACK, buildCity, MEMBERS, NOW, nipOf } from './fixture';
import { toDocSession } from '../../shared/documents/from-session-record';
import { composeRekomendasi } from '../../shared/documents/compose-rekomendasi';
import { composeBeritaAcara } from '../../shared/documents/compose-berita-acara';
import { DEFAULT_DOCUMENT_SETTINGS } from '../../shared/documents/defaults';
import type { ComposedDocument } from '../../shared/documents/blocks';

const textOf = (d: ComposedDocument) => d.blocks.map((b) => JSON.stringify(b)).join('\n').replace(/\\n/g, ' ');

type Ctx = Awaited<ReturnType<typeof contextWithDataset>>;
let c: Ctx | null = null;
afterEach(() => { c?.cleanup(); c = null; });

const errOf = (p: Promise<unknown>) => p.then(() => ({ code: 'no error', message: '' }), (e: { code: string; message: string }) => e);
const codeOf = async (p: Promise<unknown>) => (await errOf(p)).code;

/** Applicant 0 holds III/a and asks for a IV.a post (lowest III/c, one grade tolerated): the pangkat rule fails. */
async function session(aturanKeputusan?: 'mufakat' | 'mayoritas_suara' | 'mayoritas_hadir') {
  const db = await buildCity();
  db.run("UPDATE pegawai SET golongan = 'III/a' WHERE nip = ?", [nipOf(0)]);
  c = await contextWithDataset(db, { now: () => NOW });
  const { id } = await c.call('session:create', { nomor: 'S-1', tanggal: '2026-11-23', tempat: 'Setda', anggota: MEMBERS, aturanKeputusan });
  await c.call('session:addAgenda', { sidangId: id, permohonanIds: ['p-0', 'p-1'] });
  await c.call('session:setStatus', { sidangId: id, status: 'berlangsung' });
  const rec = await c.call('session:record', { sidangId: id });
  const ids = rec.anggota.map((a) => a.anggotaId);
  for (const a of ids) await c.call('session:setAttendance', { sidangId: id, anggotaId: a, hadir: true });
  return { c, sidangId: id, ids, items: rec.items.map((i) => i.id) };
}

const RECOMMEND = { hasil: 'direkomendasikan' as const, jabatanId: 'j-baru-0', alasan: 'Kompetensi teknis sesuai bidang tugas jabatan.' };
const REASON = 'Jabatan lowong sejak Januari dan pelamar satu-satunya yang menguasai layanan kepegawaian unit ini.';

describe('eligibility binds the decision', () => {
  it('refuses an ineligible recommendation, then records it with an exception as its own act, frozen with the decision', async () => {
    const { c, sidangId, ids, items } = await session();
    for (const a of ids) await c.call('session:vote', { itemId: items[0]!, anggotaId: a, pilihan: 'setuju' });
    const refused = await errOf(c.call('session:decide', { itemId: items[0]!, ...RECOMMEND, pengakuanPerhatian: ACK }));
    expect(refused.code).toBe('KELAYAKAN_TIDAK_MEMENUHI');
    expect(refused.message).toContain('Pangkat/golongan sesuai jenjang eselon');

    const exc = { itemId: items[0]!, jabatanId: 'j-baru-0', ruleId: 'pangkat', diusulkanOleh: ids[0]! };
    expect(await codeOf(c.call('session:recordException', { ...exc, alasan: 'karena perlu saja' }))).toBe('PENGECUALIAN_TANPA_ALASAN');
    expect(await codeOf(c.call('session:recordException', { ...exc, ruleId: 'pendidikan', alasan: REASON }))).toBe('PENGECUALIAN_TIDAK_PERLU');
    expect(await codeOf(c.call('session:recordException', { ...exc, jabatanId: 'j-baru-3', alasan: REASON }))).toBe('KEPUTUSAN_JABATAN_BUKAN_PILIHAN');
    await c.call('session:setAttendance', { sidangId, anggotaId: ids[3]!, hadir: false });
    expect(await codeOf(c.call('session:recordException', { ...exc, diusulkanOleh: ids[3]!, alasan: REASON }))).toBe('ANGGOTA_TIDAK_HADIR');
    await c.call('session:setAttendance', { sidangId, anggotaId: ids[3]!, hadir: true });
    await c.call('session:recordException', { ...exc, alasan: REASON });

    // Every perlu_perhatian outcome must be acknowledged.
    expect(await codeOf(c.call('session:decide', { itemId: items[0]!, ...RECOMMEND, pengakuanPerhatian: ['skp'] }))).toBe('KELAYAKAN_PERLU_DIAKUI');
    // A rationale claiming the failed rule is met is refused.
    expect(await codeOf(c.call('session:decide', {
      itemId: items[0]!, ...RECOMMEND, alasan: 'Memenuhi syarat pangkat dan pendidikan.', pengakuanPerhatian: ACK,
    }))).toBe('ALASAN_BERTENTANGAN');
    await c.call('session:decide', { itemId: items[0]!, ...RECOMMEND, pengakuanPerhatian: ACK });

    const rec = await c.call('session:record', { sidangId });
    const k = rec.items[0]!.keputusan!;
    expect(k.statusKelayakan).toBe('tidak_memenuhi');
    expect(k.aturanKeputusan).toBe('mayoritas_hadir');
    expect(k.rekapSaatKeputusan).toEqual({ setuju: 4, tidakSetuju: 0, abstain: 0, belum: 0, berhak: 4 });
    const pangkat = k.hasilAturan.find((r) => r.ruleId === 'pangkat')!;
    expect(pangkat).toMatchObject({ status: 'tidak_memenuhi', pengecualian: { alasan: REASON, diusulkanOleh: ids[0], namaPengusul: MEMBERS[0]!.nama } });
    expect(k.hasilAturan.filter((r) => r.status === 'perlu_perhatian').map((r) => [r.ruleId, r.diakui])).toEqual([['skp', true], ['kompetensi', true]]);
    expect(rec.items[0]!.pengecualian).toHaveLength(1);

    // The exception is its own audit act and carries its whole row.
    const db = c.ctx.dataset().db;
    const entry = db.first<{ payload: string }>("SELECT payload FROM audit_log WHERE action = 'session.pengecualian'")!;
    expect(JSON.parse(entry.payload).pengecualian).toEqual(db.first('SELECT * FROM pengecualian_syarat'));
    const vote = db.first<{ payload: string }>("SELECT payload FROM audit_log WHERE action = 'session.suara' ORDER BY seq DESC LIMIT 1")!;
    expect(JSON.parse(vote.payload).suara).toEqual(db.first('SELECT * FROM suara WHERE anggota_id = ? AND agenda_item_id = ?', [ids.at(-1), items[0]]));
  });

  it('a later parameter change does not rewrite a frozen outcome; a revision re-evaluates and both stay', async () => {
    const { c, sidangId, ids, items } = await session();
    for (const a of ids) await c.call('session:vote', { itemId: items[0]!, anggotaId: a, pilihan: 'setuju' });
    await c.call('session:recordException', { itemId: items[0]!, jabatanId: 'j-baru-0', ruleId: 'pangkat', diusulkanOleh: ids[1]!, alasan: REASON });
    await c.call('session:decide', { itemId: items[0]!, ...RECOMMEND, pengakuanPerhatian: ACK });
    await c.call('compare:setConfig', { values: { 'pangkat.min.IV.a': 'III/a' }, alasan: 'Kebijakan daerah baru tentang jenjang pangkat.' });
    let rec = await c.call('session:record', { sidangId });
    expect(rec.items[0]!.keputusan!.hasilAturan.find((r) => r.ruleId === 'pangkat')!.status).toBe('tidak_memenuhi');
    expect((await c.call('session:eligibility', { itemId: items[0]!, jabatanId: 'j-baru-0' })).hasil.find((r) => r.ruleId === 'pangkat')!.status).toBe('memenuhi');
    await c.call('session:decide', {
      itemId: items[0]!, ...RECOMMEND, alasanRevisi: 'Dinilai ulang dengan jenjang pangkat yang baru.', pengakuanPerhatian: ACK,
    });
    rec = await c.call('session:record', { sidangId });
    expect(rec.items[0]!.riwayat.map((v) => [v.versi, v.statusKelayakan, v.hasilAturan.find((r) => r.ruleId === 'pangkat')!.status])).toEqual([
      [1, 'tidak_memenuhi', 'tidak_memenuhi'], [2, 'perlu_perhatian', 'memenuhi'],
    ]);
  });
});

describe('documents state the frozen outcomes', () => {
  it('the rekomendasi prints the exception in Pertimbangan; the berita acara the rule, quorum note and proposer', async () => {
    const { c, sidangId, ids, items } = await session();
    for (const a of ids) await c.call('session:vote', { itemId: items[0]!, anggotaId: a, pilihan: 'setuju' });
    await c.call('session:recordException', { itemId: items[0]!, jabatanId: 'j-baru-0', ruleId: 'pangkat', diusulkanOleh: ids[0]!, alasan: REASON });
    await c.call('session:decide', { itemId: items[0]!, ...RECOMMEND, pengakuanPerhatian: ACK });
    await c.call('session:decide', { itemId: items[1]!, hasil: 'ditunda', alasan: 'Menunggu hasil uji kompetensi.' });
    const doc = toDocSession(await c.call('session:record', { sidangId }));
    const head = { seq: 1, hash: '0'.repeat(64) };
    const rek = textOf(composeRekomendasi(doc, DEFAULT_DOCUMENT_SETTINGS, head));
    expect(rek).toContain(`tidak memenuhi syarat pangkat — dikecualikan karena ${REASON.slice(0, -1)}`);
    expect(rek).toContain('Pertimbangan sidang: Kompetensi teknis sesuai bidang tugas jabatan.');
    const ba = textOf(composeBeritaAcara(doc, DEFAULT_DOCUMENT_SETTINGS, head));
    expect(ba).toContain('suara setuju lebih dari separuh anggota hadir yang berhak memberikan suara');
    expect(ba).toContain('termasuk anggota yang menyatakan konflik kepentingan');
    expect(ba).toContain(`(diusulkan oleh ${MEMBERS[0]!.nama})`);
  });
});

describe('decision rule of the session', () => {
  it('refuses a record while votes are pending until the chair closes the vote; 1-0-3 does not carry under "members present"', async () => {
    const { c, sidangId, ids, items } = await session();
    await c.call('session:vote', { itemId: items[1]!, anggotaId: ids[0]!, pilihan: 'setuju' });
    const pending = await errOf(c.call('session:decide', { itemId: items[1]!, hasil: 'tidak_direkomendasikan', alasan: 'Pelamar lain lebih sesuai.' }));
    expect(pending).toMatchObject({ code: 'SUARA_MASIH_BELUM' });
    expect(pending.message).toContain('3 dari 4');
    expect(await codeOf(c.call('session:closeVoting', { itemId: items[1]!, anggotaId: ids[1]! }))).toBe('TUTUP_SUARA_BUKAN_KETUA');
    for (const a of ids.slice(1)) await c.call('session:vote', { itemId: items[1]!, anggotaId: a, pilihan: 'abstain' });
    const tally = await errOf(c.call('session:decide', { itemId: items[1]!, hasil: 'direkomendasikan', jabatanId: 'j-baru-1', alasan: 'Kompetensi teknis sesuai.', pengakuanPerhatian: ACK }));
    expect(tally.code).toBe('SUARA_TIDAK_MENDUKUNG_HADIR');
    expect(tally.message).toContain('setuju 1, tidak setuju 0, abstain 3');

    // Pending votes on another item: the chair closes the vote, then the record goes through.
    await c.call('session:recordException', { itemId: items[0]!, jabatanId: 'j-baru-0', ruleId: 'pangkat', diusulkanOleh: ids[0]!, alasan: REASON });
    for (const a of ids.slice(0, 3)) await c.call('session:vote', { itemId: items[0]!, anggotaId: a, pilihan: 'setuju' });
    expect(await codeOf(c.call('session:decide', { itemId: items[0]!, ...RECOMMEND, pengakuanPerhatian: ACK }))).toBe('SUARA_MASIH_BELUM');
    await c.call('session:closeVoting', { itemId: items[0]!, anggotaId: ids[0]! });
    expect(await codeOf(c.call('session:vote', { itemId: items[0]!, anggotaId: ids[3]!, pilihan: 'setuju' }))).toBe('TUTUP_SUARA_SUDAH');
    await c.call('session:decide', { itemId: items[0]!, ...RECOMMEND, pengakuanPerhatian: ACK });
    const rec = await c.call('session:record', { sidangId });
    expect(rec.items[0]!.pemungutanDitutup?.anggotaId).toBe(ids[0]);
    expect(rec.sidang.aturanKeputusan).toBe('mayoritas_hadir');
  });

  it('majority of votes cast carries 1-0-3; mufakat takes no votes and records without them', async () => {
    const s = await session('mayoritas_suara');
    await s.c.call('session:vote', { itemId: s.items[1]!, anggotaId: s.ids[0]!, pilihan: 'setuju' });
    for (const a of s.ids.slice(1)) await s.c.call('session:vote', { itemId: s.items[1]!, anggotaId: a, pilihan: 'abstain' });
    await s.c.call('session:decide', { itemId: s.items[1]!, hasil: 'direkomendasikan', jabatanId: 'j-baru-1', alasan: 'Kompetensi teknis sesuai.', pengakuanPerhatian: ACK });
    s.c.cleanup();

    const m = await session('mufakat');
    expect(await codeOf(m.c.call('session:vote', { itemId: m.items[1]!, anggotaId: m.ids[0]!, pilihan: 'setuju' }))).toBe('SUARA_SIDANG_MUFAKAT');
    expect(await codeOf(m.c.call('session:closeVoting', { itemId: m.items[1]!, anggotaId: m.ids[0]! }))).toBe('SUARA_SIDANG_MUFAKAT');
    await m.c.call('session:decide', { itemId: m.items[1]!, hasil: 'direkomendasikan', jabatanId: 'j-baru-1', alasan: 'Disepakati secara musyawarah.', pengakuanPerhatian: ACK });
    expect((await m.c.call('session:record', { sidangId: m.sidangId })).items[1]!.keputusan!.aturanKeputusan).toBe('mufakat');
  });
});

describe('membership', () => {
  it('refuses a second sekretaris, edits a role only before the start, and needs one of each to start', async () => {
    c = await contextWithDataset(await buildCity(), { now: () => NOW });
    const { id } = await c.call('session:create', { nomor: 'S-2', tanggal: '2026-11-23', tempat: 'Setda', anggota: MEMBERS.slice(0, 1) });
    await c.call('session:addMember', { sidangId: id, anggota: { nama: 'Sekretaris Satu', peran: 'sekretaris' } });
    const { anggotaId: a2 } = await c.call('session:addMember', { sidangId: id, anggota: { nama: 'Anggota Dua', peran: 'anggota' } });
    for (const n of ['Dua', 'Tiga', 'Empat']) {
      expect(await codeOf(c.call('session:addMember', { sidangId: id, anggota: { nama: `Sekretaris ${n}`, peran: 'sekretaris' } }))).toBe('SIDANG_SEKRETARIS_TIDAK_TUNGGAL');
    }
    expect(await codeOf(c.call('session:setMemberRole', { sidangId: id, anggotaId: a2, peran: 'sekretaris' }))).toBe('SIDANG_SEKRETARIS_TIDAK_TUNGGAL');
    expect(await codeOf(c.call('session:create', {
      nomor: 'S-3', tanggal: '2026-11-23', tempat: 'Setda', anggota: [MEMBERS[0]!, MEMBERS[1]!, { ...MEMBERS[2]!, peran: 'sekretaris' }],
    }))).toBe('SIDANG_SEKRETARIS_TIDAK_TUNGGAL');
    const rec = await c.call('session:record', { sidangId: id });
    const sek = rec.anggota.find((a) => a.peran === 'sekretaris')!.anggotaId;
    await c.call('session:setMemberRole', { sidangId: id, anggotaId: sek, peran: 'anggota' });
    expect(await codeOf(c.call('session:setStatus', { sidangId: id, status: 'berlangsung' }))).toBe('SIDANG_SEKRETARIS_TIDAK_TUNGGAL');
    await c.call('session:setMemberRole', { sidangId: id, anggotaId: a2, peran: 'sekretaris' });
    await c.call('session:setStatus', { sidangId: id, status: 'berlangsung' });
    expect(await codeOf(c.call('session:setMemberRole', { sidangId: id, anggotaId: sek, peran: 'sekretaris' }))).toBe('PERAN_TERKUNCI');
    expect((await c.call('session:record', { sidangId: id })).anggota.map((a) => a.peran)).toEqual(['ketua', 'anggota', 'sekretaris']);
  });
});

describe('one post, one person', () => {
  it('refuses recommending a post the session already recommended for someone else, until that decision is revised', async () => {
    c = await contextWithDataset(await buildCity(), { now: () => NOW });
    const { id } = await c.call('session:create', { nomor: 'S-2', tanggal: '2026-11-23', tempat: 'Setda', anggota: MEMBERS, aturanKeputusan: 'mufakat' });
    // p-1 asks j-baru-1 then j-baru-2; p-2 asks j-baru-2 then j-baru-3: both may be recommended to j-baru-2.
    await c.call('session:addAgenda', { sidangId: id, permohonanIds: ['p-1', 'p-2'] });
    await c.call('session:setStatus', { sidangId: id, status: 'berlangsung' });
    const rec = await c.call('session:record', { sidangId: id });
    for (const a of rec.anggota) await c.call('session:setAttendance', { sidangId: id, anggotaId: a.anggotaId, hadir: true });
    const [first, second] = rec.items.map((i) => i.id);
    const to = (itemId: string, jabatanId: string, alasanRevisi: string | null = null) => c!.call('session:decide', {
      itemId, hasil: 'direkomendasikan', jabatanId, alasan: 'Kompetensi teknis sesuai bidang tugas jabatan.', alasanRevisi, pengakuanPerhatian: ACK,
    });
    await to(first!, 'j-baru-2');
    const refused = await errOf(to(second!, 'j-baru-2'));
    expect(refused.code).toBe('JABATAN_SUDAH_DIREKOMENDASIKAN');
    expect(refused.message).toContain('butir 1');
    expect((await c.call('session:record', { sidangId: id })).items[1]!.keputusan).toBeNull();
    // Once the first decision moves to the applicant's other post, the second may have it.
    await to(first!, 'j-baru-1', 'Dialihkan ke pilihan pertama pemohon setelah pembahasan.');
    await to(second!, 'j-baru-2');
    const after = await c.call('session:record', { sidangId: id });
    expect(after.items.map((i) => i.keputusan?.jabatan?.id)).toEqual(['j-baru-1', 'j-baru-2']);
  });
});
