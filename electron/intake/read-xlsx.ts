import type { RawSheet } from '../../shared/intake/header';
import type { Limits } from './limits';
import { guardZip } from './zip-guard';
import { readXlsxParts, type ReadWatch } from './xlsx-sheets';

/** Reads every sheet of an .xlsx after the zip guard; formulas stay formulas so the rules can refuse them. */
export async function readXlsx(bytes: Buffer, limits: Limits, watch?: ReadWatch): Promise<RawSheet[]> {
  const { parts } = guardZip(bytes, limits);
  return readXlsxParts(parts, limits, watch);
}
