import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Database } from '../../electron/dataset/database';
import { migrate } from '../../electron/dataset/migrations';
import { loadPermohonan, loadTargets } from '../../electron/dataset/repository';
import { listRequests } from '../../electron/dataset/requests-query';
import { checkSource } from '../../electron/intake/intake-service';
import { loadExistingKeys } from '../../electron/intake/existing-keys';
import { writeImport } from '../../electron/intake/import-writer';
import { HEADER_ROW, workbookBytes } from '../../electron/intake/template';
import { domainToRows } from '../../shared/intake/to-rows';
import { makeCity, nipFor, toCsv, toFill, type KeyedFill, type KeyedRow } from './fixture-city';

const TODAY = '2026-11-23';
const dir = mkdtempSync(join(tmpdir(), 'intake-tetap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const AUDIT = { at: '2026-11-23T09:00:00.000Z', actor: 'uji', berkas: 'isi.xlsx', sha256: '0'.repeat(64) };

/** A request to stay: reason, no post, a signed pledge; the sheet's words as a unit would type them. */
function tetapRow(id: string, nip: string, extra: Partial<KeyedRow> = {}): KeyedRow {
  return {
    id, nip, tanggal: '05/10/2026', jenis: 'Tetap', pilihan1: null, pilihan2: null, pilihan3: null, kategoriAlasan: 'kesesuaian_kompetensi',
    alasan: 'Program digitalisasi arsip yang saya rintis belum selesai.', paktaDitandatangani: 'Ya', tanggalPakta: '01/10/2026', status: null, ...extra,
  };
}
const targetOf = (id: string, nip: string): KeyedRow => ({
  id: `${id}-T1`, nip, permohonanId: id, indikator: 'Persentase arsip aktif yang didigitalkan', nilaiTarget: 90, satuan: '%', tenggat: '30 Juni 2027',
  realisasi: null, tanggalRealisasi: null, catatanBukti: '', denganPakta: 'Ya',
});

function cityWithTetap(): KeyedFill {
  const city = makeCity({ pegawai: 12 });
  city.Permohonan!.push(tetapRow('P-TETAP', nipFor(5)));
  city.Target!.push(targetOf('P-TETAP', nipFor(5)));
  return city;
}

async function xlsx(city: KeyedFill, name: string): Promise<string> {
  const p = join(dir, name);
  writeFileSync(p, await workbookBytes(toFill(city)));
  return p;
}

function csvFolder(city: KeyedFill, name: string, header?: (text: string) => string): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  for (const [sheet, rows] of Object.entries(city)) {
    const text = toCsv(sheet as never, rows!);
    writeFileSync(join(folder, `${sheet}.csv`), sheet === 'Permohonan' && header ? header(text) : text);
  }
  return folder;
}

describe('Jenis Permohonan in the intake', () => {
  it('a workbook with a request to stay is accepted, and the kind, reason, targets and pledge reach the dataset', async () => {
    const { result } = await checkSource(await xlsx(cityWithTetap(), 'tetap.xlsx'), { today: TODAY });
    expect(result.problems).toEqual([]);
    const tetap = result.data.permohonan.find((r) => r.id === 'P-TETAP')!;
    expect(tetap).toMatchObject({ jenis: 'tetap', pilihan: [], paktaDitandatangani: true, tanggalPakta: '2026-10-01' });
    expect(tetap.alasan).toContain('digitalisasi arsip');
    // A blank Jenis cell means pindah.
    expect(result.data.permohonan.find((r) => r.id === 'P-1')).toMatchObject({ jenis: 'pindah', pilihan: ['J-KASI-1'] });

    const db = await Database.create();
    migrate(db);
    writeImport(db, result.data, AUDIT, { journal: false });
    expect(loadPermohonan(db, 'P-TETAP')).toMatchObject({ jenis: 'tetap', pilihan: [] });
    expect(loadTargets(db, nipFor(5), 'P-TETAP').baru).toEqual([expect.objectContaining({ id: 'P-TETAP-T1', denganPakta: true })]);
    expect(listRequests(db, { jenis: 'tetap' }).rows.map((r) => [r.id, r.jenis])).toEqual([['P-TETAP', 'tetap']]);
    db.close();
  });

  it('refuses a request to stay that names a post, and a request to move that names none, naming the cell', async () => {
    const city = makeCity({ pegawai: 12 });
    city.Permohonan!.push(
      tetapRow('P-TETAP-SALAH', nipFor(5), { pilihan1: 'J-KASI-1' }),
      tetapRow('P-PINDAH-KOSONG', nipFor(6), { jenis: null }),
    );
    // Headers as an older form writes them: "Jenis" alone.
    const folder = csvFolder(city, 'csv-salah', (t) => t.replace('Jenis Permohonan', 'Jenis'));
    const { result } = await checkSource(folder, { today: TODAY });
    const problems = result.problems.map((p) => ({ sheet: p.sheet, row: p.row, column: p.column, code: p.code }));
    // CSV row 1 is the header, P-1 is row 2.
    expect(problems).toEqual([
      { sheet: 'Permohonan', row: 3, column: 'Pilihan 1', code: 'TETAP_DENGAN_PILIHAN' },
      { sheet: 'Permohonan', row: 4, column: 'Pilihan 1', code: 'PINDAH_TANPA_PILIHAN' },
    ]);
    expect(result.problems[0]!.value).toBe('J-KASI-1');
    expect(result.problems[0]!.reason).toMatch(/Permohonan tetap tidak menyebut jabatan tujuan/);
    expect(result.problems[1]!.reason).toMatch(/Jenis Permohonan "tetap"/);
    expect(result.sheets.find((s) => s.sheet === 'Permohonan')).toMatchObject({ rows: 3, accepted: 1, rejected: 2 });
  });

  it('an unknown kind is refused in its own cell, without guessing at the posts', async () => {
    const city = makeCity({ pegawai: 12 });
    city.Permohonan![0]!.jenis = 'naik';
    const { result } = await checkSource(csvFolder(city, 'csv-naik'), { today: TODAY });
    const own = result.problems.filter((p) => p.sheet === 'Permohonan');
    expect(own.map((p) => [p.row, p.column, p.code])).toEqual([[2, 'Jenis Permohonan', 'PILIHAN_TIDAK_DIKENAL']]);
    expect(own[0]!.reason).toContain('pindah, tetap');
  });

  it('a request to stay is added to an open dataset (incremental import against its keys)', async () => {
    const db = await Database.create();
    migrate(db);
    const first = await checkSource(await xlsx(makeCity({ pegawai: 12 }), 'awal.xlsx'), { today: TODAY });
    writeImport(db, first.result.data, AUDIT, { journal: false });
    const more: KeyedFill = { Permohonan: [tetapRow('P-LANJUT', nipFor(7))], Target: [targetOf('P-LANJUT', nipFor(7))] };
    const { result } = await checkSource(await xlsx(more, 'lanjutan.xlsx'), { today: TODAY, existing: loadExistingKeys(db) });
    expect(result.problems).toEqual([]);
    writeImport(db, result.data, AUDIT, { journal: false });
    expect(db.value("SELECT jenis FROM permohonan WHERE id = 'P-LANJUT'")).toBe('tetap');
    expect(listRequests(db, { jenis: 'pindah' }).rows.map((r) => r.id)).toEqual(['P-1']);
    // The same request again is a duplicate of the dataset, as for any other request.
    const again = await checkSource(await xlsx(more, 'lagi.xlsx'), { today: TODAY, existing: loadExistingKeys(db) });
    expect(again.result.problems.map((p) => p.code)).toContain('DUPLIKAT_DATASET');
    db.close();
  });

  it('the template offers pindah/tetap as a drop-down list under its header, optional', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await workbookBytes() as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Permohonan')!;
    const headers = (ws.getRow(HEADER_ROW).values as unknown[]).slice(1);
    const col = headers.indexOf('Jenis Permohonan') + 1;
    expect(col).toBeGreaterThan(0);
    const letter = String.fromCharCode(64 + col);
    const dv = (ws as any).dataValidations.model[`${letter}${HEADER_ROW + 1}`];
    expect(dv).toMatchObject({ type: 'list', allowBlank: true, formulae: ['"pindah,tetap"'] });
    expect(String((ws.getCell(HEADER_ROW, col).note as any)?.texts?.map((t: any) => t.text).join('') ?? ws.getCell(HEADER_ROW, col).note)).toMatch(/Kosong berarti pindah/);
    // Pilihan 1 is no longer required for every row: a request to stay leaves it blank.
    expect(ws.getCell(HEADER_ROW, headers.indexOf('Pilihan 1') + 1).font?.color?.argb).toBe('FF1F3864');
  });

  it('domain → template rows writes the kind, so a corrected sheet goes back in unchanged', () => {
    const rows = domainToRows({
      units: [], jabatan: [], pegawai: [], targets: [],
      permohonan: [{ id: 'X', nip: nipFor(1), tanggal: '2026-10-05', jenis: 'tetap', pilihan: [], kategoriAlasan: 'lainnya', alasan: 'a', paktaDitandatangani: true, tanggalPakta: '2026-10-05', status: 'diajukan' }],
    });
    expect(rows.Permohonan![0]).toMatchObject({ jenis: 'tetap', pilihan1: null });
  });
});
