import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { readIntakeSource } from '../../electron/intake/read-source';
import { checkSource } from '../../electron/intake/intake-service';
import { buildWorkbook, workbookBytes, HEADER_ROW } from '../../electron/intake/template';
import { problemReportBytes } from '../../electron/intake/problem-report';
import { crc32, storedZip } from './zip-util';
import { guardZip } from '../../electron/intake/zip-guard';
import { LIMITS } from '../../electron/intake/limits';
import { AppError } from '../../shared/errors';
import { makeCity, nipFor, toCsv, toFill } from './fixture-city';

const TODAY = '2026-11-23';
const dir = mkdtempSync(join(tmpdir(), 'intake-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: Buffer | string) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).code;
  }
  throw new Error('expected an error');
}

/** A deflated zip with the given parts (what a hostile .xlsx would be). */
function deflatedZip(parts: Record<string, Buffer>): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(parts)) {
    const comp = deflateRawSync(data, { level: 9 });
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14); local.writeUInt32LE(comp.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(n.length, 26);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0); cen.writeUInt16LE(20, 4); cen.writeUInt16LE(20, 6); cen.writeUInt16LE(8, 10);
    cen.writeUInt32LE(crc32(data), 16); cen.writeUInt32LE(comp.length, 20); cen.writeUInt32LE(data.length, 24); cen.writeUInt16LE(n.length, 28); cen.writeUInt32LE(offset, 42);
    chunks.push(local, n, comp);
    central.push(cen, n);
    offset += 30 + n.length + comp.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(Object.keys(parts).length, 8); end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, cd, end]);
}

