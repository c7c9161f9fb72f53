import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPairSync, sign } from 'node:crypto';
import { createIdentity, fingerprintOf, publicKeyText } from '../../electron/review/identity';
import { exportPacket } from '../../electron/review/packet-export';
import { signedBytes } from '../../electron/review/response-export';
import { formatError } from '../../shared/errors';
import { TEST_KDF } from '../support/dataset-context';
import { KEY_PASSPHRASE, NOW, PACKET_PASSPHRASE, refusal, secretariat, testApp } from './fixture';

const cleanups: (() => void)[] = [];
afterEach(() => { while (cleanups.length) cleanups.pop()!(); });

/** Secretariat with Rahmat's key registered and a packet of `sidangId` for him, opened on his laptop. */
async function issued(sidangId = 'S1', kedaluwarsa = '2026-12-01') {
  const sec = await secretariat();
  const member = testApp('rahmat');
  cleanups.push(sec.cleanup, member.cleanup);
  const identity = await createIdentity(join(member.dir, 'userdata'), KEY_PASSPHRASE, NOW.toISOString(), TEST_KDF);
  await sec.call('review:registerKey', { anggotaId: `${sidangId}-agt-3`, nama: 'Rahmat Inspektur', publicKey: identity.publicKey });
  const path = join(sec.dir, `paket-${sidangId}.bpj`);
  const paket = await exportPacket(sec.ctx.dataset(), { sidangId, anggotaId: `${sidangId}-agt-3`, kedaluwarsa, passphrase: PACKET_PASSPHRASE, path },
    { now: sec.clock.now, actor: 'sekretariat', kdf: TEST_KDF });
  return { sec, member, identity, path, paket };
}

async function respond(member: ReturnType<typeof testApp>, packetPath: string, name = 'tanggapan.bpjt'): Promise<string> {
  await member.open(packetPath, PACKET_PASSPHRASE);
  const items = (await member.call('review:packetInfo', {})).items;
  await member.call('review:saveNote', { agendaItemId: items[0]!.agendaItemId, catatan: 'pribadi', sikap: 'ragu', pertanyaan: 'Bagaimana capaian target tahun lalu?' });
  const out = join(member.dir, name);
  await member.via(out)('review:exportResponse', { passphrase: KEY_PASSPHRASE });
  return out;
}

function refusalsIn(sec: Awaited<ReturnType<typeof secretariat>>): { kode: string }[] {
  return sec.ctx.dataset().db.all<{ payload: string }>("SELECT payload FROM audit_log WHERE action = 'review.tanggapan.tolak' ORDER BY seq")
    .map((r) => JSON.parse(r.payload));
}

