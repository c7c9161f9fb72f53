import type { Database, Param } from './database';
import type { RequestDetail, RequestPage, RequestRow } from '../../shared/ipc/dataset';
import { requestPageSchema } from '../../shared/ipc/dataset';
import type { z } from 'zod';
import { namaLengkap } from '../../shared/domain/pegawai';
import { AppError } from '../../shared/errors';
import { loadJabatan, loadPermohonan, loadProfil, loadTargets, loadUnit } from './repository';

const SORT_COLUMNS: Record<string, string> = {
  tanggal: 'tanggal', nama: 'nama', golongan: 'golongan', unit: 'unit', status: 'status', pilihan1: 'pilihan1',
};

type ParsedPage = z.infer<typeof requestPageSchema>;

/**
 * WHERE clause over daftar_permohonan (migrations 0170 and 0186: one narrow row per request, kept in
 * step by triggers, an index per sort column); shared by the count, the page and the id list.
 */
function whereOf(f: ParsedPage): { sql: string; params: Param[] } {
  const where: string[] = [];
  const params: Param[] = [];
  const search = f.search.trim();
  if (search) {
    const digits = search.replace(/\s+/g, '');
    if (/^\d+$/.test(digits)) {
      where.push('nip LIKE ?');
      params.push(`%${digits}%`);
    } else {
      where.push("nama_cari LIKE ? ESCAPE '\\'");
      params.push(`%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
  }
  const inList = (col: string, values: readonly string[]): void => {
    if (values.length === 0) return;
    where.push(`${col} IN (${values.map(() => '?').join(',')})`);
    params.push(...values);
  };
  inList('status', f.statuses);
  inList('unit_id', f.unitIds);
  inList('kecamatan', f.kecamatan);
  inList('level', f.levels);
  if (f.jenis) inList('jenis', [f.jenis]);
  if (f.targetJabatanIds.length > 0) {
    where.push(
      `id IN (SELECT permohonan_id FROM permohonan_pilihan WHERE jabatan_id IN (${f.targetJabatanIds.map(() => '?').join(',')}))`,
    );
    params.push(...f.targetJabatanIds);
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

const orderOf = (f: ParsedPage): string => {
  const dir = f.sortDir === 'asc' ? 'ASC' : 'DESC';
  return `ORDER BY ${SORT_COLUMNS[f.sortBy]} ${dir}, id ${dir}`;
};

/** Ids of every request matching the filter, in list order (for "add all filtered to the agenda"). */
export function listRequestIds(db: Database, raw: RequestPage, limit: number): string[] {
  const f = requestPageSchema.parse(raw);
  const w = whereOf(f);
  return db.all<{ id: string }>(`SELECT id FROM daftar_permohonan ${w.sql} ${orderOf(f)} LIMIT ?`, [...w.params, limit]).map((r) => r.id);
}

/** How many requests match the filter. */
export function countRequests(db: Database, raw: RequestPage): number {
  const w = whereOf(requestPageSchema.parse(raw));
  return Number(db.value(`SELECT COUNT(*) FROM daftar_permohonan ${w.sql}`, w.params) ?? 0);
}

interface DaftarRow {
  id: string; nip: string; nama: string; gelar_depan: string; gelar_belakang: string; golongan: RequestRow['golongan'];
  nama_jabatan: string; level_saat_ini: RequestRow['levelSaatIni']; unit: string; kecamatan: string; tanggal: string;
  pilihan1: string; pilihan_ids: string; kategori_alasan: RequestRow['kategoriAlasan']; status: RequestRow['status'];
  pakta_ditandatangani: number; jenis: RequestRow['jenis'];
}

const toRow = (r: DaftarRow): RequestRow => ({
  id: r.id, nip: r.nip,
  namaLengkap: namaLengkap({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang }),
  golongan: r.golongan, jabatanSaatIni: r.nama_jabatan, levelSaatIni: r.level_saat_ini ?? null, unit: r.unit,
  kecamatan: r.kecamatan, tanggal: r.tanggal, pilihan1: r.pilihan1, pilihanIds: r.pilihan_ids.split(',').filter(Boolean),
  kategoriAlasan: r.kategori_alasan, status: r.status, paktaDitandatangani: !!r.pakta_ditandatangani, jenis: r.jenis,
});

/**
 * Daftar Permohonan, one window at a time: a count and a page, both index walks of the narrow
 * list table. Offset paging rather than keyset: the virtual list jumps anywhere when the
 * scrollbar is dragged, and an offset over an index of 10,000 entries costs well under a
 * millisecond.
 */
export function listRequests(db: Database, raw: RequestPage): { total: number; totalAll: number; offset: number; rows: RequestRow[] } {
  const f = requestPageSchema.parse(raw);
  const w = whereOf(f);
  const totalAll = Number(db.value('SELECT COUNT(*) FROM daftar_permohonan') ?? 0);
  const total = w.sql ? Number(db.value(`SELECT COUNT(*) FROM daftar_permohonan ${w.sql}`, w.params) ?? 0) : totalAll;
  const rows = db.all<DaftarRow>(
    `SELECT * FROM daftar_permohonan ${w.sql} ${orderOf(f)} LIMIT ? OFFSET ?`, [...w.params, f.limit, f.offset],
  ).map(toRow);
  return { total, totalAll, offset: f.offset, rows };
}

export function filterOptions(db: Database) {
  return {
    units: db.all<{ id: string; nama: string }>('SELECT id, nama FROM unit_kerja ORDER BY nama'),
    targetPosts: db.all<{ id: string; nama: string; unit: string }>(
      `SELECT DISTINCT j.id, j.nama, u.nama AS unit FROM permohonan_pilihan pp
       JOIN jabatan j ON j.id = pp.jabatan_id JOIN unit_kerja u ON u.id = j.unit_id ORDER BY j.nama`,
    ),
    kecamatan: db.all<{ kecamatan: string }>('SELECT DISTINCT kecamatan FROM pegawai ORDER BY kecamatan').map((r) => r.kecamatan),
  };
}

export function requestDetail(db: Database, id: string): RequestDetail {
  const permohonan = loadPermohonan(db, id);
  if (!permohonan) throw new AppError('MASUKAN_TIDAK_VALID', { rincian: `permohonan ${id} tidak ada` });
  const pegawai = loadProfil(db, permohonan.nip)!;
  const targets = loadTargets(db, permohonan.nip, id);
  return {
    permohonan,
    pegawai,
    unitNama: loadUnit(db, pegawai.unitId)?.nama ?? '',
    pilihan: permohonan.pilihan.map((jid, i) => {
      const j = loadJabatan(db, jid)!;
      return { ...j, unitNama: loadUnit(db, j.unitId)?.nama ?? '', peringkat: i + 1 };
    }),
    targetBaru: targets.baru,
    targetLampau: targets.lampau,
  };
}
