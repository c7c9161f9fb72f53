import { describe, expect, it } from 'vitest';
import { generateCity } from '../../electron/demo';
import { DEMO_OPTIONS } from '../../electron/demo/constants';
import { seedTalent } from '../../electron/demo/talent';
import { keyPostPlans, talentPool } from '../../electron/talent/service';
import { verifyChain } from '../../electron/audit/audit-log';

describe('demo talent content', () => {
  it('has a populated pool, exactly three stored plans, one of them a vacant post with nobody ready now', async () => {
    const db = await generateCity({ ...DEMO_OPTIONS, extraSteps: [seedTalent] });
    try {
      const today = DEMO_OPTIONS.today;
      const pool = talentPool(db, { jenjang: null, rumpun: null }, today);
      expect(pool.anggota.length).toBeGreaterThan(50);
      expect(pool.rumpunDiturunkan).toBe(0);
      // Every box of the matrix holds someone: a real spread, not only the top.
      expect(pool.perKotak.filter((n) => n > 0).length).toBeGreaterThanOrEqual(6);
      const stored = keyPostPlans(db, null, today).filter((p) => p.tersimpan);
      expect(stored).toHaveLength(3);
      expect(stored.filter((p) => p.lowongTanpaSiap)).toHaveLength(1);
      // Honest: the vacant post's successors are not ready by their own gaps (none of them meets the standard).
      expect(stored.find((p) => p.lowongTanpaSiap)!.suksesor.every((s) => s.kesenjangan.length > 0)).toBe(true);
      expect(stored.filter((p) => !p.jabatan.lowong && p.suksesor.some((s) => s.kesiapan === 'siap_sekarang'))).toHaveLength(2);
      expect(stored.every((p) => p.suksesor.length >= 1 && p.suksesor.length <= 3)).toBe(true);
      expect(db.value('SELECT COUNT(*) FROM jabatan_kunci')).toBe(1);
      expect(db.value("SELECT COUNT(*) FROM audit_log WHERE action = 'talent.rencana_suksesi'")).toBe(3);
      expect(verifyChain(db).valid).toBe(true);
    } finally {
      db.close();
    }
  }, 240_000);
});
