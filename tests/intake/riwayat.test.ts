import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../../electron/dataset/database';
import { migrate } from '../../electron/dataset/migrations';
import { checkSource } from '../../electron/intake/intake-service';
import { writeImport } from '../../electron/intake/import-writer';
import { workbookBytes } from '../../electron/intake/template';
import { buildPool } from '../../electron/compare/pool';
import { loadConfig } from '../../electron/compare/config-store';
import { applyProfile, SIASN_PROFILE } from '../../shared/intake/profiles';
import { validateIntake } from '../../shared/intake/validate';
import { makeCity, nipFor, toCsv, toFill, type KeyedFill, type KeyedRow } from './fixture-city';

const TODAY = '2026-11-23';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
async function xlsx(city: KeyedFill): Promise<string> {
  const d = mkdtempSync(join(tmpdir(), 'intake-riwayat-'));
  dirs.push(d);
  const p = join(d, 'isi.xlsx');
  writeFileSync(p, await workbookBytes(toFill(city)));
  return p;
}

/** The applicant of P-1 (nipFor(0)) has been in the current pelaksana post since January 2025 only. */
function cityWithRecentPost(riwayat?: KeyedRow[]): KeyedFill {
  const city = makeCity({ pegawai: 12 });
  city.Pegawai![0]!.tmtJabatan = '2025-01-02';
  if (riwayat) city.RiwayatJabatan = riwayat;
  return city;
}
const cpnsOf = (nip: string) => `${nip.slice(8, 12)}-${nip.slice(12, 14)}-01`;
const completeHistory = (nip: string): KeyedRow[] => [
  { nip, namaJabatan: 'Pengadministrasi Umum', level: null, jenisJabatan: '4', unit: 'Unit Kerja 3', tmtMulai: cpnsOf(nip), tmtSelesai: null },
  { nip, namaJabatan: 'Pelaksana', level: 'pelaksana', jenisJabatan: null, unit: 'Unit Kerja 1', tmtMulai: '2025-01-02', tmtSelesai: null },
];

async function pengalamanOfApplicant(city: KeyedFill) {
  const checked = await checkSource(await xlsx(city), { today: TODAY });
  expect(checked.result.problems).toEqual([]);
  const db = await Database.create();
  migrate(db);
  writeImport(db, checked.result.data, { at: 'x', actor: 'uji', berkas: 'b', sha256: 'c' });
  const pool = buildPool(db, 'J-KASI-1', loadConfig(db), TODAY);
  const stored = db.all('SELECT nama_jabatan, level, tmt_mulai, tmt_selesai FROM riwayat_jabatan ORDER BY tmt_mulai');
  db.close();
  const c = pool.candidates.find((x) => x.nip === nipFor(0))!;
  return { result: c.eligibility.results.find((r) => r.ruleId === 'pengalaman')!, stored };
}

describe('riwayat jabatan through the real pool builder', () => {
  it('without the sheet the experience rule asks the committee; with complete history the note disappears', async () => {
    const before = await pengalamanOfApplicant(cityWithRecentPost());
    expect(before.result).toMatchObject({ status: 'perlu_perhatian', alasan: expect.objectContaining({ id: expect.stringContaining('tidak ada di dataset') }) });

    const after = await pengalamanOfApplicant(cityWithRecentPost(completeHistory(nipFor(0))));
    expect(after.result.status).toBe('memenuhi');
    expect(after.result.alasan.id).toContain('riwayat jabatan');
    expect(after.result.alasan.id).not.toContain('tidak ada di dataset');
    // SIASN's jenis id 4 is pelaksana; the open end runs to the next post; the last one is still held.
    expect(after.stored).toEqual([
      { nama_jabatan: 'Pengadministrasi Umum', level: 'pelaksana', tmt_mulai: cpnsOf(nipFor(0)), tmt_selesai: '2025-01-02' },
      { nama_jabatan: 'Pelaksana', level: 'pelaksana', tmt_mulai: '2025-01-02', tmt_selesai: null },
    ]);
  });
});

