import ExcelJS from 'exceljs';
import { SHEETS, type SheetName, type SheetSpec } from '../../shared/intake/sheets';
import type { ColumnKind } from '../../shared/intake/cells';
import { writeFileAtomic } from '../dataset/files';

export type FillValue = string | number | boolean | Date | null;
/** Rows to put under a sheet's header, in the template's column order. */
export type TemplateFill = Partial<Record<SheetName, FillValue[][]>>;

/** Rows below the header that get the drop-down lists. */
const VALIDATED_ROWS = 100_000;
const TITLE_ROW = 1;
export const HEADER_ROW = 2;

function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function listOf(kind: ColumnKind): string[] | null {
  if (kind.type === 'pilihan') return [...kind.values];
  if (kind.type === 'yaTidak') return ['Ya', 'Tidak'];
  return null;
}

const PETUNJUK = [
  'Template impor Baperjakat Desk (BKPSDM Kota Bengkulu).',
  'Satu lembar per tabel. Baris judul kolom ada di baris 2; arahkan kursor ke judul untuk membaca catatannya.',
  'Urutan kolom boleh diubah dan lembar yang tidak dipakai boleh dibiarkan kosong atau dihapus.',
  'Kolom NIP berformat Teks. Jangan ubah menjadi Angka: Excel hanya menyimpan 15 digit dan NIP akan rusak.',
  'Tanggal: dd-mm-yyyy, dd/mm/yyyy, yyyy-mm-dd, atau mis. "2 Juli 2025". Tanggal berformat Excel juga diterima.',
  'Jangan memakai rumus; isikan nilainya. Baris kosong di akhir diabaikan.',
  'Kolom dengan daftar pilihan (golongan, eselon, predikat, …) hanya menerima nilai dari daftar.',
  'CSV juga diterima: satu berkas per lembar, dinamai seperti lembarnya (mis. Pegawai.csv), pemisah koma atau titik koma, UTF-8.',
  'Impor bersifat semua-atau-tidak-sama-sekali: bila ada satu baris bermasalah, tidak ada data yang ditulis.',
  'Lembar RiwayatJabatan boleh dikosongkan. Bila diisi (satu baris per jabatan, seperti ekspor riwayat jabatan SIASN), syarat pengalaman jabatan dihitung dari seluruh riwayat, tidak hanya dari jabatan saat ini.',
];

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec, rows: FillValue[][]): void {
  const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  ws.columns = spec.columns.map((c) => ({
    key: c.key,
    width: Math.max(12, Math.min(40, c.header.length + 6)),
    // Text format on the whole column, so NIPs (and phone numbers) typed later stay text.
    style: c.kind.type === 'nip' || c.key === 'telepon' ? { numFmt: '@' } : {},
  }));
  ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, spec.columns.length);
  const title = ws.getCell(TITLE_ROW, 1);
  title.value = spec.title;
  title.font = { bold: true, size: 13 };
  const header = ws.getRow(HEADER_ROW);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true, color: { argb: c.required ? 'FF9C0006' : 'FF1F3864' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
    cell.note = `${c.required ? 'Wajib. ' : ''}${c.note}`;
    const list = listOf(c.kind);
    const range = `${colLetter(i + 1)}${HEADER_ROW + 1}:${colLetter(i + 1)}${HEADER_ROW + VALIDATED_ROWS}`;
    if (list) {
      (ws as any).dataValidations.add(range, {
        type: 'list', allowBlank: !c.required, formulae: [`"${list.join(',')}"`], showErrorMessage: true,
        errorTitle: c.header, error: `Pilih salah satu: ${list.join(', ')}`,
      });
    } else if (c.kind.type === 'nip') {
      (ws as any).dataValidations.add(range, {
        type: 'textLength', operator: 'between', formulae: [18, 23], allowBlank: !c.required, showErrorMessage: true,
        errorTitle: 'NIP', error: 'NIP 18 digit, diketik sebagai teks.',
      });
    }
  });
  rows.forEach((values, r) => {
    const row = ws.getRow(HEADER_ROW + 1 + r);
    values.forEach((v, i) => {
      if (v === null || v === '') return;
      const cell = row.getCell(i + 1);
      cell.value = v;
      if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  });
}

/** The intake workbook: instructions, then one sheet per table; `fill` puts rows in (tests, bench, exports). */
export function buildWorkbook(fill: TemplateFill = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Baperjakat Desk';
  const p = wb.addWorksheet('Petunjuk');
  p.getColumn(1).width = 120;
  PETUNJUK.forEach((line, i) => {
    const cell = p.getCell(i + 1, 1);
    cell.value = line;
    if (i === 0) cell.font = { bold: true, size: 13 };
  });
  for (const spec of SHEETS) addSheet(wb, spec, fill[spec.name] ?? []);
  return wb;
}

export async function workbookBytes(fill: TemplateFill = {}): Promise<Buffer> {
  return Buffer.from(await buildWorkbook(fill).xlsx.writeBuffer());
}

export async function writeTemplate(path: string, fill: TemplateFill = {}): Promise<void> {
  writeFileAtomic(path, await workbookBytes(fill));
}
