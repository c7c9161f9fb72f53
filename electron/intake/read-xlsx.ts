import { AppError } from '../../shared/errors';
import type { RawSheet } from '../../shared/intake/header';
import type { Limits } from './limits';
import { guardZip } from './zip-guard';
import { readXlsxParts } from './xlsx-sheets';

/** Reads every sheet of an .xlsx after the zip guard; formulas stay formulas so the rules can refuse them. */
export async function readXlsx(bytes: Buffer, limits: Limits): Promise<RawSheet[]> {
  const { parts, rows } = guardZip(bytes, limits);
  for (const [part, n] of rows) {
    if (n > limits.maxRowsPerSheet + 20) {
      throw new AppError('SPREADSHEET_TERLALU_BANYAK_BARIS', { lembar: part.replace(/^xl\/worksheets\//, ''), maks: limits.maxRowsPerSheet });
    }
  }
  return readXlsxParts(parts);
}
