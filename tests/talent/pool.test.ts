import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../shared/rules/params';
import { buildPool, placeAll } from '../../shared/talent/pool';
import { rumpunUnit } from '../../shared/talent/rumpun';
import { loadTalentPeople } from '../../electron/talent/load';
import { talentPool } from '../../electron/talent/service';
import { buildTalentCity, TODAY } from './fixture';

describe('talent pool', () => {
  it('holds the ASN in the boxes from talenta.kotakMin up, box descending, with counts per box', async () => {
    const db = await buildTalentCity();
    const placed = placeAll(loadTalentPeople(db, TODAY).people, DEFAULT_CONFIG, TODAY);
    const all = { jenjang: null, rumpun: null };
    const pool = buildPool(placed, all, DEFAULT_CONFIG);
    expect(pool.anggota.map((a) => [a.nama, a.box])).toEqual([
      ['Fajar Hidayat, S.K.M.', 9], ['Ani Lestari, S.K.M.', 9], ['Citra Ayu, S.K.M.', 8], ['Budi Santoso, S.K.M.', 7],
    ]);
    expect(pool.perKotak).toEqual([0, 0, 1, 0, 1, 0, 1, 1, 2]);
    // A wider pool by the parameter takes box 5 (Dedi) in, box 3 (Eka) stays out.
    const wide = buildPool(placed, all, DEFAULT_CONFIG.with({ 'talenta.kotakMin': 5 }));
    expect(wide.kotakMin).toBe(5);
    expect(wide.anggota.map((a) => a.box)).toEqual([9, 9, 8, 7, 5]);
    // Only box 9.
    expect(buildPool(placed, all, DEFAULT_CONFIG.with({ 'talenta.kotakMin': 9 })).anggota).toHaveLength(2);
    db.close();
  });

  it('filters by jenjang and rumpun (derived from the unit name when the dataset has none, and said so)', async () => {
    const db = await buildTalentCity();
    const adm = talentPool(db, { jenjang: 'administrator', rumpun: null }, TODAY);
    expect(adm.anggota.map((a) => a.nama)).toEqual(['Ani Lestari, S.K.M.', 'Budi Santoso, S.K.M.']);
    expect(adm.perKotak.reduce((s, n) => s + n, 0)).toBe(4);
    expect(adm.rumpunDiturunkan).toBe(2);
    const kesehatan = talentPool(db, { jenjang: null, rumpun: 'kesehatan' }, TODAY);
    expect(kesehatan.anggota.map((a) => a.nama)).toEqual(['Ani Lestari, S.K.M.', 'Citra Ayu, S.K.M.', 'Budi Santoso, S.K.M.']);
    expect(talentPool(db, { jenjang: null, rumpun: 'pemerintahan' }, TODAY).anggota.map((a) => a.nama)).toEqual(['Fajar Hidayat, S.K.M.']);
    // A stored rumpun wins over the name.
    db.run("UPDATE unit_kerja SET rumpun = 'sosial' WHERE id = 'u-kec'");
    expect(talentPool(db, { jenjang: null, rumpun: 'sosial' }, TODAY).anggota).toHaveLength(1);
    expect(talentPool(db, { jenjang: null, rumpun: null }, TODAY).rumpunDiturunkan).toBe(1);
    db.close();
  });

  it('derives a rumpun by keyword, else umum', () => {
    expect(rumpunUnit(null, 'UPTD Puskesmas Jembatan Kecil')).toEqual({ rumpun: 'kesehatan', diturunkan: true });
    expect(rumpunUnit(null, 'Badan Pengelola Keuangan dan Aset Daerah').rumpun).toBe('keuangan');
    expect(rumpunUnit(null, 'Dinas Pariwisata')).toEqual({ rumpun: 'umum', diturunkan: true });
    expect(rumpunUnit('teknik', 'Dinas Pariwisata')).toEqual({ rumpun: 'teknik', diturunkan: false });
    expect(rumpunUnit('bukan-rumpun', 'Kecamatan Selebar').rumpun).toBe('pemerintahan');
  });
});