const SML = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The least a workbook needs: a workbook part naming one sheet through its relationships. */
function oneSheetParts(sheetXml: string): Record<string, Buffer> {
  return {
    'xl/workbook.xml': Buffer.from(`<workbook ${SML}><sheets><sheet name="Pegawai" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': Buffer.from('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': Buffer.from(sheetXml),
  };
}

describe('the XLSX template', () => {
  it('has one sheet per table, notes on headers, drop-down lists and NIP columns formatted as text', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await workbookBytes() as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Petunjuk', 'UnitKerja', 'Jabatan', 'StandarKompetensi', 'Pegawai', 'Diklat', 'Kompetensi', 'SKP', 'Disiplin', 'Kehadiran', 'RiwayatJabatan',
      'Permohonan', 'Target',
    ]);
    const peg = wb.getWorksheet('Pegawai')!;
    expect(peg.getCell(HEADER_ROW, 1).value).toBe('NIP');
    expect(String((peg.getCell(HEADER_ROW, 1).note as any)?.texts?.[0]?.text ?? peg.getCell(HEADER_ROW, 1).note)).toMatch(/Teks/);
    expect(peg.getColumn(1).numFmt).toBe('@');
    const dv = (peg as any).dataValidations.model;
    const golCol = String.fromCharCode(64 + 5); // Golongan is the 5th column
    expect(dv[`${golCol}3`]).toMatchObject({ type: 'list' });
    expect(dv[`${golCol}3`].formulae[0]).toContain('III/d');
    const skp = wb.getWorksheet('SKP')!;
    expect((skp as any).dataValidations.model.C3.formulae[0]).toContain('Kurang/Misconduct');
    const jab = wb.getWorksheet('Jabatan')!;
    expect((jab as any).dataValidations.model.D3.formulae[0]).toContain('III.a');
  });

  it('filled by a script, round-trips through the reader and the checks without a single problem', async () => {
    const city = makeCity({ pegawai: 30 });
    const path = file('isi.xlsx', await workbookBytes(toFill(city)));
    const { result } = await checkSource(path, { today: TODAY });
    expect(result.problems).toEqual([]);
    expect(result.data.pegawai.map((p) => p.nip)).toEqual(city.Pegawai!.map((p) => p.nip));
    expect(result.data.pegawai[3]!.telepon).toBe(city.Pegawai![3]!.telepon);
    expect(result.data.target.find((t) => t.id === 'T-1-L')).toMatchObject({ realisasi: 12, tanggalRealisasi: '2024-12-20' });
  });

  it('reads real Excel dates, numbers typed for NIPs and formulas as Excel stores them', async () => {
    const city = makeCity({ pegawai: 3 });
    const wb = buildWorkbook(toFill(city));
    const peg = wb.getWorksheet('Pegawai')!;
    peg.getCell(HEADER_ROW + 1, 6).value = new Date(Date.UTC(2019, 3, 1)); // TMT Golongan as a date cell
    peg.getCell(HEADER_ROW + 2, 1).value = 198503122010011000; // NIP typed into a number cell
    peg.getCell(HEADER_ROW + 3, 2).value = { formula: 'CONCATENATE("A","B")', result: 'AB' } as ExcelJS.CellFormulaValue;
    peg.getCell(HEADER_ROW + 3, 13).value = 'x'.repeat(10_000); // alamat
    const path = file('excel-realities.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const { result } = await checkSource(path, { today: TODAY });
    const ps = result.problems.filter((p) => p.sheet === 'Pegawai');
    expect(ps.find((p) => p.row === 4)).toMatchObject({ column: 'NIP', code: 'NIP_ANGKA' });
    expect(ps.find((p) => p.row === 5 && p.column === 'Nama')).toMatchObject({ code: 'RUMUS', value: '=CONCATENATE("A","B")' });
    const long = ps.find((p) => p.row === 5 && p.column === 'Alamat')!;
    expect(long.code).toBe('TERLALU_PANJANG');
    expect(long.value.length).toBeLessThan(120);
    expect(result.problems.some((p) => p.sheet === 'Pegawai' && p.column === 'TMT Golongan')).toBe(false);
  });
});

describe('CSV', () => {
  it('reads a folder of CSVs: comma, semicolon with BOM and decimal commas, Windows-1252', async () => {
    const city = makeCity({ pegawai: 8 });
    const folder = join(dir, 'csv-folder');
    mkdirSync(folder);
    for (const [name, rows] of Object.entries(city)) {
      const semicolon = name === 'Pegawai' || name === 'UnitKerja';
      const text = toCsv(name as any, rows!, semicolon ? ';' : ',');
      writeFileSync(join(folder, `${name}.csv`), semicolon ? `\ufeff${text}` : text);
    }
    // Excel's plain "CSV" on Windows: cp1252, an é in a name.
    const peg = toCsv('Pegawai', city.Pegawai!.map((p, i) => (i === 0 ? { ...p, nama: 'Andr\u00e9 Sitompul' } : p)), ';');
    writeFileSync(join(folder, 'Pegawai.csv'), Buffer.from(peg, 'latin1'));
    const { result } = await checkSource(folder, { today: TODAY });
    expect(result.problems).toEqual([]);
    expect(result.data.pegawai[0]!.nama).toBe('Andr\u00e9 Sitompul');
    expect(result.data.units[0]!.lokasi.lat).toBeCloseTo(-3.79, 5);
    expect(result.sheets).toHaveLength(11);
  });

  it('keeps quoted fields with delimiters, quotes and line breaks', async () => {
    const sheets = await readIntakeSource(file('quoted.csv', 'a,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n'));
    expect(sheets[0]!.rows).toEqual([['a', 'b'], ['x, y', 'say "hi"'], ['two\nlines', 'z']]);
  });
});

describe('hostile files', () => {
  it('says "not a spreadsheet" for other files, and explains old .xls', async () => {
    expect(await codeOf(readIntakeSource(file('gambar.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))))).toBe('BUKAN_SPREADSHEET');
    expect(await codeOf(readIntakeSource(file('data.xlsx', '%PDF-1.7 not a workbook')))).toBe('SPREADSHEET_RUSAK');
    expect(await codeOf(readIntakeSource(file('lama.xls', Buffer.from('d0cf11e0a1b11ae1000000', 'hex'))))).toBe('XLS_LAMA');
    expect(await codeOf(readIntakeSource(file('biner.csv', Buffer.from([0x41, 0, 0x42]))))).toBe('BUKAN_SPREADSHEET');
    expect(await codeOf(readIntakeSource(file('dok.xlsx', deflatedZip({ 'word/document.xml': Buffer.from('<w/>') }))))).toBe('BUKAN_SPREADSHEET');
    expect(await codeOf(readIntakeSource(file('potong.xlsx', (await workbookBytes()).subarray(0, 3000))))).toBe('SPREADSHEET_RUSAK');
    expect(await codeOf(readIntakeSource(join(dir, 'tidak-ada.xlsx')))).toBe('BERKAS_TIDAK_DITEMUKAN');
  });

  it('stops a zip bomb at the uncompressed-size cap, by really inflating', async () => {
    const bomb = deflatedZip({ 'xl/workbook.xml': Buffer.from('<workbook/>'), 'xl/worksheets/sheet1.xml': Buffer.alloc(64 * 1024 * 1024, 0x20) });
    expect(bomb.length).toBeLessThan(200 * 1024);
    const err = await readIntakeSource(file('bom.xlsx', bomb), { ...LIMITS, maxUncompressedBytes: 16 * 1024 * 1024 }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('SPREADSHEET_TERLALU_BESAR');
    expect(err.message).toMatch(/bom zip/);
  });

  it('refuses an enormous sheet by its row count, and an oversized file by its size', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>x</t></is></c></row>`).join('');
    const big = deflatedZip(oneSheetParts(`<worksheet ${SML}><sheetData>${rows}</sheetData></worksheet>`));
    const small = { ...LIMITS, maxRowsPerSheet: 200 };
    expect(await codeOf(readIntakeSource(file('banyak.xlsx', big), small))).toBe('SPREADSHEET_TERLALU_BANYAK_BARIS');
    const csv = Array.from({ length: 300 }, (_, i) => `${i},x`).join('\n');
    expect(await codeOf(readIntakeSource(file('banyak.csv', csv), small))).toBe('SPREADSHEET_TERLALU_BANYAK_BARIS');
    expect(await codeOf(readIntakeSource(file('besar.csv', 'x'.repeat(2048)), { ...LIMITS, maxFileBytes: 1024 }))).toBe('SPREADSHEET_TERLALU_BESAR');
  });

  it('refuses malformed sheet XML in linear time instead of hanging', async () => {
    const unclosedRows = `<worksheet ${SML}><sheetData>${'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c>'.repeat(100_000)}</sheetData></worksheet>`;
    const unclosedCells = `<worksheet ${SML}><sheetData><row r="1">${'<c r="A1"><v>1</v>'.repeat(200_000)}</row></sheetData></worksheet>`;
    for (const sheet of [unclosedRows, unclosedCells]) {
      const zip = deflatedZip(oneSheetParts(sheet));
      expect(await codeOf(readIntakeSource(file('rusak-xml.xlsx', zip)))).toBe('SPREADSHEET_RUSAK');
    }
  });

  it('does not expand a merge or a validation over a whole sheet', async () => {
    const city = makeCity({ pegawai: 2 });
    // Written by hand: exceljs itself would try to create every merged cell.
    const { parts } = guardZip(await workbookBytes(toFill(city)), LIMITS);
    const name = 'xl/worksheets/sheet6.xml'; // Diklat
    const xml = parts.get(name)!.toString('utf8')
      .replace(/<dataValidations count="\d+">/, '<mergeCells count="1"><mergeCell ref="E10:XFD1048576"/></mergeCells><dataValidations count="99"><dataValidation type="list" sqref="F1:XFD1048576"><formula1>"a,b"</formula1></dataValidation>');
    expect(xml).toContain('XFD1048576');
    parts.set(name, Buffer.from(xml));
    const path = file('raksasa.xlsx', storedZip(parts));
    // Expanding E10:XFD1048576 means 17 billion cells: it would never finish, so the test's own timeout is the
    // guard, and no clock comparison that a loaded machine could trip.
    const { result } = await checkSource(path, { today: TODAY });
    expect(result.problems).toEqual([]);
    expect(result.sheets.find((s) => s.sheet === 'Diklat')!.accepted).toBe(city.Diklat!.length);
  }, 120_000);
});

