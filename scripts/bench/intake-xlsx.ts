import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../../tests/intake/zip-util';
import { SHEETS, type SheetName } from '../../shared/intake/sheets';
import type { KeyedRows, RowValue } from '../../shared/intake/to-rows';

/**
 * The bench's own workbook writer: template headers, inline strings, one deflated part per sheet.
 * exceljs needs gigabytes to write 100,000 ASN with every sheet; this streams rows into chunks.
 */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function col(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function sheetXml(name: SheetName, rows: Record<string, RowValue>[]): Buffer {
  const spec = SHEETS.find((s) => s.name === name)!;
  const chunks: string[] = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  const cell = (r: number, c: number, v: RowValue) => {
    if (v === null || v === undefined || v === '') return '';
    const ref = `${col(c)}${r}`;
    if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
    if (typeof v === 'boolean') return `<c r="${ref}" t="inlineStr"><is><t>${v ? 'Ya' : 'Tidak'}</t></is></c>`;
    return `<c r="${ref}" t="inlineStr"><is><t>${esc(String(v))}</t></is></c>`;
  };
  chunks.push(`<row r="1">${spec.columns.map((c, i) => cell(1, i, c.header)).join('')}</row>`);
  rows.forEach((row, k) => chunks.push(`<row r="${k + 2}">${spec.columns.map((c, i) => cell(k + 2, i, row[c.key] ?? null)).join('')}</row>`));
  chunks.push('</sheetData></worksheet>');
  return Buffer.from(chunks.join(''));
}

function zip(parts: [string, Buffer][]): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const comp = deflateRawSync(data, { level: 1 });
    const n = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(comp.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(n.length, 26);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0); cen.writeUInt16LE(20, 4); cen.writeUInt16LE(20, 6); cen.writeUInt16LE(8, 10);
    cen.writeUInt32LE(crc, 16); cen.writeUInt32LE(comp.length, 20); cen.writeUInt32LE(data.length, 24); cen.writeUInt16LE(n.length, 28); cen.writeUInt32LE(offset, 42);
    out.push(local, n, comp);
    central.push(cen, n);
    offset += 30 + n.length + comp.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(parts.length, 8); end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, dir, end]);
}

export function benchWorkbook(rows: KeyedRows): Buffer {
  const names = SHEETS.map((s) => s.name).filter((n) => (rows[n]?.length ?? 0) > 0);
  const ct = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`;
  const rootRels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
  const wb = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;
  const wbRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`;
  return zip([
    ['[Content_Types].xml', Buffer.from(ct)], ['_rels/.rels', Buffer.from(rootRels)], ['xl/workbook.xml', Buffer.from(wb)], ['xl/_rels/workbook.xml.rels', Buffer.from(wbRels)],
    ...names.map((n, i): [string, Buffer] => [`xl/worksheets/sheet${i + 1}.xml`, sheetXml(n, rows[n]!)]),
  ]);
}
