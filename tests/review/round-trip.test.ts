import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeader, KIND_REVIEW_PACKET } from '../../electron/dataset/bpj-format';
import { verifyChain } from '../../electron/audit/audit-log';
import { APPLICANT, KEY_PASSPHRASE, PACKET_PASSPHRASE, refusal, secretariat, testApp, type TestApp } from './fixture';

const cleanups: (() => void)[] = [];
afterEach(() => { while (cleanups.length) cleanups.pop()!(); });

async function setup() {
  const sec = await secretariat();
  const member = testApp('rahmat');
  cleanups.push(sec.cleanup, member.cleanup);
  return { sec, member };
}

function auditActions(app: TestApp): string[] {
  return app.ctx.dataset().db.all<{ action: string }>('SELECT action FROM audit_log ORDER BY seq').map((r) => r.action);
}

describe('review packet round trip', () => {
  it('export → open as the member → notes → signed response → merge; the session shows questions and a tally', async () => {
    const { sec, member } = await setup();

    // The member creates a key on first use and hands the public key to the secretariat.
    expect((await member.call('review:identity', {})).exists).toBe(false);
    const identity = await member.call('review:createIdentity', { passphrase: KEY_PASSPHRASE });
    expect(identity.publicKey).toMatch(/^bpj-ed25519:[A-Za-z0-9_-]{43}$/);
    expect(identity.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    const reg = await sec.call('review:registerKey', { anggotaId: 'S1-agt-3', nama: 'Rahmat Inspektur', publicKey: identity.publicKey! });
    expect(reg.sidik).toBe(identity.sidik);
    expect(reg.anggotaId).toBe('197404041996031003'); // stored under the NIP: valid for later sessions too

    const packetPath = join(sec.dir, 'paket-rahmat.bpj');
    const { paket } = await sec.via(packetPath)('review:exportPacket', {
      sidangId: 'S1', anggotaId: 'S1-agt-3', kedaluwarsa: '2026-12-01', passphrase: PACKET_PASSPHRASE,
    });
    expect(paket).toMatchObject({ sidangId: 'S1', anggotaId: 'S1-agt-3', jumlah: { agenda: 3, permohonan: 3, pegawai: 3 } });
    expect(parseHeader(readFileSync(packetPath)).kind).toBe(KIND_REVIEW_PACKET);
    const sessions = await sec.call('review:sessions', {});
    expect(sessions.find((s) => s.id === 'S1')!.anggota.find((a) => a.anggotaId === 'S1-agt-3')!.paket).toHaveLength(1);

    // On the member's laptop: review mode, only the packet.
    const info = await member.open(packetPath, PACKET_PASSPHRASE);
    expect(info.mode).toBe('telaah');
    expect(info.counts).toMatchObject({ pegawai: 3, permohonan: 3, sidang: 1 });
    const list = await member.call('dataset:listRequests', {});
    expect(list.rows.map((r) => r.nip).sort()).toEqual(Object.values(APPLICANT).sort());
    const packet = await member.call('review:packetInfo', {});
    expect(packet.anggota).toEqual({ id: 'S1-agt-3', nama: 'Rahmat Inspektur' });
    expect(packet.kunciTerdaftar).toBe(identity.sidik);
    expect(packet.items.map((i) => i.namaLengkap)).toEqual(['Ani Lestari, S.STP', 'Budi Santoso, S.STP', 'Citra Dewi, S.STP']);
    expect(packet.items[0]!.jabatanTujuan).toMatchObject({ id: 'J-LURAH', nama: 'Lurah Penurunan' });

    // Notes are saved into the packet file itself and survive closing and reopening it.
    await member.call('review:saveNote', { agendaItemId: 'A1', catatan: 'CATATAN-PRIBADI: jarak rumah dekat', sikap: 'mendukung', pertanyaan: 'Apakah target layanan 90% realistis?' });
    await member.call('review:saveNote', { agendaItemId: 'A2', catatan: '', sikap: 'ragu', pertanyaan: '' });
    await member.call('review:saveNote', { agendaItemId: 'A3', catatan: 'lihat absensi', sikap: 'tidak_mendukung', pertanyaan: 'Bagaimana riwayat kehadiran 2026?' });
    await member.call('dataset:close', {});
    expect(parseHeader(readFileSync(packetPath)).kind).toBe(KIND_REVIEW_PACKET); // still a packet after saves
    await member.open(packetPath, PACKET_PASSPHRASE);
    const reopened = await member.call('review:packetInfo', {});
    expect(reopened.items[0]).toMatchObject({ catatan: 'CATATAN-PRIBADI: jarak rumah dekat', sikap: 'mendukung' });

    // Packets cannot be re-exported from review mode.
    const again = await refusal(member.via(join(member.dir, 'x.bpj'))('review:exportPacket', {
      sidangId: 'S1', anggotaId: 'S1-agt-3', kedaluwarsa: '2026-12-01', passphrase: PACKET_PASSPHRASE,
    }));
    expect(again.code).toBe('MODE_TELAAH_DITOLAK');

    // The signed response carries stance and questions, never the private notes.
    const responsePath = join(member.dir, 'tanggapan-1.bpjt');
    const { tanggapan } = await member.via(responsePath)('review:exportResponse', { passphrase: KEY_PASSPHRASE });
    expect(tanggapan).toMatchObject({ versi: 1, jumlahPertanyaan: 2, jumlahSikap: 3, sidik: identity.sidik });
    const text = readFileSync(responsePath, 'utf8');
    expect(text).not.toContain('CATATAN-PRIBADI');
    expect(text).not.toContain('lihat absensi');
    expect(JSON.parse(text).isi.items).toHaveLength(3);
    const wrongKeyPass = await refusal(member.via(join(member.dir, 'y.bpjt'))('review:exportResponse', { passphrase: 'bukan-frasa-ini' }));
    expect(wrongKeyPass.code).toBe('IDENTITAS_FRASA_SALAH');

    // Merge at the session.
    const { hasil } = await sec.via(responsePath)('review:importResponse', { sidangId: 'S1' });
    expect(hasil).toMatchObject({ anggotaId: 'S1-agt-3', nama: 'Rahmat Inspektur', versi: 1, jumlahPertanyaan: 2, menggantikanVersi: null });
    const a1 = await sec.call('review:feedback', { agendaItemId: 'A1' });
    expect(a1.tally).toEqual({ mendukung: 1, ragu: 0, tidak_mendukung: 0, belum: 0 });
    expect(a1.pertanyaan).toEqual([expect.objectContaining({ nama: 'Rahmat Inspektur', teks: 'Apakah target layanan 90% realistis?', versi: 1 })]);
    expect(JSON.stringify(a1)).not.toMatch(/"sikap"/); // stances only as a tally, never per member
    const all = await sec.call('review:sessionFeedback', { sidangId: 'S1' });
    expect(all.map((r) => r.feedback.tally)).toEqual([
      { mendukung: 1, ragu: 0, tidak_mendukung: 0, belum: 0 },
      { mendukung: 0, ragu: 1, tidak_mendukung: 0, belum: 0 },
      { mendukung: 0, ragu: 0, tidak_mendukung: 1, belum: 0 },
    ]);

    // The same file again is a duplicate; a newer version supersedes the first.
    expect((await refusal(sec.via(responsePath)('review:importResponse', { sidangId: 'S1' }))).code).toBe('TANGGAPAN_DUPLIKAT');
    member.clock.now = new Date('2026-11-24T03:00:00Z');
    await member.call('review:saveNote', { agendaItemId: 'A2', catatan: '', sikap: 'mendukung', pertanyaan: 'Sudah jelas.' });
    const v2 = join(member.dir, 'tanggapan-2.bpjt');
    expect((await member.via(v2)('review:exportResponse', { passphrase: KEY_PASSPHRASE })).tanggapan!.versi).toBe(2);
    const v3 = join(member.dir, 'tanggapan-3.bpjt');
    expect((await member.via(v3)('review:exportResponse', { passphrase: KEY_PASSPHRASE })).tanggapan!.versi).toBe(3);
    sec.clock.now = new Date('2026-11-24T04:00:00Z');
    expect((await sec.via(v3)('review:importResponse', { sidangId: 'S1' })).hasil!.menggantikanVersi).toBe(1);
    const stale = await refusal(sec.via(v2)('review:importResponse', { sidangId: 'S1' }));
    expect(stale.code).toBe('TANGGAPAN_USANG');
    expect(stale.message).toContain('versi 2');
    expect(stale.message).toContain('versi 3');
    const a2 = await sec.call('review:feedback', { agendaItemId: 'A2' });
    expect(a2.tally).toEqual({ mendukung: 1, ragu: 0, tidak_mendukung: 0, belum: 0 }); // latest only, counted once
    expect(a2.pertanyaan.map((q) => q.teks)).toEqual(['Sudah jelas.']);

    // Every export, import and refusal is in the audit trail, and the chain holds.
    const actions = auditActions(sec);
    expect(actions).toEqual(expect.arrayContaining(['review.kunci.daftar', 'review.paket.ekspor', 'review.tanggapan.impor', 'review.tanggapan.tolak']));
    expect(actions.filter((a) => a === 'review.tanggapan.impor')).toHaveLength(2);
    expect(actions.filter((a) => a === 'review.tanggapan.tolak')).toHaveLength(2);
    expect(verifyChain(sec.ctx.dataset().db).valid).toBe(true);
    const memberActions = auditActions(member);
    expect(memberActions.filter((a) => a === 'review.tanggapan.ekspor')).toHaveLength(3);
    expect(memberActions).toContain('review.catatan.simpan');
    expect(memberActions).toContain('review.tanggapan.ekspor_tolak'); // the wrong key passphrase
  }, 240_000);

  it('a conflicted member is left out of the tally but keeps their questions', async () => {
    const { sec, member } = await setup();
    const identity = await member.call('review:createIdentity', { passphrase: KEY_PASSPHRASE });
    // Sutrisno (S1-agt-1) declared a conflict on A3 in the fixture; here the laptop is his.
    await sec.call('review:registerKey', { anggotaId: 'S1-agt-1', nama: 'Sutrisno Sekda', publicKey: identity.publicKey! });
    const packetPath = join(sec.dir, 'paket-ketua.bpj');
    await sec.via(packetPath)('review:exportPacket', { sidangId: 'S1', anggotaId: 'S1-agt-1', kedaluwarsa: '2026-11-30', passphrase: PACKET_PASSPHRASE });
    await member.open(packetPath, PACKET_PASSPHRASE);
    const info = await member.call('review:packetInfo', {});
    expect(info.items.find((i) => i.agendaItemId === 'A3')!.konflik).toBe(true);
    await member.call('review:saveNote', { agendaItemId: 'A3', catatan: '', sikap: 'mendukung', pertanyaan: 'Saya menyatakan konflik; mohon dicatat.' });
    const path = join(member.dir, 't.bpjt');
    await member.via(path)('review:exportResponse', { passphrase: KEY_PASSPHRASE });
    await sec.via(path)('review:importResponse', { sidangId: 'S1' });
    const a3 = await sec.call('review:feedback', { agendaItemId: 'A3' });
    expect(a3.tally).toEqual({ mendukung: 0, ragu: 0, tidak_mendukung: 0, belum: 0 });
    expect(a3.dikecualikanKonflik).toBe(1);
    expect(a3.pertanyaan).toHaveLength(1);
  }, 60_000);
});
