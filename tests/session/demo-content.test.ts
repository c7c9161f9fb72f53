import { describe, expect, it } from 'vitest';
import { generateCity } from '../../electron/demo';
import { seedSessions } from '../../electron/demo/session-content';
import { listSidang } from '../../electron/session/sidang-store';
import { loadSessionRecord } from '../../electron/session/session-record';
import { trackingList } from '../../electron/session/tracking';
import { verifyChain } from '../../electron/audit/audit-log';

describe('demo session content', () => {
  it('adds a completed past session and an open one with its agenda, through the real rules', async () => {
    const db = await generateCity({ seed: 7, pegawai: 1500, permohonan: 150, today: '2026-11-23', extraSteps: [seedSessions] });
    try {
      const list = listSidang(db);
      expect(list.map((s) => [s.status, s.aturanKeputusan])).toEqual([
        ['draf', 'mayoritas_hadir'], ['selesai', 'mufakat'], ['selesai', 'mayoritas_hadir'],
      ]);
      const past = loadSessionRecord(db, list[2]!.id);
      expect(past.sidang.tanggal < '2026-11-23').toBe(true);
      expect(past.kuorum.terpenuhi).toBe(true);
      expect(past.anggota.filter((a) => !a.hadir)).toHaveLength(1);
      expect(past.anggota.map((a) => a.peran)).toEqual(['ketua', 'sekretaris', 'anggota', 'anggota', 'anggota']);
      expect(past.items).toHaveLength(8);
      expect(past.items.every((i) => i.keputusan !== null)).toBe(true);
      expect(past.items.flatMap((i) => i.konflik)).toHaveLength(1);
      const recusedItem = past.items.find((i) => i.konflik.length > 0)!;
      expect(recusedItem.suara.map((s) => s.anggotaId)).not.toContain(recusedItem.konflik[0]!.anggotaId);
      expect(past.items.filter((i) => i.riwayat.length > 1).length).toBeGreaterThanOrEqual(1);
      expect(past.items.filter((i) => i.keputusan?.hasil === 'direkomendasikan').length).toBeGreaterThanOrEqual(4);
      expect(past.items.filter((i) => i.keputusan?.hasil === 'tidak_direkomendasikan').length).toBeGreaterThanOrEqual(2);

      // Every recommendation obeys the rules: carried by more than half of the present voters, every
      // failed rule excepted with a reason, every rule needing attention acknowledged.
      const recommended = [...past.items, ...loadSessionRecord(db, list[1]!.id).items]
        .filter((i) => i.keputusan?.hasil === 'direkomendasikan');
      for (const it of recommended) {
        const k = it.keputusan!;
        expect(k.hasilAturan.length).toBeGreaterThan(0);
        expect(k.hasilAturan.filter((r) => r.status === 'tidak_memenuhi').every((r) => r.pengecualian && r.pengecualian.alasan.length >= 20)).toBe(true);
        expect(k.hasilAturan.filter((r) => r.status === 'perlu_perhatian').every((r) => r.diakui)).toBe(true);
        if (k.aturanKeputusan === 'mayoritas_hadir') expect(k.rekapSaatKeputusan!.setuju * 2).toBeGreaterThan(k.rekapSaatKeputusan!.berhak);
      }
      expect(past.items.flatMap((i) => i.pengecualian)).toHaveLength(1);
      expect(recommended.some((i) => i.keputusan!.statusKelayakan === 'tidak_memenuhi')).toBe(true);
      const mufakat = loadSessionRecord(db, list[1]!.id);
      expect(mufakat.items.every((i) => i.suara.length === 0 && i.keputusan !== null)).toBe(true);

      const open = loadSessionRecord(db, list[0]!.id);
      expect(open.items.length).toBeGreaterThanOrEqual(5);
      // Pledge reviews join the agenda by themselves when the session is created (electron/session/pledge-review.ts).
      expect(open.items.filter((i) => !i.tinjauanPakta).every((i) => i.keputusan === null && i.statusPermohonan === 'dijadwalkan')).toBe(true);
      expect(open.anggota.every((a) => !a.hadir)).toBe(true);

      const rows = trackingList(db, '2026-11-23', { statuses: [], hanyaPakta: false, search: '' });
      const statuses = new Set(rows.map((r) => r.status));
      expect(statuses.has('terlambat')).toBe(true);
      expect(statuses.has('tercapai')).toBe(true);
      expect(statuses.has('tidak_tercapai')).toBe(true);
      expect(rows.filter((r) => r.paktaPerluDibahas).length).toBeGreaterThanOrEqual(2);
      expect(verifyChain(db).valid).toBe(true);
    } finally {
      db.close();
    }
  });

  it('is deterministic: the same seed gives the same sessions', async () => {
    const a = await generateCity({ seed: 7, pegawai: 400, permohonan: 100, today: '2026-11-23', extraSteps: [seedSessions] });
    const b = await generateCity({ seed: 7, pegawai: 400, permohonan: 100, today: '2026-11-23', extraSteps: [seedSessions] });
    const dump = (db: typeof a) => JSON.stringify([
      db.all('SELECT * FROM sidang ORDER BY id'), db.all('SELECT * FROM keputusan ORDER BY agenda_item_id, versi'),
      db.all('SELECT entry_hash FROM audit_log ORDER BY seq'),
    ]);
    expect(dump(a)).toBe(dump(b));
    a.close();
    b.close();
  });
});
