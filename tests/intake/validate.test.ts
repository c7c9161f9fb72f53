import { describe, expect, it } from 'vitest';
import { validateIntake } from '../../shared/intake/validate';
import { emptyExisting } from '../../shared/intake/existing';
import { SHEETS, type SheetName } from '../../shared/intake/sheets';
import type { RawCell } from '../../shared/intake/cells';
import type { RawSheet } from '../../shared/intake/header';
import { makeCity, nipFor, type KeyedRow } from './fixture-city';

const TODAY = '2026-11-23';

/** A sheet as raw cells: template headers (in the given order) and the rows' values by key. */
function sheet(name: SheetName, rows: KeyedRow[], opts: { order?: string[]; headerCase?: (s: string) => string; above?: RawCell[][]; below?: number } = {}): RawSheet {
  const spec = SHEETS.find((s) => s.name === name)!;
  const keys = opts.order ?? spec.columns.map((c) => c.key);
  const header = keys.map((k) => (opts.headerCase ?? ((s) => s))(spec.columns.find((c) => c.key === k)!.header));
  const body = rows.map((r) => keys.map((k) => {
    const v = r[k];
    return v === undefined || v === null ? null : v instanceof Date ? { date: v.toISOString().slice(0, 10) } : v;
  }));
  return { name, rows: [...(opts.above ?? []), header, ...body, ...Array.from({ length: opts.below ?? 0 }, () => keys.map(() => null))] };
}

function cityRaw(n = 6): RawSheet[] {
  const c = makeCity({ pegawai: n });
  return (Object.keys(c) as SheetName[]).map((k) => sheet(k, c[k]!));
}

const problemsOf = (raw: RawSheet[]) => validateIntake(raw, { today: TODAY }).problems;

describe('a clean workbook', () => {
  it('is accepted whole and builds domain objects with children attached', () => {
    const r = validateIntake(cityRaw(), { today: TODAY });
    expect(r.problems).toEqual([]);
    expect(r.data.pegawai).toHaveLength(6);
    expect(r.data.pegawai[0]!.skp).toHaveLength(2);
    expect(Object.keys(r.data.pegawai[0]!.kompetensi)).toHaveLength(3);
    expect(r.data.jabatan[0]!.standarKompetensi).toEqual({ integritas: 3, kerjasama: 3 });
    expect(r.data.permohonan[0]).toMatchObject({ tanggal: '2025-07-02', tanggalPakta: '2025-07-03', status: 'diajukan', paktaDitandatangani: true });
    expect(r.data.pegawai[0]!.jenisKelamin).toBe('L');
    expect(r.data.pegawai[0]!.tanggalLahir).toBe(`${nipFor(0).slice(0, 4)}-${nipFor(0).slice(4, 6)}-${nipFor(0).slice(6, 8)}`);
    expect(r.sheets.find((s) => s.sheet === 'Pegawai')).toMatchObject({ rows: 6, accepted: 6, rejected: 0 });
  });

  it('reads headers in another order and case, under merged title rows, and skips empty trailing rows', () => {
    const c = makeCity({ pegawai: 3 });
    const order = [...SHEETS.find((s) => s.name === 'Pegawai')!.columns.map((x) => x.key)].reverse();
    const title = Array.from({ length: order.length }, () => 'DATA ASN KOTA BENGKULU');
    const raw = cityRaw(3).filter((s) => s.name !== 'Pegawai');
    raw.push(sheet('Pegawai', c.Pegawai!, { order, headerCase: (s) => `  ${s.toUpperCase()}\u00a0`, above: [title, [], ['Per 1 Juli 2025']], below: 50 }));
    const r = validateIntake(raw, { today: TODAY });
    expect(r.problems).toEqual([]);
    expect(r.sheets.find((s) => s.sheet === 'Pegawai')!.rows).toBe(3);
  });

  it('matches sheet and CSV file names loosely, and warns about unknown sheets and columns', () => {
    const raw = cityRaw(2).map((s) => (s.name === 'SKP' ? { ...s, name: 'template-SKP (2).csv' } : s));
    raw.push({ name: 'Catatan Bidang', rows: [['apa saja']] });
    raw[0]!.rows[0]!.push('Kolom Tambahan');
    const r = validateIntake(raw, { today: TODAY });
    expect(r.problems).toEqual([]);
    expect(r.sheets.find((s) => s.sheet === 'SKP')!.source).toBe('template-SKP (2).csv');
    expect(r.warnings.join('\n')).toMatch(/Catatan Bidang/);
    expect(r.warnings.join('\n')).toMatch(/Kolom Tambahan/);
  });
});

