import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { validateIntake, type IntakeResult } from '../../shared/intake/validate';
import type { ExistingKeys } from '../../shared/intake/existing';
import { applyProfile, previewMapped, type ImportProfile, type MappedPreview } from '../../shared/intake/profiles';
import { LIMITS, type Limits } from './limits';
import { intakeFiles, readIntakeSource } from './read-source';
import { checkCancelled, type SheetProgress } from './xlsx-sheets';

export interface CheckedSource {
  path: string;
  berkas: string;
  /** Every file read (a workbook, or the CSV files of one folder). */
  files: string[];
  /** SHA-256 of the file (or of the folder's CSV files in name order): the audit entry and the "changed since checked" test use it. */
  sha256: string;
  result: IntakeResult;
  /** The first 20 rows of each sheet under its mapped columns, to check by eye before importing. */
  preview: MappedPreview[];
}

export function sourceHash(path: string): string {
  const h = createHash('sha256');
  if (statSync(path).isDirectory()) {
    for (const f of readdirSync(path).filter((x) => /\.csv$/i.test(x) && !x.startsWith('.')).sort()) {
      h.update(f).update('\0').update(readFileSync(join(path, f)));
    }
  } else {
    const files = intakeFiles(path);
    if (files.length === 1) return h.update(readFileSync(path)).digest('hex');
    for (const f of files) h.update(basename(f)).update('\0').update(readFileSync(f));
  }
  return h.digest('hex');
}

/**
 * Reads and checks a workbook, one CSV or a folder of CSVs; writes nothing. `signal` cancels it
 * (IMPOR_DIBATALKAN) between chunks, sheets and files, and once more before the check's answer.
 */
export async function checkSource(
  path: string,
  opts: { today: string; existing?: ExistingKeys; limits?: Limits; profile?: ImportProfile | null; progress?: SheetProgress; signal?: AbortSignal },
): Promise<CheckedSource> {
  const watch = { progress: opts.progress, signal: opts.signal };
  const read = await readIntakeSource(path, opts.limits ?? LIMITS, watch);
  const raw = opts.profile ? applyProfile(read, opts.profile) : read;
  checkCancelled(watch);
  const result = validateIntake(raw, { today: opts.today, existing: opts.existing });
  checkCancelled(watch);
  const files = statSync(path).isDirectory() ? [path] : intakeFiles(path);
  if (files.length > 1) result.warnings.unshift(`Dibaca ${files.length} berkas CSV dari folder yang sama: ${files.map((f) => basename(f)).join(', ')}.`);
  return { path, berkas: basename(path), files, sha256: sourceHash(path), result, preview: previewMapped(raw) };
}

export function totalRows(result: IntakeResult): number {
  return result.sheets.reduce((n, s) => n + s.rows, 0);
}
