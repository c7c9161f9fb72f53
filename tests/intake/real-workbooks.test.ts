import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { checkSource } from '../../electron/intake/intake-service';
import { readIntakeSource } from '../../electron/intake/read-source';
import { buildWorkbook, HEADER_ROW, workbookBytes } from '../../electron/intake/template';
import { guardZip } from '../../electron/intake/zip-guard';
import { LIMITS } from '../../electron/intake/limits';
import { parseNip } from '../../shared/domain/nip';
import { AppError } from '../../shared/errors';
import { makeCity, toCsv, toFill } from './fixture-city';
import { storedZip } from './zip-util';

/** Files as real exporters write them, each built here byte by byte from the template or by hand. */
const TODAY = '2026-11-23';
const dir = mkdtempSync(join(tmpdir(), 'intake-real-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: Buffer | string) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

async function errorOf(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error('expected an error');
}

/** Unpacks a workbook, lets the test edit its XML parts, packs it again. */
async function edited(bytes: Buffer, edit: (parts: Map<string, string>) => void): Promise<Buffer> {
  const { parts } = guardZip(bytes, LIMITS);
  const text = new Map([...parts].map(([k, v]) => [k, v.toString('utf8')]));
  edit(text);
  return storedZip(new Map([...text].map(([k, v]) => [k, Buffer.from(v, 'utf8')])));
}

/** What the .NET Open XML SDK writes: the SpreadsheetML namespace bound to a prefix, every element prefixed. */
function prefixed(xml: string): string {
  return xml
    .replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"')
    .replace(/<(\/?)([A-Za-z][\w.]*)(?=[\s>/])/g, '<$1x:$2');
}

const isSml = (name: string) => /^xl\/(workbook|sharedStrings|styles|worksheets\/[^/]+)\.xml$/.test(name);
const pegawaiPart = (parts: Map<string, string>) => [...parts.keys()].find((k) => /worksheets\/sheet\d+\.xml$/.test(k) && parts.get(k)!.includes('NIP') && parts.get(k)!.includes('<row'))!;

describe('XLSX as other programs write it', () => {
  it('reads a workbook whose SpreadsheetML uses a namespace prefix (<x:row>, <x:c>)', async () => {
    const city = makeCity({ pegawai: 12 });
    const bytes = await edited(await workbookBytes(toFill(city)), (parts) => {
      for (const [k, v] of parts) if (isSml(k)) parts.set(k, prefixed(v));
      expect(parts.get('xl/workbook.xml')).toContain('<x:sheet ');
    });
    const { result } = await checkSource(file('prefixed.xlsx', bytes), { today: TODAY });
    expect(result.problems).toEqual([]);
    expect(result.data.pegawai.map((p) => p.nip)).toEqual(city.Pegawai!.map((p) => p.nip));
  });

  it('calls a known sheet whose rows are in a namespace it does not know broken, never empty', async () => {
    const bytes = await edited(await workbookBytes(toFill(makeCity({ pegawai: 3 }))), (parts) => {
      for (const [k, v] of parts) {
        if (k.startsWith('xl/worksheets/')) parts.set(k, v.replace('http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'urn:bukan-spreadsheetml'));
      }
    });
    const err = await errorOf(checkSource(file('asing.xlsx', bytes), { today: TODAY }));
    expect(err.code).toBe('SPREADSHEET_RUSAK');
    expect(err.message).toMatch(/namespace/);
  });

  it('refuses a cell beyond Excel\'s grid at once (row 4294967294, column XFE)', async () => {
    const base = await workbookBytes(toFill(makeCity({ pegawai: 2 })));
    for (const [name, cell] of [['row', '<row r="4294967294"><c r="A4294967294" t="inlineStr"><is><t>x</t></is></c></row>'], ['col', '<row r="9"><c r="XFE9"><v>1</v></c></row>']]) {
      const bytes = await edited(base, (parts) => {
        const p = pegawaiPart(parts);
        parts.set(p, parts.get(p)!.replace('</sheetData>', `${cell}</sheetData>`));
      });
      const err = await errorOf(readIntakeSource(file(`grid-${name}.xlsx`, bytes)));
      expect(err.code).toBe('SEL_DI_LUAR_BATAS');
    }
  });

  it('counts a sheet\'s rows by its highest row index, not by its <row> tags', async () => {
    const bytes = await edited(await workbookBytes(toFill(makeCity({ pegawai: 2 }))), (parts) => {
      const p = pegawaiPart(parts);
      parts.set(p, parts.get(p)!.replace('</sheetData>', '<row r="900000"><c r="A900000"><v>1</v></c></row></sheetData>'));
    });
    const err = await errorOf(readIntakeSource(file('tinggi.xlsx', bytes), { ...LIMITS, maxRowsPerSheet: 1000 }));
    expect(err.code).toBe('SPREADSHEET_TERLALU_BANYAK_BARIS');
  });

  it('reads bare serial numbers in date columns of a 1904-date-system workbook in that system', async () => {
    const wb = buildWorkbook(toFill(makeCity({ pegawai: 2 })));
    wb.properties.date1904 = true;
    const cell = wb.getWorksheet('Pegawai')!.getCell(HEADER_ROW + 1, 6); // TMT Golongan
    cell.value = 42_000;
    cell.numFmt = 'General';
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect(guardZip(bytes, LIMITS).parts.get('xl/workbook.xml')!.toString()).toMatch(/date1904="1"/);
    const { result } = await checkSource(file('mac-1904.xlsx', bytes), { today: TODAY });
    const expected = new Date(Date.UTC(1904, 0, 1) + 42_000 * 86_400_000).toISOString().slice(0, 10);
    expect(expected).toBe('2018-12-28');
    expect(result.data.pegawai[0]!.tmtGolongan).toBe(expected);
  });

  it('refuses a DOCTYPE or ENTITY in any part of the workbook, even one intake never reads', async () => {
    const base = await workbookBytes(toFill(makeCity({ pegawai: 2 })));
    for (const part of ['xl/styles.xml', 'docProps/app.xml']) {
      const bytes = await edited(base, (parts) => {
        const xml = parts.get(part)!;
        parts.set(part, xml.replace(/^(<\?xml[^>]*\?>)?/, '$1<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'));
      });
      const err = await errorOf(readIntakeSource(file('dtd.xlsx', bytes)));
      expect(err.code).toBe('SPREADSHEET_DTD');
      expect(err.message).toContain(part);
    }
  });

  it('imports a hidden sheet only with a visible note', async () => {
    const bytes = await edited(await workbookBytes(toFill(makeCity({ pegawai: 3 }))), (parts) => {
      parts.set('xl/workbook.xml', parts.get('xl/workbook.xml')!.replace('name="Pegawai" state="visible"', 'name="Pegawai" state="hidden"'));
    });
    const { result } = await checkSource(file('tersembunyi.xlsx', bytes), { today: TODAY });
    expect(result.data.pegawai).toHaveLength(3);
    expect(result.warnings).toContainEqual(expect.stringMatching(/Lembar "Pegawai" tersembunyi/));
  });

  it('gives .ods, UTF-16 text and a password-protected workbook their own messages', async () => {
    const ods = storedZip(new Map([
      ['mimetype', Buffer.from('application/vnd.oasis.opendocument.spreadsheet')],
      ['content.xml', Buffer.from('<office:document-content/>')], ['META-INF/manifest.xml', Buffer.from('<manifest/>')],
    ]));
    expect((await errorOf(readIntakeSource(file('data.ods', ods)))).code).toBe('SPREADSHEET_ODS');
    expect((await errorOf(readIntakeSource(file('salah-nama.xlsx', ods)))).code).toBe('SPREADSHEET_ODS');
    expect((await errorOf(readIntakeSource(file('unicode.txt', Buffer.from('\ufeffNIP\tNama\r\n', 'utf16le'))))).code).toBe('TEKS_UTF16');
    expect((await errorOf(readIntakeSource(file('tanpa-bom.csv', Buffer.from('NIP,Nama\r\n1,A\r\n', 'utf16le'))))).code).toBe('TEKS_UTF16');
    // An encrypted .xlsx is an OLE compound file: header, then a directory sector naming its streams.
    const cfb = Buffer.alloc(1536);
    Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(cfb, 0);
    for (const [i, name] of ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'].entries()) {
      Buffer.from(name, 'utf16le').copy(cfb, 512 + i * 128);
      cfb.writeUInt16LE((name.length + 1) * 2, 512 + i * 128 + 64);
    }
    expect((await errorOf(readIntakeSource(file('berkata-sandi.xlsx', cfb)))).code).toBe('XLSX_TERKUNCI');
    expect((await errorOf(readIntakeSource(file('lama.xls', Buffer.from('d0cf11e0a1b11ae1000000', 'hex'))))).code).toBe('XLS_LAMA');
  });
});

describe('NIP', () => {
  it('refuses an 18-digit text NIP ending in 000 and explains the rounding', async () => {
    expect(parseNip('198503122010011000', TODAY)).toEqual({ ok: false, problem: 'nomor_urut_tidak_valid' });
    expect(parseNip('198502302010011004', TODAY)).toEqual({ ok: false, problem: 'tanggal_lahir_tidak_valid' });
    expect(parseNip('198503122010131004', TODAY)).toEqual({ ok: false, problem: 'tmt_cpns_tidak_valid' });
    const city = makeCity({ pegawai: 3 });
    city.Pegawai![1]!.nip = '198503122010011000';
    const { result } = await checkSource(file('nip-000.xlsx', await workbookBytes(toFill(city))), { today: TODAY });
    expect(result.problems).toContainEqual(expect.objectContaining({
      sheet: 'Pegawai', row: 4, column: 'NIP', code: 'NIP_DIBULATKAN', reason: expect.stringMatching(/15 digit/),
    }));
  });
});

describe('CSV as Indonesian Excel writes it', () => {
  it('reads "1.500" and "12.000" as thousands in a ; file, and refuses an ambiguous one with the cell named', async () => {
    const city = makeCity({ pegawai: 4 });
    city.Target!.find((t) => t.id === 'T-1-L')!.nilaiTarget = '1.500';
    city.Target!.find((t) => t.id === 'T-1-L')!.realisasi = '12.000';
    city.Pegawai![2]!.potensi = '1.500'; // Skor Potensi is 0–100: 1500 cannot be meant, 1.5 could
    city.Pegawai![1]!.potensi = '72,5';
    const folder = join(dir, 'titik-koma');
    mkdirSync(folder);
    for (const [name, rows] of Object.entries(city)) writeFileSync(join(folder, `${name}.csv`), toCsv(name as any, rows!, ';'));
    const { result } = await checkSource(folder, { today: TODAY });
    expect(result.data.target.find((t) => t.id === 'T-1-L')).toMatchObject({ nilaiTarget: 1500, realisasi: 12000 });
    expect(result.problems.filter((p) => p.sheet === 'Pegawai')).toEqual([expect.objectContaining({ sheet: 'Pegawai', row: 4, column: 'Skor Potensi', value: '1.500', code: 'ANGKA_RANCU' })]);
  });

  it('keeps "1.500" as one and a half in a comma-separated file', async () => {
    const sheets = await readIntakeSource(file('koma.csv', 'a,b\n1.500,2\n'));
    expect(sheets[0]!.decimalComma).toBeUndefined();
  });

  it('says where an unterminated quote starts', async () => {
    const err = await errorOf(readIntakeSource(file('kutip.csv', 'NIP,Nama\n1,"Budi\n2,Ani\n3,Citra\n')));
    expect(err.code).toBe('CSV_KUTIP_TERBUKA');
    expect(err.message).toMatch(/baris 2/);
  });

  it('NFC-normalises names: a decomposed é equals the precomposed one', async () => {
    const city = makeCity({ pegawai: 2 });
    city.Pegawai![0]!.nama = 'Andre\u0301 Sitompul';
    const folder = join(dir, 'nfc');
    mkdirSync(folder);
    for (const [name, rows] of Object.entries(city)) writeFileSync(join(folder, `${name}.csv`), toCsv(name as any, rows!));
    const { result } = await checkSource(folder, { today: TODAY });
    expect(result.data.pegawai[0]!.nama).toBe('Andr\u00e9 Sitompul');
  });
});

describe('the zip guard', () => {
  it('keeps one budget over all parts: many parts, each under the cap, stop once their sum passes it', () => {
    const part = Buffer.alloc(300 * 1024, 0x41);
    const parts: Record<string, Buffer> = {};
    for (let i = 0; i < 8; i++) parts[`xl/media/p${i}.xml`] = part;
    const limits = { ...LIMITS, maxUncompressedBytes: 1024 * 1024 };
    const four = Object.fromEntries(Object.entries(parts).slice(0, 3));
    expect(guardZip(deflatedZip(four), limits).parts.size).toBe(3);
    let code = '';
    try {
      guardZip(deflatedZip(parts), limits);
    } catch (err) {
      code = (err as AppError).code;
    }
    expect(code).toBe('SPREADSHEET_TERLALU_BESAR');
  });
});

function deflatedZip(parts: Record<string, Buffer>): Buffer {
  // Deflated, so the guard must really inflate to learn the size (a stored part states it).
  const zip = storedZip(new Map(Object.entries(parts)));
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let cd = zip.readUInt32LE(zip.length - 6);
  for (const [name, data] of Object.entries(parts)) {
    const comp = deflateRawSync(data);
    const n = Buffer.from(name);
    const cen = Buffer.from(zip.subarray(cd, cd + 46));
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(cen.readUInt32LE(16), 14); local.writeUInt32LE(comp.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(n.length, 26);
    cen.writeUInt16LE(8, 10); cen.writeUInt32LE(comp.length, 20); cen.writeUInt32LE(offset, 42);
    out.push(local, n, comp);
    central.push(cen, n);
    offset += 30 + n.length + comp.length;
    cd += 46 + n.length;
  }
  const dirBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(central.length / 2, 8); end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(dirBuf.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, dirBuf, end]);
}
