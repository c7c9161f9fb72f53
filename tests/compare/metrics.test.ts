import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../shared/compare/geo';
import { computeJpm, jpmKategori } from '../../shared/compare/jpm';
import { NINE_BOX_GRID, placeNineBox, NINE_BOX_SARAN, dalamKelompokTalenta } from '../../shared/compare/nine-box';
import { rankCandidates, scoreCandidate, type FactorValues, type Weights } from '../../shared/compare/ranking';
import { targetRecord } from '../../shared/compare/targets';
import { DEFAULT_CONFIG, RuleConfig } from '../../shared/rules/params';
import type { PredikatSkp } from '../../shared/domain/skp';
import { TODAY, target } from './fixture';

describe('haversine', () => {
  it('matches known distances', () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(111.195, 2);
    // London (Charing Cross) – Paris (Notre-Dame): 343.5 km great-circle.
    expect(haversineKm({ lat: 51.5074, lon: -0.1278 }, { lat: 48.8566, lon: 2.3522 })).toBeCloseTo(343.56, 1);
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371.0088, 3);
  });
  it('is zero for the same point and symmetric', () => {
    const a = { lat: -3.7956, lon: 102.2592 };
    const b = { lat: -3.8640, lon: 102.3130 };
    expect(haversineKm(a, a)).toBe(0);
    expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9);
  });
});

describe('Job-Person Match', () => {
  const std = { integritas: 3, kerjasama: 3, komunikasi: 4 } as const;
  it('Σ min(actual, standard) / Σ standard: a surplus does not buy back a gap', () => {
    const jpm = computeJpm(std, { integritas: 5, kerjasama: 3, komunikasi: 2 }, DEFAULT_CONFIG);
    expect(jpm.persen).toBe(80); // (3 + 3 + 2) / 10
    expect(jpm.kategori).toBe('cukup_optimal');
    expect(jpm.items.find((i) => i.kode === 'komunikasi')?.selisih).toBe(-2);
  });
  it('a competency not assessed counts as 0 and is reported', () => {
    const jpm = computeJpm(std, { integritas: 3, kerjasama: 3 }, DEFAULT_CONFIG);
    expect(jpm.persen).toBe(60);
    expect(jpm.belumDiases).toBe(1);
  });
  it('competencies outside the post standard are ignored; no standard gives null', () => {
    expect(computeJpm(std, { integritas: 3, kerjasama: 3, komunikasi: 4, teknis: 1 }, DEFAULT_CONFIG).persen).toBe(100);
    expect(computeJpm({}, { integritas: 3 }, DEFAULT_CONFIG).persen).toBeNull();
  });
  it('categories at their boundaries, and configurable', () => {
    expect(jpmKategori(90, DEFAULT_CONFIG)).toBe('optimal');
    expect(jpmKategori(89.9, DEFAULT_CONFIG)).toBe('cukup_optimal');
    expect(jpmKategori(78, DEFAULT_CONFIG)).toBe('cukup_optimal');
    expect(jpmKategori(77.9, DEFAULT_CONFIG)).toBe('kurang_optimal');
    expect(jpmKategori(85, new RuleConfig({ 'jpm.optimal': 85 }))).toBe('optimal');
  });
});

describe('9-box (PermenPANRB 3/2020 numbering)', () => {
  const skp = (a: PredikatSkp, b: PredikatSkp) => [{ tahun: 2024, predikat: a }, { tahun: 2025, predikat: b }];
  it('uses the regulation grid: top row 4-7-9, middle 2-5-8, bottom 1-3-6', () => {
    expect([NINE_BOX_GRID.tinggi.bawah, NINE_BOX_GRID.tinggi.sesuai, NINE_BOX_GRID.tinggi.atas]).toEqual([4, 7, 9]);
    expect([NINE_BOX_GRID.menengah.bawah, NINE_BOX_GRID.menengah.sesuai, NINE_BOX_GRID.menengah.atas]).toEqual([2, 5, 8]);
    expect([NINE_BOX_GRID.rendah.bawah, NINE_BOX_GRID.rendah.sesuai, NINE_BOX_GRID.rendah.atas]).toEqual([1, 3, 6]);
  });
  it('places by mean SKP score of the last 2 years and the potential score', () => {
    expect(placeNineBox(skp('Sangat Baik', 'Sangat Baik'), 85, DEFAULT_CONFIG, TODAY)?.box).toBe(9);
    expect(placeNineBox(skp('Baik', 'Sangat Baik'), 80, DEFAULT_CONFIG, TODAY)?.box).toBe(9); // 4.5 is "di atas"
    expect(placeNineBox(skp('Baik', 'Baik'), 60, DEFAULT_CONFIG, TODAY)?.box).toBe(5);
    expect(placeNineBox(skp('Baik', 'Baik'), 59.9, DEFAULT_CONFIG, TODAY)?.box).toBe(3);
    expect(placeNineBox(skp('Butuh Perbaikan', 'Baik'), 80, DEFAULT_CONFIG, TODAY)?.box).toBe(7); // (3 + 4) / 2 = 3.5 is "sesuai"
    expect(placeNineBox(skp('Butuh Perbaikan', 'Butuh Perbaikan'), 80, DEFAULT_CONFIG, TODAY)?.box).toBe(4);
    expect(placeNineBox(skp('Sangat Kurang', 'Butuh Perbaikan'), 10, DEFAULT_CONFIG, TODAY)?.box).toBe(1);
  });
  it('moves when thresholds change; not placed without potential or SKP', () => {
    expect(placeNineBox(skp('Sangat Baik', 'Sangat Baik'), 85, new RuleConfig({ 'ninebox.potensi.tinggi': 90 }), TODAY)?.box).toBe(8);
    expect(placeNineBox(skp('Baik', 'Baik'), null, DEFAULT_CONFIG, TODAY)).toBeNull();
    expect(placeNineBox([{ tahun: 2019, predikat: 'Baik' }], 80, DEFAULT_CONFIG, TODAY)).toBeNull();
  });
});

