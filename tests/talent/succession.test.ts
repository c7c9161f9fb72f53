import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../shared/rules/params';
import { isJabatanKunci, kesenjangan, lowongTanpaSiap, usulKesiapan } from '../../shared/talent/succession';
import { keyPostPlans, planWithCandidates } from '../../electron/talent/service';
import { buildTalentCity, TODAY } from './fixture';

describe('succession plans', () => {
  it('names the gaps to the post standard (not assessed counts whole) and proposes readiness from them', () => {
    const gaps = kesenjangan({ integritas: 4, kerjasama: 4, teknis: 4 }, { integritas: 3, kerjasama: 5 }, DEFAULT_CONFIG);
    expect(gaps).toEqual([
      { kode: 'integritas', nama: 'Integritas', standar: 4, aktual: 3 },
      { kode: 'teknis', nama: 'Teknis Bidang', standar: 4, aktual: null },
    ]);
    expect(usulKesiapan(gaps)).toBe('lebih_dua_tahun'); // 1 + 4 levels short
    expect(usulKesiapan(gaps.slice(0, 1))).toBe('satu_dua_tahun');
    expect(usulKesiapan([{ kode: 'teknis', nama: 'T', standar: 4, aktual: 1 }])).toBe('satu_dua_tahun'); // 3 short: the edge
    expect(usulKesiapan([])).toBe('siap_sekarang');
  });

  it('treats JPT and administrator posts as key, others only when marked', () => {
    expect(isJabatanKunci('II.b', false)).toBe(true);
    expect(isJabatanKunci('III.b', false)).toBe(true);
    expect(isJabatanKunci('IV.a', false)).toBe(false);
    expect(isJabatanKunci('IV.a', true)).toBe(true);
  });

  it('proposes successors from the pool of the same jenjang or the one below, readiest first, never the holder', async () => {
    const db = await buildTalentCity();
    const { rencana, calon } = planWithCandidates(db, 'j-jpt-1', TODAY);
    // Ani (box 9, no gap) is ready; Fajar (JPT, box 9) lacks kerjasama and teknis; Budi (box 7) is 2 levels short.
    expect(calon.map((c) => [c.nama.split(',')[0], c.box, c.kesiapan])).toEqual([
      ['Ani Lestari', 9, 'siap_sekarang'], ['Budi Santoso', 7, 'satu_dua_tahun'], ['Fajar Hidayat', 9, 'lebih_dua_tahun'],
    ]);
    expect(calon[1]!.kesenjangan.map((g) => g.kode)).toEqual(['integritas', 'kerjasama']);
    expect(calon[1]!.tindakan).toContain('Pengembangan kompetensi: Integritas, Kerja Sama');
    expect(rencana.tersimpan).toBe(false);
    expect(rencana.suksesor).toHaveLength(3);
    expect(rencana.lowongTanpaSiap).toBe(false);
    // Citra (pengawas, box 8) is two jenjang below a JPT post; Dedi (box 5) is outside the pool.
    const forAdm = planWithCandidates(db, 'j-adm-1', TODAY).calon.map((c) => c.nama.split(',')[0]);
    expect(forAdm).toContain('Citra Ayu');
    expect(forAdm).not.toContain('Ani Lestari'); // the holder
    expect(forAdm).not.toContain('Fajar Hidayat'); // above the post
    db.close();
  });

  it('flags a vacant post with no successor ready now', async () => {
    expect(lowongTanpaSiap(true, [{ kesiapan: 'satu_dua_tahun' }, { kesiapan: 'lebih_dua_tahun' }])).toBe(true);
    expect(lowongTanpaSiap(true, [])).toBe(true);
    expect(lowongTanpaSiap(true, [{ kesiapan: 'siap_sekarang' }])).toBe(false);
    expect(lowongTanpaSiap(false, [])).toBe(false);
    const db = await buildTalentCity();
    // Without Ani's competencies nobody is ready for the vacant JPT post.
    db.run("DELETE FROM kompetensi WHERE nip = (SELECT pemegang_nip FROM jabatan WHERE id = 'j-adm-1')");
    const plans = keyPostPlans(db, null, TODAY);
    expect(plans.filter((p) => p.lowongTanpaSiap).map((p) => p.jabatan.id)).toEqual(['j-jpt-1']);
    expect(plans.map((p) => p.jabatan.id)).not.toContain('j-pgw-1');
    db.close();
  });
});