describe('riwayat jabatan validated per cell', () => {
  it('names the row and column of each wrong cell, and writes nothing', async () => {
    const nip = nipFor(0);
    const city = cityWithRecentPost([
      { nip, namaJabatan: 'Kepala Seksi', level: null, jenisJabatan: null, unit: '', tmtMulai: '2020-01-02', tmtSelesai: null },
      { nip, namaJabatan: 'Kepala Seksi', level: null, jenisJabatan: 'struktural', unit: '', tmtMulai: '2020-02-03', tmtSelesai: null },
      { nip, namaJabatan: 'Analis', level: 'fungsional', jenisJabatan: null, unit: '', tmtMulai: '2022-05-01', tmtSelesai: '2021-01-01' },
      { nip, namaJabatan: 'Analis', level: 'IV.z', jenisJabatan: null, unit: '', tmtMulai: '2027-01-01', tmtSelesai: null },
      { nip: nipFor(500), namaJabatan: 'Staf', level: 'pelaksana', jenisJabatan: null, unit: '', tmtMulai: '2020-01-01', tmtSelesai: null },
      { nip, namaJabatan: 'Staf', level: 'pelaksana', jenisJabatan: null, unit: '', tmtMulai: '1980-01-01', tmtSelesai: null },
    ]);
    const { result } = await checkSource(await xlsx(city), { today: TODAY });
    const mine = result.problems.filter((p) => p.sheet === 'RiwayatJabatan').map((p) => [p.row, p.column, p.code]);
    expect(mine).toEqual([
      [3, 'Eselon', 'RIWAYAT_TANPA_JENJANG'],
      [4, 'Eselon', 'RIWAYAT_TANPA_JENJANG'],
      [5, 'TMT Selesai', 'SELESAI_SEBELUM_MULAI'],
      [6, 'Eselon', 'PILIHAN_TIDAK_DIKENAL'],
      [6, 'TMT Jabatan', 'TANGGAL_MASA_DEPAN'],
      [7, 'NIP', 'RUJUKAN_TIDAK_ADA'],
      [8, 'TMT Jabatan', 'TMT_SEBELUM_CPNS'],
    ]);
    expect(result.data.riwayat).toHaveLength(0);
  });

  it('reads SIASN\'s riwayat jabatan export through the built-in profile (eselon id, unorNama, tmtJabatan)', () => {
    const nip = nipFor(0);
    const pegawai = makeCity({ pegawai: 2 });
    const csv = (name: string, text: string) => ({ name, rows: text.trim().split('\n').map((l) => l.split(',')) });
    const raw = [
      ...(['UnitKerja', 'Pegawai'] as const).map((s) => csv(s, toCsv(s, pegawai[s]!))),
      csv('rw-jabatan-siasn', [
        'nipBaru,namaJabatan,jenisJabatan,eselon,unorNama,tmtJabatan',
        `${nip},Kepala Subbagian Umum,1,42,Dinas Kesehatan,04-01-2021`,
        `${nip},Kepala Seksi Pelayanan,1,41,Kecamatan Selebar,24-11-2023`,
      ].join('\n')),
    ];
    const r = validateIntake(applyProfile(raw, SIASN_PROFILE), { today: TODAY });
    expect(r.problems).toEqual([]);
    expect(r.data.pegawai).toHaveLength(2);
    expect(r.data.riwayat).toEqual([
      { nip, namaJabatan: 'Kepala Subbagian Umum', level: 'IV.b', unit: 'Dinas Kesehatan', tmtMulai: '2021-01-04', tmtSelesai: '2023-11-24' },
      { nip, namaJabatan: 'Kepala Seksi Pelayanan', level: 'IV.a', unit: 'Kecamatan Selebar', tmtMulai: '2023-11-24', tmtSelesai: null },
    ]);
  });
});