describe('the problem report', () => {
  it('is a workbook with every problem: sheet, row, column, value, reason', async () => {
    const city = makeCity({ pegawai: 3 });
    city.Pegawai![1]!.golongan = 'V/a';
    city.SKP![0]!.nip = nipFor(999);
    const { result } = await checkSource(file('salah.xlsx', await workbookBytes(toFill(city))), { today: TODAY });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await problemReportBytes(result, 'salah.xlsx') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Masalah')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Lembar', 'Baris', 'Kolom', 'Nilai', 'Alasan']);
    expect(ws.rowCount).toBe(result.problems.length + 1);
    expect(ws.getRow(2).values).toEqual([undefined, 'Pegawai', 4, 'Golongan', 'V/a', expect.stringContaining('tidak ada dalam daftar')]);
    expect(wb.getWorksheet('Ringkasan')!.getRow(5).values).toEqual([undefined, 'Pegawai', 3, 2, 1]);
  });
});

describe('the XLSX reader', () => {
  it('reads what exceljs writes: shared and rich text, entities, booleans, numbers, dates, formulas, errors, gaps', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Uji & <coba>');
    ws.getCell('A1').value = 'Teks "biasa" & <tanda>';
    ws.getCell('B1').value = { richText: [{ text: 'Kaya ' }, { font: { bold: true }, text: 'teks' }] };
    ws.getCell('C1').value = true;
    ws.getCell('E1').value = -3.7956;
    ws.getCell('A3').value = new Date(Date.UTC(2025, 6, 2));
    ws.getCell('B3').value = { formula: 'SUM(1,2)', result: 3 };
    ws.getCell('C3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('D3').value = 'baris\ndua';
    const custom = ws.getCell('E3');
    custom.value = 45840;
    custom.numFmt = 'd mmmm yyyy';
    const sheets = await readIntakeSource(file('jenis-sel.xlsx', Buffer.from(await wb.xlsx.writeBuffer())));
    expect(sheets).toEqual([{
      name: 'Uji & <coba>',
      rows: [
        ['Teks "biasa" & <tanda>', 'Kaya teks', true, null, -3.7956],
        undefined,
        [{ date: '2025-07-02' }, { formula: 'SUM(1,2)' }, { error: '#N/A' }, 'baris\ndua', { date: '2025-07-02' }],
      ],
    }]);
  });
});

describe('one CSV chosen in the file dialog', () => {
  it('brings the other sheet CSVs of its folder; a CSV with another name stands alone', async () => {
    const city = makeCity({ pegawai: 3 });
    const folder = join(dir, 'csv-dialog');
    mkdirSync(folder);
    for (const [name, rows] of Object.entries(city)) writeFileSync(join(folder, `${name}.csv`), toCsv(name as any, rows!, ','));
    writeFileSync(join(folder, 'catatan rapat.csv'), 'a,b\n1,2\n');
    const { result, files } = await checkSource(join(folder, 'Pegawai.csv'), { today: TODAY });
    expect(files).toHaveLength(Object.keys(city).length);
    expect(result.problems).toEqual([]);
    expect(result.warnings[0]).toMatch(/Dibaca 11 berkas CSV/);
    const alone = await checkSource(join(folder, 'catatan rapat.csv'), { today: TODAY });
    expect(alone.files).toEqual([join(folder, 'catatan rapat.csv')]);
  });
});
