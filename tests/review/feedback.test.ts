import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createIdentity } from '../../electron/review/identity';
import { exportPacket } from '../../electron/review/packet-export';
import { loadReviewFeedback } from '../../electron/review/feedback';
import { TEST_KDF } from '../support/dataset-context';
import { KEY_PASSPHRASE, NOW, PACKET_PASSPHRASE, secretariat, testApp } from './fixture';

const cleanups: (() => void)[] = [];
afterEach(() => { while (cleanups.length) cleanups.pop()!(); });

describe('loadReviewFeedback', () => {
  it('is empty for an item without responses and for an unknown item', async () => {
    const sec = await secretariat();
    cleanups.push(sec.cleanup);
    const empty = { tally: { mendukung: 0, ragu: 0, tidak_mendukung: 0, belum: 0 }, jumlahTanggapan: 0, dikecualikanKonflik: 0, pertanyaan: [] };
    expect(loadReviewFeedback(sec.ctx.dataset().db, 'A1')).toEqual({ agendaItemId: 'A1', ...empty });
    expect(loadReviewFeedback(sec.ctx.dataset().db, 'tidak-ada')).toEqual({ agendaItemId: 'tidak-ada', ...empty });
  });

  it('counts two members once each, and a re-issued packet replaces the member\'s earlier response', async () => {
    const sec = await secretariat();
    cleanups.push(sec.cleanup);
    const members = [['S1-agt-2', 'Siti Sekretaris'], ['S1-agt-3', 'Rahmat Inspektur']] as const;
    const laptops = new Map<string, ReturnType<typeof testApp>>();
    for (const [id, nama] of members) {
      const app = testApp(id);
      cleanups.push(app.cleanup);
      laptops.set(id, app);
      const identity = await createIdentity(join(app.dir, 'userdata'), KEY_PASSPHRASE, NOW.toISOString(), TEST_KDF);
      await sec.call('review:registerKey', { anggotaId: id, nama, publicKey: identity.publicKey });
    }
    async function round(anggotaId: string, when: string, sikap: 'mendukung' | 'ragu' | 'tidak_mendukung', pertanyaan: string) {
      const app = laptops.get(anggotaId)!;
      app.ctx.closeDataset();
      sec.clock.now = new Date(when);
      app.clock.now = new Date(when);
      const path = join(app.dir, `paket-${when.slice(0, 10)}.bpj`);
      await exportPacket(sec.ctx.dataset(), { sidangId: 'S1', anggotaId, kedaluwarsa: '2026-12-01', passphrase: PACKET_PASSPHRASE, path },
        { now: sec.clock.now, actor: 'sekretariat', kdf: TEST_KDF });
      await app.open(path, PACKET_PASSPHRASE);
      await app.call('review:saveNote', { agendaItemId: 'A1', catatan: '', sikap, pertanyaan });
      const out = join(app.dir, `t-${when.slice(0, 10)}.bpjt`);
      await app.via(out)('review:exportResponse', { passphrase: KEY_PASSPHRASE });
      return sec.via(out)('review:importResponse', { sidangId: 'S1' });
    }
    await round('S1-agt-2', '2026-11-23T03:00:00Z', 'mendukung', 'Pertanyaan Siti');
    await round('S1-agt-3', '2026-11-23T04:00:00Z', 'tidak_mendukung', 'Pertanyaan Rahmat lama');
    // Rahmat's packet is re-issued; his new response (version 1 of the new packet) replaces the old one.
    const again = await round('S1-agt-3', '2026-11-25T04:00:00Z', 'ragu', 'Pertanyaan Rahmat baru');
    expect(again.hasil!.versi).toBe(1);
    const f = loadReviewFeedback(sec.ctx.dataset().db, 'A1');
    expect(f.tally).toEqual({ mendukung: 1, ragu: 1, tidak_mendukung: 0, belum: 0 });
    expect(f.jumlahTanggapan).toBe(2);
    expect(f.pertanyaan.map((q) => `${q.nama}: ${q.teks}`)).toEqual(['Siti Sekretaris: Pertanyaan Siti', 'Rahmat Inspektur: Pertanyaan Rahmat baru']);
    // Items the members did not touch: counted as "no stance".
    expect(loadReviewFeedback(sec.ctx.dataset().db, 'A2').tally).toEqual({ mendukung: 0, ragu: 0, tidak_mendukung: 0, belum: 2 });
  }, 60_000);
});
