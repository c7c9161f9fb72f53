import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { open as openBpj } from '../../electron/dataset/bpj-format';
import { Database } from '../../electron/dataset/database';
import { createIdentity } from '../../electron/review/identity';
import { exportPacket } from '../../electron/review/packet-export';
import { DEMO_PASSPHRASE } from '../../electron/demo/constants';
import { TEST_KDF } from '../support/dataset-context';
import { KEY_PASSPHRASE, NOW, PACKET_PASSPHRASE, testApp, type TestApp } from './fixture';

/** The shipped demo's open session: a packet from 6,000 ASN must carry only its agenda's people. */
describe('a packet of the demo dataset', () => {
  let sec: TestApp;
  let member: TestApp;
  let packetPath: string;
  let sidangId: string;
  let anggotaId: string;
  let applicants: Set<string>;

  beforeAll(async () => {
    sec = testApp('sekretariat');
    member = testApp('anggota');
    const copy = join(sec.dir, 'demo-salinan.bpj'); // never write to resources/demo.bpj
    copyFileSync(resolve('resources/demo.bpj'), copy);
    await sec.open(copy, DEMO_PASSPHRASE);
    const db = sec.ctx.dataset().db;
    const open = db.first<{ id: string }>("SELECT id FROM sidang WHERE status <> 'selesai' ORDER BY tanggal DESC LIMIT 1");
    if (!open) throw new Error('the demo has no open session');
    sidangId = open.id;
    anggotaId = db.value<string>("SELECT anggota_id FROM sidang_anggota WHERE sidang_id = ? AND peran = 'anggota' ORDER BY urutan LIMIT 1", [sidangId])!;
    applicants = new Set(db.all<{ nip: string }>(
      'SELECT DISTINCT p.nip FROM agenda_item i JOIN permohonan p ON p.id = i.permohonan_id WHERE i.sidang_id = ?', [sidangId],
    ).map((r) => r.nip));
    const identity = await createIdentity(join(member.dir, 'userdata'), KEY_PASSPHRASE, NOW.toISOString(), TEST_KDF);
    await sec.call('review:registerKey', { anggotaId, nama: 'Anggota Demo', publicKey: identity.publicKey });
    packetPath = join(sec.dir, 'paket-demo.bpj');
    await exportPacket(sec.ctx.dataset(), { sidangId, anggotaId, kedaluwarsa: '2026-12-20', passphrase: PACKET_PASSPHRASE, path: packetPath },
      { now: NOW, actor: 'sekretariat', kdf: TEST_KDF });
  }, 120_000);
  afterAll(() => {
    sec?.cleanup();
    member?.cleanup();
  });

  it('holds the agenda\'s applicants and no other NIP anywhere', async () => {
    expect(applicants.size).toBeGreaterThan(0);
    const { plaintext } = await openBpj(readFileSync(packetPath), PACKET_PASSPHRASE);
    const db = await Database.create(plaintext);
    try {
      const nips = new Set(db.all<{ nip: string }>('SELECT nip FROM pegawai').map((r) => r.nip));
      expect([...nips].sort()).toEqual([...applicants].sort());
      // Any NIP of the city (the 6,000 ASN and the committee) found in any text cell of any table must be an
      // applicant's or the recipient's own (the key is registered under it).
      const cityNips = new Set([
        ...sec.ctx.dataset().db.all<{ nip: string }>('SELECT nip FROM pegawai').map((r) => r.nip),
        ...sec.ctx.dataset().db.all<{ nip: string }>('SELECT nip FROM sidang_anggota WHERE nip IS NOT NULL').map((r) => r.nip),
      ]);
      expect(cityNips.size).toBeGreaterThan(5000);
      const keyId = db.value<string>('SELECT anggota_id FROM anggota_kunci');
      const allowed = new Set([...applicants, ...(keyId ? [keyId] : [])]);
      const tables = db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
      const strays: string[] = [];
      for (const { name } of tables) {
        for (const row of db.all<Record<string, unknown>>(`SELECT * FROM ${name}`)) {
          for (const v of Object.values(row)) {
            if (typeof v !== 'string') continue;
            for (const m of v.matchAll(/\d{18}/g)) if (cityNips.has(m[0]) && !allowed.has(m[0])) strays.push(`${name}: ${m[0]}`);
          }
        }
      }
      expect(strays).toEqual([]);
      expect(Number(db.value('SELECT COUNT(*) FROM sidang_anggota'))).toBe(1);
    } finally {
      db.close();
    }
  });

  it('opens in review mode where the request list and the pools work on the packet alone', async () => {
    await member.open(packetPath, PACKET_PASSPHRASE);
    const info = await member.call('dataset:status', {});
    expect(info.info!.mode).toBe('telaah');
    const list = await member.call('dataset:listRequests', {});
    expect(new Set(list.rows.map((r) => r.nip))).toEqual(applicants);
    const packet = await member.call('review:packetInfo', {});
    const post = packet.items.find((i) => i.jabatanTujuan)!.jabatanTujuan!;
    const pools = await member.call('compare:listPools', {});
    expect(pools.pools.length).toBeGreaterThan(0);
    const pool = await member.call('compare:pool', { jabatanId: post.id });
    expect(JSON.stringify(pool)).toContain(post.nama);
  }, 60_000);
});
