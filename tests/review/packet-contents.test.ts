import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { open as openBpj, KIND_REVIEW_PACKET } from '../../electron/dataset/bpj-format';
import { Database } from '../../electron/dataset/database';
import { createIdentity } from '../../electron/review/identity';
import { exportPacket } from '../../electron/review/packet-export';
import { TEST_KDF } from '../support/dataset-context';
import { APPLICANT, KEY_PASSPHRASE, NOW, OUTSIDER, OUTSIDER_NAMES, PACKET_PASSPHRASE, secretariat, testApp } from './fixture';

const cleanups: (() => void)[] = [];
afterEach(() => { while (cleanups.length) cleanups.pop()!(); });

/** Every text cell of every table of the image, with where it was found. */
function allCells(db: Database): { table: string; value: string }[] {
  const tables = db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  return tables.flatMap(({ name }) => db.all<Record<string, unknown>>(`SELECT * FROM ${name}`)
    .flatMap((row) => Object.values(row).filter((v): v is string => typeof v === 'string').map((value) => ({ table: name, value }))));
}

describe('what a packet holds', () => {
  it('only the agenda\'s requests, their applicants and the posts; nobody else (checked by decrypting it)', async () => {
    const sec = await secretariat();
    const member = testApp('rahmat');
    cleanups.push(sec.cleanup, member.cleanup);
    const identity = await createIdentity(join(member.dir, 'userdata'), KEY_PASSPHRASE, NOW.toISOString(), TEST_KDF);
    await sec.call('review:registerKey', { anggotaId: 'S1-agt-3', nama: 'Rahmat Inspektur', publicKey: identity.publicKey });
    const path = join(sec.dir, 'paket.bpj');
    const summary = await exportPacket(sec.ctx.dataset(), { sidangId: 'S1', anggotaId: 'S1-agt-3', kedaluwarsa: '2026-12-01', passphrase: PACKET_PASSPHRASE, path },
      { now: NOW, actor: 'sekretariat', kdf: TEST_KDF });

    const { header, plaintext } = await openBpj(readFileSync(path), PACKET_PASSPHRASE);
    expect(header.kind).toBe(KIND_REVIEW_PACKET);
    const db = await Database.create(plaintext);
    try {
      const nips = db.all<{ nip: string }>('SELECT nip FROM pegawai ORDER BY nip').map((r) => r.nip);
      expect(nips).toEqual(Object.values(APPLICANT).sort());
      expect(db.all<{ id: string }>('SELECT id FROM permohonan ORDER BY id').map((r) => r.id)).toEqual(['R1', 'R2', 'R3']);
      expect(db.all<{ id: string }>('SELECT id FROM agenda_item ORDER BY id').map((r) => r.id)).toEqual(['A1', 'A2', 'A3']);
      expect(db.all<{ id: string }>('SELECT id FROM sidang').map((r) => r.id)).toEqual(['S1']);
      // The posts asked for and the applicants' own posts are there, their outside holders are not.
      const posts = db.all<{ id: string; pemegang_nip: string | null }>('SELECT id, pemegang_nip FROM jabatan ORDER BY id');
      expect(posts.map((p) => p.id)).toEqual(['J-KABID', 'J-KASI', 'J-LURAH', 'J-SEKCAM']);
      expect(posts.find((p) => p.id === 'J-LURAH')!.pemegang_nip).toBeNull();
      expect(Number(db.value("SELECT COUNT(*) FROM jabatan_kompetensi WHERE jabatan_id = 'J-LURAH'"))).toBeGreaterThan(0);
      // The applicants' records come along (discipline, absences, targets), an old request's target without it.
      expect(db.value('SELECT COUNT(*) FROM disiplin')).toBe(1);
      expect(db.value('SELECT COUNT(*) FROM ketidakhadiran')).toBe(1);
      expect(db.all('SELECT id, permohonan_id FROM target ORDER BY id')).toEqual([{ id: 'T0', permohonan_id: null }, { id: 'T1', permohonan_id: 'R1' }]);
      // Only the recipient's committee row, without NIP; the session's discussion notes are blank.
      expect(db.all('SELECT anggota_id, nama, nip FROM sidang_anggota')).toEqual([{ anggota_id: 'S1-agt-3', nama: 'Rahmat Inspektur', nip: null }]);
      expect(db.value("SELECT COUNT(*) FROM agenda_item WHERE catatan_diskusi <> ''")).toBe(0);
      expect(db.value('SELECT COUNT(*) FROM konflik_kepentingan')).toBe(0); // the conflict on A3 is Sutrisno's, not Rahmat's
      expect(db.all('SELECT anggota_id FROM anggota_kunci')).toEqual([{ anggota_id: '197404041996031003' }]);
      // No trace of anyone else, in any table, as NIP or as name.
      const cells = allCells(db);
      for (const nip of Object.values(OUTSIDER)) expect(cells.filter((c) => c.value.includes(nip))).toEqual([]);
      for (const name of OUTSIDER_NAMES) expect(cells.filter((c) => c.value.includes(name))).toEqual([]);
      expect(cells.filter((c) => c.value.includes('197303031995032001'))).toEqual([]); // the secretary's NIP
      // Packet identity in meta; its own audit chain starts with its creation.
      const meta = Object.fromEntries(db.all<{ key: string; value: string }>('SELECT key, value FROM meta').map((r) => [r.key, r.value]));
      expect(meta).toMatchObject({ paket_id: summary.paketId, paket_sidang_id: 'S1', paket_anggota_id: 'S1-agt-3', paket_kedaluwarsa: '2026-12-01' });
      expect(db.all<{ action: string }>('SELECT action FROM audit_log').map((r) => r.action)).toEqual(['review.paket.dibuat']);
      expect(summary.jumlah).toEqual({ agenda: 3, permohonan: 3, pegawai: 3, jabatan: 4 });
    } finally {
      db.close();
    }
    // The secretariat recorded the packet with the hash of the file it wrote.
    const row = sec.ctx.dataset().db.first<{ sha256: string; anggota_id: string }>('SELECT sha256, anggota_id FROM paket_telaah WHERE id = ?', [summary.paketId]);
    expect(row).toEqual({ sha256: summary.sha256, anggota_id: 'S1-agt-3' });
  });

  it('a wrong packet passphrase is refused like a dataset\'s', async () => {
    const sec = await secretariat();
    const member = testApp('rahmat');
    cleanups.push(sec.cleanup, member.cleanup);
    const identity = await createIdentity(join(member.dir, 'userdata'), KEY_PASSPHRASE, NOW.toISOString(), TEST_KDF);
    await sec.call('review:registerKey', { anggotaId: 'S1-agt-3', nama: 'Rahmat', publicKey: identity.publicKey });
    const path = join(sec.dir, 'paket.bpj');
    await exportPacket(sec.ctx.dataset(), { sidangId: 'S1', anggotaId: 'S1-agt-3', kedaluwarsa: '2026-12-01', passphrase: PACKET_PASSPHRASE, path },
      { now: NOW, actor: 'sekretariat', kdf: TEST_KDF });
    await expect(member.open(path, 'bukan-frasa-paket')).rejects.toMatchObject({ code: 'FRASA_SANDI_SALAH' });
    // And the member-only channels refuse in the full dataset.
    await expect(sec.call('review:packetInfo', {})).rejects.toMatchObject({ code: 'HANYA_MODE_TELAAH' });
    await expect(sec.call('review:saveNote', { agendaItemId: 'A1', catatan: '', sikap: null, pertanyaan: '' })).rejects.toMatchObject({ code: 'HANYA_MODE_TELAAH' });
  });
});
