import { afterEach, describe, expect, it } from 'vitest';
import { contextWithDataset } from '../support/dataset-context';
import { NIP, smallCity } from './fixture';
import type { Database } from '../../electron/dataset/database';

const NOW = () => new Date('2026-11-23T03:00:00Z');
let cleanup: (() => void) | null = null;
afterEach(() => { cleanup?.(); cleanup = null; });

async function open(db?: Database) {
  const c = await contextWithDataset(db ?? await smallCity(), { now: NOW });
  cleanup = c.cleanup;
  return c;
}

describe('position pools', () => {
  it('lists posts with requests, busiest first, withdrawn requests left out, searchable', async () => {
    const { call } = await open();
    const { pools } = await call('compare:listPools', {});
    expect(pools.map((p) => [p.jabatanId, p.pemohon])).toEqual([['J-LURAH', 5], ['J-KABID', 2], ['J-SEKCAM', 1]]);
    expect(pools[0]).toMatchObject({ pilihan1: 3, pilihan2: 1, pilihan3: 1, status: 'lowong' });
    expect((await call('compare:listPools', { search: 'mutasi' })).pools.map((p) => p.jabatanId)).toEqual(['J-KABID']);
    expect((await call('compare:listPools', { search: 'ratu samban' })).pools.map((p) => p.jabatanId)).toEqual(['J-SEKCAM']);
  });

  it('gives every applicant a choice rank, an eligibility verdict with reasons, JPM, 9-box and factors', async () => {
    const { call } = await open();
    const pool = await call('compare:pool', { jabatanId: 'J-LURAH' });
    expect(pool.jabatan).toMatchObject({ nama: 'Lurah Penurunan', level: 'III.b', pemegang: null });
    const by = Object.fromEntries(pool.candidates.map((c) => [c.nip, c]));
    expect(Object.keys(by).sort()).toEqual(Object.values(NIP).sort());
    expect(by[NIP.budi]!.peringkat).toBe(2);
    expect(by[NIP.eka]!.peringkat).toBe(3);
    expect(by[NIP.ani]!.eligibility.status).toBe('memenuhi');
    expect(by[NIP.ani]!.nineBox?.box).toBe(9);
    expect(by[NIP.ani]!.jpm).toEqual({ persen: 100, kategori: 'optimal' });
    expect(by[NIP.ani]!.targetRecord).toMatchObject({ dinilai: 2, tercapai: 1, paktaTidakDipenuhi: 1 });
    expect(by[NIP.ani]!.jarakKm).toBeLessThan(0.5);
    const citra = by[NIP.citra]!.eligibility;
    expect(citra.status).toBe('tidak_memenuhi');
    expect(citra.results.filter((r) => r.status === 'tidak_memenuhi').map((r) => r.ruleId)).toEqual(['pangkat']);
    expect(citra.results.find((r) => r.ruleId === 'pengalaman')!.status).toBe('perlu_perhatian');
    const dedi = by[NIP.dedi]!.eligibility.results;
    expect(dedi.find((r) => r.ruleId === 'ketidakhadiran')).toMatchObject({ status: 'tidak_memenuhi' });
    expect(dedi.find((r) => r.ruleId === 'ketidakhadiran')!.alasan.id).toContain('12 hari kerja berturut-turut');
    expect(dedi.find((r) => r.ruleId === 'disiplin')!.status).toBe('tidak_memenuhi');
    expect(by[NIP.eka]!.eligibility.status).toBe('perlu_perhatian');
    expect(by[NIP.eka]!.factors.kompetensi).toBeNull();
    expect(by[NIP.eka]!.nineBox).toBeNull();
    expect(by[NIP.budi]!.jpm.persen).toBeCloseTo(93.3, 1);
  });

  it('refuses an unknown post with a clear error', async () => {
    const { call } = await open();
    await expect(call('compare:pool', { jabatanId: 'J-NOPE' })).rejects.toMatchObject({ code: 'JABATAN_TIDAK_ADA' });
  });
});

