import type { Database, Param } from './database';
import type { RequestFilter, RequestRow, RequestDetail } from '../../shared/ipc/dataset';
import { requestFilterSchema } from '../../shared/ipc/dataset';
import { namaLengkap } from '../../shared/domain/pegawai';
import { AppError } from '../../shared/errors';
import { loadJabatan, loadPermohonan, loadProfil, loadTargets, loadUnit } from './repository';

const SORT_COLUMNS: Record<string, string> = {
  tanggal: 'r.tanggal', nama: 'p.nama', golongan: 'p.golongan', unit: 'u.nama', status: 'r.status', pilihan1: 'j1.nama',
};

/** Daftar Permohonan: filtering and sorting happen in SQLite so 20,000 rows stay fast. */
export function listRequests(db: Database, raw: RequestFilter): { total: number; totalAll: number; rows: RequestRow[] } {
  const f = requestFilterSchema.parse(raw);
  const where: string[] = [];
  const params: Param[] = [];
  const search = f.search.trim();
  if (search) {
    const digits = search.replace(/\s+/g, '');
    if (/^\d+$/.test(digits)) {
      where.push('p.nip LIKE ?');
      params.push(`%${digits}%`);
    } else {
      where.push("(p.nama LIKE ? ESCAPE '\\' OR p.gelar_belakang LIKE ? ESCAPE '\\')");
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      params.push(like, like);
    }
  }
  const inList = (col: string, values: readonly string[]): void => {
    if (values.length === 0) return;
    where.push(`${col} IN (${values.map(() => '?').join(',')})`);
    params.push(...values);
  };
  inList('r.status', f.statuses);
  inList('p.unit_id', f.unitIds);
  inList('p.kecamatan', f.kecamatan);
  inList("COALESCE(jc.level, 'pelaksana')", f.levels);
  if (f.targetJabatanIds.length > 0) {
    where.push(
      `r.id IN (SELECT permohonan_id FROM permohonan_pilihan WHERE jabatan_id IN (${f.targetJabatanIds.map(() => '?').join(',')}))`,
    );
    params.push(...f.targetJabatanIds);
  }
  const sql = `
    SELECT r.id, r.nip, p.nama, p.gelar_depan, p.gelar_belakang, p.golongan, p.nama_jabatan, jc.level AS level_saat_ini,
      u.nama AS unit, p.kecamatan, r.tanggal, j1.nama AS pilihan1,
      (SELECT group_concat(jabatan_id, ',') FROM (SELECT jabatan_id FROM permohonan_pilihan x
        WHERE x.permohonan_id = r.id ORDER BY x.peringkat)) AS pilihan_ids,
      r.kategori_alasan, r.status, r.pakta_ditandatangani
    FROM permohonan r
    JOIN pegawai p ON p.nip = r.nip
    JOIN unit_kerja u ON u.id = p.unit_id
    LEFT JOIN jabatan jc ON jc.id = p.jabatan_id
    LEFT JOIN permohonan_pilihan pp1 ON pp1.permohonan_id = r.id AND pp1.peringkat = 1
    LEFT JOIN jabatan j1 ON j1.id = pp1.jabatan_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${SORT_COLUMNS[f.sortBy]} ${f.sortDir === 'asc' ? 'ASC' : 'DESC'}, r.id`;
  const rows = db.all<Record<string, any>>(sql, params).map(
    (r): RequestRow => ({
      id: r.id, nip: r.nip,
      namaLengkap: namaLengkap({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang }),
      golongan: r.golongan, jabatanSaatIni: r.nama_jabatan, levelSaatIni: r.level_saat_ini ?? null, unit: r.unit,
      kecamatan: r.kecamatan, tanggal: r.tanggal, pilihan1: r.pilihan1 ?? '', pilihanIds: String(r.pilihan_ids ?? '').split(',').filter(Boolean),
      kategoriAlasan: r.kategori_alasan, status: r.status, paktaDitandatangani: !!r.pakta_ditandatangani,
    }),
  );
  const totalAll = Number(db.value('SELECT COUNT(*) FROM permohonan') ?? 0);
  return { total: rows.length, totalAll, rows };
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
