import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Database } from '../dataset/database';
import { appendAudit } from '../audit/audit-log';
import { readUserFile } from '../files/user-file';
import { decodeCsv, parseCsv } from '../intake/read-csv';
import { LIMITS } from '../intake/limits';
import { AppError } from '../../shared/errors';
import { masukanColumns, tanggalMasukan, type KolomMasukan } from '../../shared/masukan/parse';
import {
  MAX_BARIS_MASUKAN, MAX_MASALAH_DITAMPILKAN, MAX_TEKS_MASUKAN, type HasilImporMasukan, type MasalahMasukan,
} from '../../shared/masukan/schemas';
import { CandidateIndex } from './candidates';

const MAX_KONTAK = 200;

export interface Baris { baris: number; nip: string; tanggal: string; teks: string; kontak: string | null }

export interface ImportEnv { db: Database; at: string; actor: string; today: string }

/** One CSV row checked: what to store, or every reason it cannot be (a row may have several). */
function checkRow(
  cells: readonly (string | null)[], cols: Partial<Record<KolomMasukan, number>>, baris: number, index: CandidateIndex, today: string,
): Baris | MasalahMasukan[] {
  const cell = (k: KolomMasukan) => (cols[k] === undefined ? '' : String(cells[cols[k]!] ?? '').trim());
  const problems: MasalahMasukan[] = [];
  const who = index.resolve(cell('nip'), cell('calon'), cell('unit'));
  if ('kode' in who) problems.push({ baris, kode: who.kode, params: who.params });
  const teks = cell('teks').replace(/\r\n?/g, '\n');
  if (!teks) problems.push({ baris, kode: 'MASUKAN_TEKS_KOSONG', params: {} });
  else if (teks.length > MAX_TEKS_MASUKAN) problems.push({ baris, kode: 'MASUKAN_TEKS_TERLALU_PANJANG', params: { maks: MAX_TEKS_MASUKAN } });
  const tanggalTeks = cell('tanggal');
  const tanggal = tanggalMasukan(tanggalTeks);
  if (!tanggal) problems.push({ baris, kode: 'MASUKAN_TANGGAL_TIDAK_SAH', params: { nilai: tanggalTeks } });
  else if (tanggal > today) problems.push({ baris, kode: 'MASUKAN_TANGGAL_MENDATANG', params: { nilai: tanggal } });
  const kontak = cell('kontak');
  if (kontak.length > MAX_KONTAK) problems.push({ baris, kode: 'MASUKAN_KONTAK_TERLALU_PANJANG', params: { maks: MAX_KONTAK } });
  if (problems.length > 0 || 'kode' in who) return problems;
  return { baris, nip: who.nip, tanggal: tanggal!, teks, kontak: kontak || null };
}

/** Every data row of the file, checked against the open dataset; reads, never writes. */
function checkMasukanCsv(db: Database, path: string, today: string): { berkas: string; sha256: string; rows: Baris[]; masalah: MasalahMasukan[] } {
  const bytes = readUserFile(path, 'text');
  const berkas = basename(path);
  // An unterminated quote is refused whole (CSV_KUTIP_TERBUKA names its row): the rest cannot be trusted.
  const sheet = parseCsv(decodeCsv(bytes), berkas, { ...LIMITS, maxRowsPerSheet: MAX_BARIS_MASUKAN });
  const numbered = sheet.rows
    .map((r, i) => ({ cells: (r ?? []).map((c) => (c === null ? null : String(c))), baris: i + 1 }))
    .filter((r) => r.cells.some((c) => c !== null && c.trim() !== ''));
  if (numbered.length === 0) throw new AppError('MASUKAN_BERKAS_KOSONG', { berkas });
  const { header, cols } = masukanColumns(numbered[0]!.cells);
  const data = header ? numbered.slice(1) : numbered;
  if (data.length === 0) throw new AppError('MASUKAN_BERKAS_KOSONG', { berkas });
  if (data.length > MAX_BARIS_MASUKAN) throw new AppError('MASUKAN_TERLALU_BANYAK_BARIS', { maks: MAX_BARIS_MASUKAN });
  const index = new CandidateIndex(db);
  const rows: Baris[] = [];
  const masalah: MasalahMasukan[] = [];
  for (const r of data) {
    const out = checkRow(r.cells, cols, r.baris, index, today);
    if (Array.isArray(out)) masalah.push(...out);
    else rows.push(out);
  }
  return { berkas, sha256: createHash('sha256').update(bytes).digest('hex'), rows, masalah };
}

/**
 * Imports a form's CSV export into the open dataset: all rows or none, so importing the same export
 * again changes nothing. The act and what it stored (ids, file hash; never the texts) go on the audit chain.
 */
export function importMasukan(env: ImportEnv, path: string): HasilImporMasukan {
  const { berkas, sha256, rows, masalah } = checkMasukanCsv(env.db, path, env.today);
  const base = { berkas, baris: rows.length + new Set(masalah.map((m) => m.baris)).size };
  if (masalah.length > 0) {
    return { ...base, diimpor: 0, sudahAda: 0, masalah: masalah.slice(0, MAX_MASALAH_DITAMPILKAN), totalMasalah: masalah.length };
  }
  const { ids, sudahAda } = storeMasukan(env, berkas, sha256, rows);
  return { ...base, diimpor: ids.length, sudahAda, masalah: [], totalMasalah: 0 };
}

/** Stores checked rows in one audited act; a row already stored (same candidate, day, text) is counted, not doubled. */
export function storeMasukan(env: Omit<ImportEnv, 'today'>, berkas: string, sha256: string, rows: readonly Baris[]): { ids: number[]; sudahAda: number } {
  return env.db.transaction(() => {
    const ids: number[] = [];
    let sudahAda = 0;
    for (const r of rows) {
      const dup = env.db.value<number>('SELECT id FROM masukan WHERE nip = ? AND tanggal = ? AND teks = ?', [r.nip, r.tanggal, r.teks]);
      if (dup !== undefined) { sudahAda++; continue; }
      env.db.run(
        'INSERT INTO masukan (nip, tanggal, teks, kontak, berkas, berkas_sha256, baris, diimpor_pada) VALUES (?,?,?,?,?,?,?,?)',
        [r.nip, r.tanggal, r.teks, r.kontak, berkas, sha256, r.baris, env.at],
      );
      ids.push(env.db.value<number>('SELECT last_insert_rowid()')!);
    }
    appendAudit(env.db, {
      at: env.at, actor: env.actor, action: 'masukan.impor',
      payload: { berkas, sha256, diimpor: ids.length, sudahAda, ids, calon: new Set(rows.map((r) => r.nip)).size },
    });
    return { ids, sudahAda };
  });
}

/** The feedback on these candidates, oldest first per candidate. */
export function masukanFor(db: Database, nips: readonly string[]): {
  id: number; nip: string; tanggal: string; teks: string; kontak: string | null; berkas: string; baris: number;
}[] {
  if (nips.length === 0) return [];
  return db.all(
    `SELECT id, nip, tanggal, teks, kontak, berkas, baris FROM masukan WHERE nip IN (${nips.map(() => '?').join(',')})
     ORDER BY nip, tanggal, id`, [...nips],
  );
}