describe('side-by-side comparison', () => {
  it('keeps the column order given, aligns rows and marks the best value', async () => {
    const { call } = await open();
    const nips = [NIP.budi, NIP.ani, NIP.citra, NIP.dedi];
    const cmp = await call('compare:compare', { jabatanId: 'J-LURAH', nips });
    expect(cmp.candidates.map((c) => c.nip)).toEqual(nips);
    for (const r of cmp.rows) expect(r.cells).toHaveLength(4);
    const row = (id: string) => cmp.rows.find((r) => r.id === id)!;
    expect(row('pangkat').best).toEqual([0, 3]); // IV/a twice
    expect(row('jarakTujuan').best).toEqual([1, 2]); // Ani and Citra live next door
    expect(row('jpm').best).toEqual([1, 2, 3]);
    expect(row('kompetensi.teknis').cells[0]).toMatchObject({ text: '2 / 3 (-1)', tone: 'bad' });
    expect(row('absenBerturut').cells[3]).toMatchObject({ value: 12, tone: 'bad' });
    expect(row('absenBerturut').cells[3]!.text).toContain('PP 94/2021');
    expect(row('domisili').cells[1]).toMatchObject({ text: 'Kel. Penurunan, Kec. Ratu Samban', textProjector: 'Kec. Ratu Samban' });
    expect(row('domisili').cells[3]!.textProjector).toBe('Kec. Selebar');
    expect(row('alasanDomisili').cells.map((c) => c.text)).toEqual(['Tidak', 'Ya', 'Ya', 'Ya']);
    expect(row('pakta').cells[1]!.text).toBe('Ya, 1 Agustus 2026');
    expect(row('targetBaru').cells[1]!.text).toContain('Cakupan layanan KTP-el');
    expect(row('aturan.pangkat').cells[2]).toMatchObject({ tone: 'bad' });
    expect(row('aturan.pangkat').cells[2]!.detail).toContain('III/b');
    expect(row('skp.2025').cells[1]!.text).toBe('Sangat Baik');
    expect(cmp.details[1]!.targetLampau.map((t) => t.id)).toEqual(['T1', 'T2']);
    // No row ever carries the street address or phone.
    expect(JSON.stringify(cmp.rows)).not.toContain('Soekarno-Hatta');
    expect(JSON.stringify(cmp.rows)).not.toContain('0812');
  });

  it('validates the pick: 2 to 6 people, no duplicates, all present', async () => {
    const { call } = await open();
    await expect(call('compare:compare', { jabatanId: 'J-LURAH', nips: [NIP.ani] })).rejects.toMatchObject({ code: 'MASUKAN_TIDAK_VALID' });
    await expect(call('compare:compare', { jabatanId: 'J-LURAH', nips: [NIP.ani, NIP.ani] })).rejects.toMatchObject({ code: 'KANDIDAT_GANDA' });
    await expect(call('compare:compare', { jabatanId: 'J-LURAH', nips: [NIP.ani, '199912312020121999'] }))
      .rejects.toMatchObject({ code: 'KANDIDAT_TIDAK_ADA' });
  });

  it('works on a packet-like dataset where the holder and current posts are missing', async () => {
    const db = await smallCity();
    db.exec('PRAGMA foreign_keys = OFF');
    db.run("UPDATE jabatan SET pemegang_nip = '197001011995031001', status = 'terisi' WHERE id = 'J-LURAH'");
    db.run("DELETE FROM jabatan_kompetensi WHERE jabatan_id IN ('J-KASI', 'J-SEKCAM')");
    db.run("DELETE FROM jabatan WHERE id IN ('J-KASI', 'J-SEKCAM')");
    db.run('DELETE FROM kompetensi WHERE nip = ?', [NIP.budi]);
    const { call } = await open(db);
    const pool = await call('compare:pool', { jabatanId: 'J-LURAH' });
    expect(pool.jabatan.pemegang).toBeNull();
    expect(pool.candidates).toHaveLength(5);
    const ani = pool.candidates.find((c) => c.nip === NIP.ani)!;
    expect(ani.levelSaatIni).toBeNull();
    expect(ani.jarakKerjaKm).not.toBeNull(); // falls back to the unit's office
    const cmp = await call('compare:compare', { jabatanId: 'J-LURAH', nips: [NIP.ani, NIP.budi] });
    expect(cmp.rows.find((r) => r.id === 'jpm')!.cells[1]!.value).toBe(0);
  });
});