describe('transparent ranking', () => {
  const base: FactorValues = { kompetensi: 0.5, kinerja: 0.5, target: 0.5, domisili: 0.5, senioritas: 0.5 };
  const A = { id: 'A', eligible: true, peringkat: 1, factors: { ...base, kompetensi: 1, domisili: 0 } };
  const B = { id: 'B', eligible: true, peringkat: 2, factors: { ...base, kompetensi: 0.5, domisili: 1 } };
  const X = { id: 'X', eligible: false, peringkat: 1, factors: { ...base, kompetensi: 1, kinerja: 1, target: 1, domisili: 1, senioritas: 1 } };
  const w: Weights = { kompetensi: 35, kinerja: 25, target: 15, domisili: 10, senioritas: 15 };
  it('score = Σ weight·value / Σ weight × 100 with a breakdown that adds up', () => {
    const s = scoreCandidate(A.factors, w);
    expect(s.total).toBe(62.5);
    expect(s.parts.reduce((t, p) => t + p.poin, 0)).toBeCloseTo(62.5, 6);
    expect(s.parts.find((p) => p.factor === 'kompetensi')?.poin).toBe(35);
  });
  it('changing a weight changes the order', () => {
    expect(rankCandidates([A, B], w).ranked.map((r) => r.id)).toEqual(['A', 'B']);
    const heavyHome = { ...w, domisili: 60 };
    const res = rankCandidates([A, B], heavyHome).ranked;
    expect(res.map((r) => r.id)).toEqual(['B', 'A']);
    expect(res[0]!.score.total).toBe(70);
  });
  it('an ineligible candidate is never dropped: scored, shown apart, unranked', () => {
    const res = rankCandidates([A, B, X], w);
    expect(res.ranked.map((r) => r.id)).toEqual(['A', 'B']);
    expect(res.ineligible).toEqual([expect.objectContaining({ id: 'X', rank: null })]);
    expect(res.ineligible[0]!.score.total).toBe(100);
  });
  it('missing data is scored neutral and flagged; all-zero weights give 0', () => {
    const s = scoreCandidate({ ...base, target: null }, w);
    expect(s.parts.find((p) => p.factor === 'target')).toMatchObject({ nilai: 0.5, tanpaData: true });
    expect(scoreCandidate(base, { kompetensi: 0, kinerja: 0, target: 0, domisili: 0, senioritas: 0 }).total).toBe(0);
  });
  it('ties go to the higher choice rank', () => {
    expect(rankCandidates([{ ...A, id: 'Z', peringkat: 2 }, { ...A, id: 'Y', peringkat: 1 }], w).ranked.map((r) => r.id)).toEqual(['Y', 'Z']);
  });
});

describe('target record', () => {
  it('counts due targets only; late realization is not met; a missed pledge is counted', () => {
    const nip = '198503122010012004';
    const rec = targetRecord([
      target({ id: 'a', nip }),
      target({ id: 'b', nip, tenggat: '2026-06-30', realisasi: 95, tanggalRealisasi: '2026-07-01', denganPakta: true }),
      target({ id: 'c', nip, tenggat: '2026-06-30', realisasi: null, tanggalRealisasi: null }),
      target({ id: 'd', nip, tenggat: '2027-06-30', realisasi: null, tanggalRealisasi: null }),
    ], TODAY);
    expect(rec).toMatchObject({ dinilai: 3, tercapai: 1, tepatWaktu: 1, belumDilaporkan: 1, paktaTidakDipenuhi: 1 });
    expect(rec.persenTercapai).toBeCloseTo(33.3, 1);
  });
});

describe('9-box advice and the talent pool (PermenPANRB 3/2020)', () => {
  it('every box carries advice; exactly boxes 7–9 send people to the succession pool', () => {
    for (let box = 1; box <= 9; box++) expect(NINE_BOX_SARAN[box]!.id.length).toBeGreaterThan(0);
    const pool = [1, 2, 3, 4, 5, 6, 7, 8, 9].filter((b) => NINE_BOX_SARAN[b]!.id.includes('masuk kelompok rencana suksesi'));
    expect(pool).toEqual([7, 8, 9]);
    expect(pool.every((b) => dalamKelompokTalenta(b, new RuleConfig()))).toBe(true);
    expect(dalamKelompokTalenta(6, new RuleConfig())).toBe(false);
    // A local policy may widen the pool; the boundary moves with the parameter.
    expect(dalamKelompokTalenta(6, new RuleConfig({ 'talenta.kotakMin': 6 }))).toBe(true);
    expect(dalamKelompokTalenta(5, new RuleConfig({ 'talenta.kotakMin': 6 }))).toBe(false);
  });
});