describe('refusals, each with its own message', () => {
  it('a packet past its expiry does not open; on its last day it does', async () => {
    const { member, path } = await issued('S1', '2026-11-30');
    member.clock.now = new Date('2026-11-30T16:59:00Z'); // 23:59 WIB on the last day
    expect((await member.open(path, PACKET_PASSPHRASE)).mode).toBe('telaah');
    expect((await member.call('review:packetInfo', {})).kedaluwarsa).toBe('2026-11-30');
    member.clock.now = new Date('2026-11-30T17:00:00Z'); // 00:00 WIB the day after
    // Left open across midnight: the member's channels stop too.
    const late = await refusal(member.call('review:saveNote', { agendaItemId: 'A1', catatan: '', sikap: null, pertanyaan: '' }));
    expect(late.code).toBe('PAKET_KEDALUWARSA');
    await member.call('dataset:close', {});
    const r = await refusal(member.open(path, PACKET_PASSPHRASE));
    expect(r.code).toBe('PAKET_KEDALUWARSA');
    expect(r.message).toBe(formatError('PAKET_KEDALUWARSA', { tanggal: '30 November 2026' }, 'id'));
    expect(member.ctx.current).toBeNull(); // nothing of it stays open
    expect((await member.call('dataset:status', {})).open).toBe(false);
  });

  it('an expiry in the past or too far ahead is refused at export, and audited', async () => {
    const { sec } = await issued();
    const r = await refusal(sec.via(join(sec.dir, 'x.bpj'))('review:exportPacket', { sidangId: 'S1', anggotaId: 'S1-agt-3', kedaluwarsa: '2026-11-23', passphrase: PACKET_PASSPHRASE }));
    expect(r.code).toBe('KEDALUWARSA_TIDAK_SAH');
    const weak = await refusal(sec.via(join(sec.dir, 'x.bpj'))('review:exportPacket', { sidangId: 'S1', anggotaId: 'S1-agt-3', kedaluwarsa: '2026-12-10', passphrase: 'pendek' }));
    expect(weak.code).toBe('FRASA_SANDI_TERLALU_LEMAH');
    const notMember = await refusal(sec.via(join(sec.dir, 'x.bpj'))('review:exportPacket', { sidangId: 'S1', anggotaId: 'S2-agt-2', kedaluwarsa: '2026-12-10', passphrase: PACKET_PASSPHRASE }));
    expect(notMember.code).toBe('BUKAN_ANGGOTA_SIDANG');
    const audited = sec.ctx.dataset().db.all<{ payload: string }>("SELECT payload FROM audit_log WHERE action = 'review.paket.tolak'");
    expect(audited.map((a) => JSON.parse(a.payload).kode)).toEqual(['KEDALUWARSA_TIDAK_SAH', 'FRASA_SANDI_TERLALU_LEMAH', 'BUKAN_ANGGOTA_SIDANG']);
  });

  it('a response signed by an unknown key', async () => {
    const { sec, member, path } = await issued();
    const good = JSON.parse(readFileSync(await respond(member, path), 'utf8'));
    // Someone else's key signs the same content correctly: the signature verifies, but not under the registered key.
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const forged = { ...good, kunci: publicKeyText(publicKey), sidik: fingerprintOf(publicKeyText(publicKey)),
      tandaTangan: sign(null, signedBytes(good.isi), privateKey).toString('base64') };
    const forgedPath = join(member.dir, 'palsu.bpjt');
    writeFileSync(forgedPath, JSON.stringify(forged));
    const r = await refusal(sec.via(forgedPath)('review:importResponse', { sidangId: 'S1' }));
    expect(r.code).toBe('TANGGAPAN_KUNCI_TIDAK_DIKENAL');
    expect(r.message).toContain('S1-agt-3');
    expect(refusalsIn(sec).map((x) => x.kode)).toEqual(['TANGGAPAN_KUNCI_TIDAK_DIKENAL']);
    expect(sec.ctx.dataset().db.value('SELECT COUNT(*) FROM tanggapan_telaah')).toBe(0);
  });

  it('a response from a member whose key was never registered', async () => {
    const sec = await secretariat();
    const member = testApp('siti');
    cleanups.push(sec.cleanup, member.cleanup);
    await createIdentity(join(member.dir, 'userdata'), KEY_PASSPHRASE, NOW.toISOString(), TEST_KDF);
    const path = join(sec.dir, 'paket-siti.bpj');
    // Exporting before the key is registered is allowed (the key is often made on first opening the packet)…
    await exportPacket(sec.ctx.dataset(), { sidangId: 'S1', anggotaId: 'S1-agt-2', kedaluwarsa: '2026-12-01', passphrase: PACKET_PASSPHRASE, path },
      { now: NOW, actor: 'sekretariat', kdf: TEST_KDF });
    const response = await respond(member, path);
    // …but the response is refused until the secretariat registers it.
    const r = await refusal(sec.via(response)('review:importResponse', { sidangId: 'S1' }));
    expect(r.code).toBe('TANGGAPAN_KUNCI_TIDAK_DIKENAL');
    expect(refusalsIn(sec).map((x) => x.kode)).toEqual(['TANGGAPAN_KUNCI_TIDAK_DIKENAL']);
  });

  it('a response with one flipped byte', async () => {
    const { sec, member, path } = await issued();
    const file = readFileSync(await respond(member, path));
    const at = file.indexOf(Buffer.from('capaian'));
    expect(at).toBeGreaterThan(0);
    file[at] = file[at]! ^ 0x01; // 'c' → 'b': still valid JSON, no longer what was signed
    const flipped = join(member.dir, 'berubah.bpjt');
    writeFileSync(flipped, file);
    const r = await refusal(sec.via(flipped)('review:importResponse', { sidangId: 'S1' }));
    expect(r.code).toBe('TANGGAPAN_TANDA_TANGAN_TIDAK_SAH');
    expect(r.message).toContain('berubah.bpjt');
    // A flip that breaks the JSON is refused as a damaged file instead.
    const broken = readFileSync(flipped);
    broken[0] = 0x5b; // '{' → '['
    writeFileSync(flipped, broken);
    expect((await refusal(sec.via(flipped)('review:importResponse', { sidangId: 'S1' }))).code).toBe('TANGGAPAN_RUSAK');
    expect(refusalsIn(sec).map((x) => x.kode)).toEqual(['TANGGAPAN_TANDA_TANGAN_TIDAK_SAH', 'TANGGAPAN_RUSAK']);
    expect(sec.ctx.dataset().db.value('SELECT COUNT(*) FROM tanggapan_telaah')).toBe(0);
  });

  it('a response for another session', async () => {
    const { sec, member, identity } = await issued('S1');
    // The same member also sits in S2 (as S2-agt-3, same NIP, so the same registered key).
    const p2 = join(sec.dir, 'paket-S2.bpj');
    await exportPacket(sec.ctx.dataset(), { sidangId: 'S2', anggotaId: 'S2-agt-3', kedaluwarsa: '2026-12-01', passphrase: PACKET_PASSPHRASE, path: p2 },
      { now: NOW, actor: 'sekretariat', kdf: TEST_KDF });
    expect(identity.publicKey).toBeTruthy();
    const response = await respond(member, p2);
    const r = await refusal(sec.via(response)('review:importResponse', { sidangId: 'S1' }));
    expect(r.code).toBe('TANGGAPAN_SIDANG_LAIN');
    expect(r.message).toContain('800/02/BPJ/2026');
    expect(r.message).toContain('800/01/BPJ/2026');
    // Into its own session it merges.
    expect((await sec.via(response)('review:importResponse', { sidangId: 'S2' })).hasil!.versi).toBe(1);
    expect(refusalsIn(sec)).toEqual([expect.objectContaining({ kode: 'TANGGAPAN_SIDANG_LAIN', sidangId: 'S1', berkas: 'tanggapan.bpjt' })]);
  });

  it('the four refusals have four different messages', () => {
    const msgs = [
      formatError('PAKET_KEDALUWARSA', { tanggal: '30 November 2026' }, 'id'),
      formatError('TANGGAPAN_KUNCI_TIDAK_DIKENAL', { anggotaId: 'x', sidik: 'y' }, 'id'),
      formatError('TANGGAPAN_TANDA_TANGAN_TIDAK_SAH', { berkas: 'z' }, 'id'),
      formatError('TANGGAPAN_SIDANG_LAIN', { sidangTanggapan: 'a', nomor: 'b' }, 'id'),
    ];
    expect(new Set(msgs).size).toBe(4);
    for (const m of msgs) expect(m).not.toMatch(/Terjadi kesalahan/);
  });

  it('a key replaced by the secretariat makes the old key unknown; replacing needs an explicit flag', async () => {
    const { sec, member, path } = await issued();
    const response = await respond(member, path);
    const other = publicKeyText(generateKeyPairSync('ed25519').publicKey);
    const noFlag = await refusal(sec.call('review:registerKey', { anggotaId: 'S1-agt-3', nama: 'Rahmat Inspektur', publicKey: other }));
    expect(noFlag.code).toBe('KUNCI_SUDAH_TERDAFTAR');
    expect((await sec.call('review:registerKey', { anggotaId: 'S1-agt-3', nama: 'Rahmat Inspektur', publicKey: other, ganti: true })).diganti).toBe(true);
    expect((await refusal(sec.via(response)('review:importResponse', { sidangId: 'S1' }))).code).toBe('TANGGAPAN_KUNCI_TIDAK_DIKENAL');
    const bad = await refusal(sec.call('review:registerKey', { anggotaId: 'S1-agt-2', nama: 'Siti', publicKey: other }));
    expect(bad.code).toBe('KUNCI_DIPAKAI_ANGGOTA_LAIN');
    expect((await refusal(sec.call('review:registerKey', { anggotaId: 'S1-agt-2', nama: 'Siti', publicKey: 'bpj-ed25519:abc' }))).code).toBe('KUNCI_PUBLIK_TIDAK_SAH');
  });
});
