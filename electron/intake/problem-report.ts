import ExcelJS from 'exceljs';
import type { IntakeResult } from '../../shared/intake/validate';
import { writeFileAtomic } from '../dataset/files';

/** The problem list as a workbook to send back to the unit that filled the sheet. */
export async function problemReportBytes(result: IntakeResult, source: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Baperjakat Desk';
  const ws = wb.addWorksheet('Masalah', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'Lembar', key: 'sheet', width: 18 },
    { header: 'Baris', key: 'row', width: 8 },
    { header: 'Kolom', key: 'column', width: 22 },
    { header: 'Nilai', key: 'value', width: 30 },
    { header: 'Alasan', key: 'reason', width: 90 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const p of result.problems) {
    ws.addRow({ sheet: p.sheet, row: p.row, column: p.column, value: p.value, reason: p.reason });
  }
  ws.autoFilter = { from: 'A1', to: `E${Math.max(1, result.problems.length + 1)}` };
  const sum = wb.addWorksheet('Ringkasan');
  sum.columns = [
    { header: 'Lembar', key: 'sheet', width: 20 }, { header: 'Baris', key: 'rows', width: 10 },
    { header: 'Diterima', key: 'accepted', width: 10 }, { header: 'Ditolak', key: 'rejected', width: 10 },
  ];
  sum.getRow(1).font = { bold: true };
  for (const s of result.sheets) sum.addRow({ sheet: s.sheet, rows: s.rows, accepted: s.accepted, rejected: s.rejected });
  sum.addRow({});
  sum.addRow({ sheet: `Sumber: ${source}` });
  for (const w of result.warnings) sum.addRow({ sheet: w });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function writeProblemReport(path: string, result: IntakeResult, source: string): Promise<void> {
  writeFileAtomic(path, await problemReportBytes(result, source));
}

/** The same report as lines of text, for the CLI. */
export function problemReportLines(result: IntakeResult, max = Infinity): string[] {
  const lines = ['Lembar               Baris  Diterima  Ditolak'];
  for (const s of result.sheets) {
    lines.push(`${s.sheet.padEnd(20)} ${String(s.rows).padStart(6)} ${String(s.accepted).padStart(9)} ${String(s.rejected).padStart(8)}`);
  }
  for (const w of result.warnings) lines.push(`Catatan: ${w}`);
  if (result.problems.length > 0) {
    lines.push('', `${result.problems.length} masalah:`);
    for (const p of result.problems.slice(0, max)) {
      lines.push(`${p.sheet} baris ${p.row}${p.column ? `, kolom ${p.column}` : ''}${p.value ? ` ("${p.value}")` : ''}: ${p.reason}`);
    }
    if (result.problems.length > max) lines.push(`… dan ${result.problems.length - max} masalah lain.`);
  }
  return lines;
}
