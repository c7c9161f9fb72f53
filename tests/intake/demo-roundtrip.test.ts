import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCityData } from '../../electron/demo';
import { checkSource } from '../../electron/intake/intake-service';
import { sealNewDataset } from '../../electron/intake/seal-dataset';
import { workbookBytes } from '../../electron/intake/template';
import { OpenDataset } from '../../electron/dataset/open-dataset';
import { loadJabatan, loadPermohonan, loadProfil, loadTargets } from '../../electron/dataset/repository';
import { domainToRows } from '../../shared/intake/to-rows';
import { TEST_KDF } from '../support/dataset-context';
import { toFill } from './fixture-city';

/**
 * The demo generator's city — the richest domain data the project has (flawed requests, past
 * targets, discipline, absences) — written into the template and imported back: the import must
 * accept all of it and reproduce every object exactly, in the file and in the sealed dataset.
 */
const dir = mkdtempSync(join(tmpdir(), 'intake-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('demo city → template → import → sealed dataset', () => {
  it('round-trips every unit, post, person, request and target exactly', async () => {
    const city = generateCityData({ seed: 7, pegawai: 1500, permohonan: 120, today: '2026-11-23' });
    const src = join(dir, 'kota.xlsx');
    writeFileSync(src, await workbookBytes(toFill(domainToRows(city) as never)));
    const { result, berkas, sha256 } = await checkSource(src, { today: '2026-11-23' });
    expect(result.problems).toEqual([]);
    expect(result.data.units).toEqual(city.units);
    expect(result.data.jabatan).toEqual(city.jabatan);
    expect(result.data.pegawai).toEqual(city.pegawai);
    expect(result.data.permohonan).toEqual(city.permohonan);
    expect(result.data.target).toEqual(city.targets);

    const out = join(dir, 'kota.bpj');
    await sealNewDataset(result.data, { outPath: out, passphrase: 'kopi-hujan-layang-tujuh', kdf: TEST_KDF, at: '2026-11-23T00:00:00Z', actor: 'uji', berkas, sha256 });
    const ds = await OpenDataset.openFile(out, 'kopi-hujan-layang-tujuh');
    try {
      for (const p of city.pegawai.filter((_, i) => i % 97 === 0)) {
        const back = loadProfil(ds.db, p.nip)!;
        // The repository orders children by date/year; compare those as sets of the same records.
        expect(back).toEqual({ ...p, diklat: expect.any(Array), skp: expect.any(Array), disiplin: expect.any(Array), ketidakhadiran: expect.any(Array) });
        expect(back.diklat).toHaveLength(p.diklat.length);
        expect(back.diklat).toEqual(expect.arrayContaining(p.diklat));
        expect(back.skp).toEqual([...p.skp].sort((a, b) => a.tahun - b.tahun));
        expect(back.ketidakhadiran).toHaveLength(p.ketidakhadiran.length);
        expect(back.ketidakhadiran).toEqual(expect.arrayContaining(p.ketidakhadiran));
        expect(back.disiplin).toEqual(expect.arrayContaining(p.disiplin));
      }
      for (const j of city.jabatan.filter((_, i) => i % 23 === 0)) expect(loadJabatan(ds.db, j.id)).toEqual(j);
      for (const r of city.permohonan) {
        expect(loadPermohonan(ds.db, r.id)).toEqual(r);
        const mine = city.targets.filter((t) => t.permohonanId === r.id);
        expect(loadTargets(ds.db, r.nip, r.id).baru).toEqual(expect.arrayContaining(mine));
      }
      expect(ds.db.value('SELECT COUNT(*) FROM pegawai')).toBe(city.pegawai.length);
      expect(ds.db.value('SELECT COUNT(*) FROM target')).toBe(city.targets.length);
    } finally {
      ds.close();
    }
  }, 120_000);
});
