import { describe, expect, it } from 'vitest';
import { generateCity } from '../../electron/demo';
import { seedSessions } from '../../electron/demo/session-content';
import { seedProcedure } from '../../electron/demo/procedure-content';
import { listSidang } from '../../electron/session/sidang-store';
import { loadSessionRecord } from '../../electron/session/session-record';
import { verifyChain } from '../../electron/audit/audit-log';

describe('demo procedure content', () => {
  it('sets election dates outside every demo session, reviews the missed pledges (one pemberhentian) and fills a JPT post by open selection', async () => {
    const db = await generateCity({ seed: 7, pegawai: 1500, permohonan: 150, today: '2026-11-23', extraSteps: [seedSessions, seedProcedure] });
    try {
      const records = listSidang(db).map((s) => loadSessionRecord(db, s.id));
      // The draft, the past session, the mufakat session (rules) and the pledge review session.
      expect(records.map((r) => r.sidang.status).sort()).toEqual(['draf', 'selesai', 'selesai', 'selesai']);
      expect(records.every((r) => r.pilkada.jendela === null)).toBe(true);
      const review = records.find((r) => r.sidang.nomor.includes('PAKTA'))!;
      const pledges = review.items.filter((i) => i.tinjauanPakta);
      expect(pledges.length).toBeGreaterThanOrEqual(1);
      expect(pledges.filter((i) => i.keputusan?.hasil === 'diberhentikan')).toHaveLength(1);
      expect(pledges.every((i) => ['tetap', 'diberhentikan'].includes(i.keputusan!.hasil))).toBe(true);
      // The draft session keeps only its planned agenda: the reviews were moved to the extraordinary session.
      expect(records.find((r) => r.sidang.status === 'draf')!.items.filter((i) => i.tinjauanPakta)).toHaveLength(0);
      const jpt = records.flatMap((r) => r.items).filter((i) => i.prosedurJpt);
      expect(jpt.length).toBeGreaterThanOrEqual(1);
      for (const it of jpt) {
        expect(it.prosedurJpt!.jenis).toBe('seleksi_terbuka');
        expect(it.prosedurJpt!.calon.map((x) => x.nip)).toContain(it.pemohon!.nip);
      }
      // Requests to stay are generated as such (no post named, targets and a signed pledge), none on a session's agenda.
      const tetap = db.all<{ id: string }>("SELECT id FROM permohonan WHERE jenis = 'tetap' AND pakta_ditandatangani = 1");
      expect(tetap.length).toBeGreaterThanOrEqual(3);
      expect(tetap.length).toBeLessThanOrEqual(6);
      for (const { id } of tetap) {
        expect(db.value('SELECT COUNT(*) FROM permohonan_pilihan WHERE permohonan_id = ?', [id])).toBe(0);
        expect(db.value('SELECT COUNT(*) FROM target WHERE permohonan_id = ? AND dengan_pakta = 1', [id])).toBeGreaterThanOrEqual(2);
        expect(db.value('SELECT COUNT(*) FROM agenda_item WHERE permohonan_id = ?', [id])).toBe(0);
      }
      expect(verifyChain(db).valid).toBe(true);
    } finally {
      db.close();
    }
  });
});
