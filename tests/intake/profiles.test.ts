import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkSource } from '../../electron/intake/intake-service';
import { loadProfile } from '../../electron/intake/profile-store';
import { buildWorkbook } from '../../electron/intake/template';
import { profileFromMapping, SIASN_PROFILE, suggestColumns } from '../../shared/intake/profiles';
import { SHEETS } from '../../shared/intake/sheets';
import { makeCity, toFill } from './fixture-city';

const TODAY = '2026-11-23';
const dir = mkdtempSync(join(tmpdir(), 'intake-profiles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The Pegawai columns as a SIASN "data utama" export names them; the rest keep template names. */
const SIASN_NAMES: Record<string, string> = {
  nip: 'NIP_BARU', nama: 'nama', golongan: 'golRuangAkhir', tmtGolongan: 'TMT_GOL_AKHIR', namaJabatan: 'jabatanNama',
  tmtJabatan: 'tmtJabatan', unitId: 'unorId', pendidikan: 'tkPendidikanTerakhir', telepon: 'noHp',
};

/** The city's workbook, with its Pegawai sheet replaced by a sheet named like an export, headers SIASN's. */
async function siasnWorkbook(n: number): Promise<{ path: string; nips: string[] }> {
  const city = makeCity({ pegawai: n });
  const wb = buildWorkbook(toFill({ ...city, Pegawai: [] }));
  wb.removeWorksheet(wb.getWorksheet('Pegawai')!.id);
  const ws = wb.addWorksheet('Export SIASN 2026');
  const spec = SHEETS.find((s) => s.name === 'Pegawai')!;
  ws.addRow(spec.columns.map((c) => SIASN_NAMES[c.key] ?? c.header));
  for (const p of city.Pegawai!) ws.addRow(spec.columns.map((c) => p[c.key] ?? null));
  const path = join(dir, `siasn-${n}.xlsx`);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return { path, nips: city.Pegawai!.map((p) => String(p.nip)) };
}

describe('import profiles', () => {
  it('suggests the field from the header (NIP_BARU / nipBaru → NIP, GOL_AKHIR / golRuangAkhir → golongan) and from sample values', () => {
    const s = suggestColumns('Pegawai', ['NIP_BARU', 'golRuangAkhir', 'Kolom 3', 'Kolom 4', 'Nama'],
      [['198503122010011004', 'III/d', '198001012005012003', 'IV/a', 'Budi'], ['198601012011012005', 'III/c', '198101012006011002', 'III/b', 'Ani']], SIASN_PROFILE);
    expect(s.map((x) => [x.key, x.by])).toEqual([['nip', 'profil'], ['golongan', 'profil'], [null, null], [null, null], ['nama', 'profil']]);
    const bare = suggestColumns('Pegawai', ['Nomor', 'Gol'], [['198503122010011004', 'III/d']], null);
    expect(bare.map((x) => [x.key, x.by])).toEqual([['nip', 'isi'], ['golongan', 'nama']]);
  });

  it('imports a SIASN-named export with the built-in profile, and not without it', async () => {
    const { path, nips } = await siasnWorkbook(6);
    const plain = await checkSource(path, { today: TODAY });
    expect(plain.result.data.pegawai).toHaveLength(0);
    const { result, preview } = await checkSource(path, { today: TODAY, profile: loadProfile('siasn') });
    expect(result.problems).toEqual([]);
    expect(result.data.pegawai.map((p) => p.nip)).toEqual(nips);
    const peg = preview.find((p) => p.sheet === 'Pegawai')!;
    expect(peg.headers.slice(0, 2)).toEqual(['NIP', 'Nama']);
    expect(peg.rows[0]![0]).toBe(nips[0]);
  });

  it('previews at most 20 rows with the mapped values', async () => {
    const { path } = await siasnWorkbook(25);
    const { preview } = await checkSource(path, { today: TODAY, profile: SIASN_PROFILE });
    expect(preview.find((p) => p.sheet === 'Pegawai')!.rows).toHaveLength(20);
  });

  it('saves a mapping by name and reads it back for the next export', async () => {
    const { path, nips } = await siasnWorkbook(3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const headers = (wb.getWorksheet('Export SIASN 2026')!.getRow(1).values as unknown[]).slice(1).map(String);
    const mapping = suggestColumns('Pegawai', headers, [], SIASN_PROFILE);
    const saved = join(dir, 'profil-bkpsdm.json');
    writeFileSync(saved, JSON.stringify(profileFromMapping('BKPSDM ekspor', 'Export SIASN 2026', 'Pegawai', mapping)));
    const { result } = await checkSource(path, { today: TODAY, profile: loadProfile(saved) });
    expect(result.data.pegawai.map((p) => p.nip)).toEqual(nips);
  });
});