describe('rule values per dataset', () => {
  it('changes a value, records it in the audit trail, and the verdicts follow', async () => {
    const { call, ctx } = await open();
    const before = await call('compare:pool', { jabatanId: 'J-LURAH' });
    expect(before.candidates.find((c) => c.nip === NIP.ani)!.eligibility.status).toBe('memenuhi');
    const cfg = await call('compare:setConfig', { values: { 'usia.aktif.administrator': 1, 'usia.max.administrator': 40, 'jpm.optimal': 95 }, alasan: 'uji' });
    expect(cfg.overrides).toEqual({ 'usia.aktif.administrator': 1, 'usia.max.administrator': 40, 'jpm.optimal': 95 });
    expect(cfg.values['usia.max.administrator']).toBe(40);
    const after = await call('compare:pool', { jabatanId: 'J-LURAH' });
    const ani = after.candidates.find((c) => c.nip === NIP.ani)!;
    expect(ani.eligibility.status).toBe('tidak_memenuhi');
    expect(ani.eligibility.results.find((r) => r.ruleId === 'usia')!.alasan.id).toContain('melebihi batas 40');
    expect(after.candidates.find((c) => c.nip === NIP.budi)!.jpm.kategori).toBe('cukup_optimal');
    const audit = ctx.dataset().db.all<{ action: string; payload: string; actor: string }>(
      "SELECT action, payload, actor FROM audit_log WHERE action LIKE 'compare.%' ORDER BY seq");
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toBe('uji');
    expect(JSON.parse(audit[0]!.payload)).toEqual({
      perubahan: [{ key: 'usia.aktif.administrator', dari: 0, ke: 1 }, { key: 'usia.max.administrator', dari: 56, ke: 40 }, { key: 'jpm.optimal', dari: 90, ke: 95 }], alasan: 'uji',
    });
  });

  it('refuses unknown keys and bad values without changing anything', async () => {
    const { call, ctx } = await open();
    await expect(call('compare:setConfig', { values: { 'usia.max.administrator': 50, 'tidak.ada': 1 } })).rejects.toMatchObject({ code: 'ATURAN_TIDAK_DIKENAL' });
    await expect(call('compare:setConfig', { values: { 'pangkat.min.III.b': 'V/a' } })).rejects.toMatchObject({ code: 'NILAI_ATURAN_TIDAK_VALID' });
    await expect(call('compare:setConfig', { values: { 'jpm.optimal': 150 } })).rejects.toMatchObject({ code: 'NILAI_ATURAN_TIDAK_VALID' });
    expect((await call('compare:config', {})).overrides).toEqual({});
    expect(ctx.dataset().db.value("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'compare.%'")).toBe(0);
  });

  it('resets to the defaults, audited; setting a value equal to the default drops the override', async () => {
    const { call, ctx } = await open();
    await call('compare:setConfig', { values: { 'bobot.domisili': 40, 'absen.berturut': 8 } });
    expect((await call('compare:setConfig', { values: { 'absen.berturut': 10 } })).overrides).toEqual({ 'bobot.domisili': 40 });
    const reset = await call('compare:resetConfig', {});
    expect(reset.overrides).toEqual({});
    expect(reset.values['bobot.domisili']).toBe(10);
    const actions = ctx.dataset().db.all<{ action: string }>("SELECT action FROM audit_log WHERE action LIKE 'compare.%' ORDER BY seq").map((r) => r.action);
    expect(actions).toEqual(['compare.ubahAturan', 'compare.ubahAturan', 'compare.aturUlangAturan']);
  });
});