describe('row problems', () => {
  it('points at sheet, row, column and value, in Bahasa Indonesia', () => {
    const c = makeCity({ pegawai: 4 });
    c.Pegawai![1]!.nip = 198503122010011000 as unknown as string; // typed into a number cell
    c.Pegawai![2]!.golongan = 'III/e';
    c.Pegawai![3]!.tmtGolongan = '31-06-2020';
    const raw = (Object.keys(c) as SheetName[]).map((k) => sheet(k, c[k]!));
    const ps = problemsOf(raw).filter((p) => p.sheet === 'Pegawai');
    expect(ps).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 3, column: 'NIP', value: '198503122010011000', code: 'NIP_ANGKA', reason: expect.stringMatching(/format kolom NIP sebagai Teks/i) }),
      expect.objectContaining({ row: 4, column: 'Golongan', value: 'III/e', code: 'PILIHAN_TIDAK_DIKENAL' }),
      expect.objectContaining({ row: 5, column: 'TMT Golongan', value: '31-06-2020', code: 'TANGGAL_TIDAK_ADA' }),
    ]));
  });

  it('refuses blank required cells, missing required columns and duplicate columns', () => {
    const c = makeCity({ pegawai: 2 });
    c.Pegawai![0]!.nama = '\u00a0 ';
    const raw = (Object.keys(c) as SheetName[]).map((k) => sheet(k, c[k]!));
    const skp = raw.find((s) => s.name === 'SKP')!;
    skp.rows = skp.rows.map((r) => r!.slice(0, 2)); // Predikat column gone
    const ps = problemsOf(raw);
    expect(ps).toContainEqual(expect.objectContaining({ sheet: 'Pegawai', row: 2, column: 'Nama', code: 'WAJIB_DIISI' }));
    expect(ps).toContainEqual(expect.objectContaining({ sheet: 'SKP', row: 1, column: 'Predikat', code: 'KOLOM_WAJIB_HILANG' }));
    expect(ps.filter((p) => p.sheet === 'SKP' && p.code === 'WAJIB_DIISI')).toEqual([]);
    const r = validateIntake(raw, { today: TODAY });
    expect(r.sheets.find((s) => s.sheet === 'SKP')).toMatchObject({ rows: 4, accepted: 0 });
  });

  it('refuses duplicates within a sheet, naming the first row', () => {
    const c = makeCity({ pegawai: 3 });
    c.Pegawai![2]!.nip = c.Pegawai![0]!.nip!;
    c.SKP!.push({ ...c.SKP![0]! });
    const ps = problemsOf((Object.keys(c) as SheetName[]).map((k) => sheet(k, c[k]!)));
    expect(ps).toContainEqual(expect.objectContaining({ sheet: 'Pegawai', row: 4, column: 'NIP', code: 'DUPLIKAT', reason: expect.stringContaining('baris 2') }));
    expect(ps).toContainEqual(expect.objectContaining({ sheet: 'SKP', column: 'Tahun', code: 'DUPLIKAT' }));
  });

  it('refuses duplicates of what the open dataset already holds', () => {
    const existing = emptyExisting();
    existing.pegawai.add(nipFor(0));
    existing.units.add('U1');
    const r = validateIntake(cityRaw(2), { today: TODAY, existing });
    expect(r.problems).toContainEqual(expect.objectContaining({ sheet: 'Pegawai', row: 2, code: 'DUPLIKAT_DATASET' }));
    expect(r.problems).toContainEqual(expect.objectContaining({ sheet: 'UnitKerja', row: 2, code: 'DUPLIKAT_DATASET' }));
  });

  it('requires every NIP and jabatan reference to resolve, in the file or the dataset', () => {
    const c = makeCity({ pegawai: 2 });
    c.Permohonan![0]!.pilihan1 = 'J-TIDAK-ADA';
    c.SKP![0]!.nip = nipFor(500);
    const ps = problemsOf((Object.keys(c) as SheetName[]).map((k) => sheet(k, c[k]!)));
    expect(ps).toContainEqual(expect.objectContaining({ sheet: 'Permohonan', column: 'Pilihan 1', code: 'RUJUKAN_TIDAK_ADA', value: 'J-TIDAK-ADA' }));
    expect(ps).toContainEqual(expect.objectContaining({ sheet: 'SKP', row: 2, column: 'NIP', code: 'RUJUKAN_TIDAK_ADA' }));

    // The same request against a dataset that has the post is fine.
    const existing = emptyExisting();
    existing.jabatan.add('J-TIDAK-ADA');
    existing.pegawai.add(nipFor(500));
    const again = validateIntake((Object.keys(c) as SheetName[]).map((k) => sheet(k, c[k]!)), { today: TODAY, existing });
    expect(again.problems).toEqual([]);
    expect(again.data.tambahan.skp).toEqual([{ nip: nipFor(500), tahun: 2024, predikat: 'Baik' }]);
  });

  it('cascades a refused parent row to its children with a message naming that row', () => {
    const c = makeCity({ pegawai: 2 });
    c.Pegawai![0]!.unitId = 'U-HILANG';
    const ps = problemsOf((Object.keys(c) as SheetName[]).map((k) => sheet(k, c[k]!)));
    expect(ps).toContainEqual(expect.objectContaining({ sheet: 'Pegawai', row: 2, column: 'ID Unit', code: 'RUJUKAN_TIDAK_ADA' }));
    expect(ps).toContainEqual(expect.objectContaining({ sheet: 'SKP', code: 'RUJUKAN_DITOLAK', reason: expect.stringContaining('baris 2 lembar Pegawai') }));
  });

  it('requires request targets to fall due after the filing date and to belong to the applicant', () => {
    const c = makeCity({ pegawai: 10 });
    c.Target![0]!.tenggat = '1 Juli 2025'; // request filed 2 Juli 2025
    c.Target![0]!.nip = nipFor(9);
    const ps = problemsOf((Object.keys(c) as SheetName[]).map((k) => sheet(k, c[k]!)));
    expect(ps).toContainEqual(expect.objectContaining({ sheet: 'Target', row: 2, column: 'Tenggat', code: 'TENGGAT_SEBELUM_AJUAN' }));
    expect(ps).toContainEqual(expect.objectContaining({ sheet: 'Target', row: 2, column: 'NIP', code: 'NIP_TARGET_BEDA' }));
  });

  it('checks a request: repeated choice, pledge without date, future filing date', () => {
    const c = makeCity({ pegawai: 20 });
    Object.assign(c.Permohonan![0]!, { pilihan2: c.Permohonan![0]!.pilihan1 });
    Object.assign(c.Permohonan![1]!, { tanggalPakta: null, tanggal: '01-01-2027' });
    const ps = problemsOf((Object.keys(c) as SheetName[]).map((k) => sheet(k, c[k]!)));
    expect(ps).toContainEqual(expect.objectContaining({ sheet: 'Permohonan', row: 2, column: 'Pilihan 2', code: 'PILIHAN_GANDA' }));
    expect(ps).toContainEqual(expect.objectContaining({ sheet: 'Permohonan', row: 3, column: 'Tanggal Pakta', code: 'PAKTA_TANPA_TANGGAL' }));
    expect(ps).toContainEqual(expect.objectContaining({ sheet: 'Permohonan', row: 3, column: 'Tanggal Pengajuan', code: 'TANGGAL_MASA_DEPAN' }));
  });

  it('checks TMT dates against the CPNS TMT in the NIP and end dates against start dates', () => {
    const c = makeCity({ pegawai: 3 });
    c.Pegawai![0]!.tmtJabatan = '01-01-1980';
    c.Disiplin![0]!.selesai = '2023-01-01';
    const ps = problemsOf((Object.keys(c) as SheetName[]).map((k) => sheet(k, c[k]!)));
    expect(ps).toContainEqual(expect.objectContaining({ sheet: 'Pegawai', row: 2, column: 'TMT Jabatan', code: 'TMT_SEBELUM_CPNS' }));
    expect(ps).toContainEqual(expect.objectContaining({ sheet: 'Disiplin', column: 'Selesai', code: 'SELESAI_SEBELUM_MULAI' }));
  });

  it('refuses a vacant post with a holder', () => {
    const c = makeCity({ pegawai: 2 });
    c.Jabatan![0]!.pemegangNip = nipFor(0);
    const ps = problemsOf((Object.keys(c) as SheetName[]).map((k) => sheet(k, c[k]!)));
    expect(ps).toContainEqual(expect.objectContaining({ sheet: 'Jabatan', column: 'NIP Pemegang', code: 'PEMEGANG_LOWONG' }));
  });

  it('reports a sheet whose header cannot be found', () => {
    const ps = problemsOf([{ name: 'Pegawai', rows: [['ini bukan judul'], ['data']] }]);
    expect(ps).toEqual([expect.objectContaining({ sheet: 'Pegawai', code: 'JUDUL_TIDAK_DITEMUKAN' })]);
  });
});
