import type { Database } from '../dataset/database';
import { insertJabatan, insertPegawai, insertPermohonan, insertTarget, insertUnit } from '../dataset/writer';
import { getMeta, setMeta } from '../dataset/repository';
import { appendAudit } from '../audit/audit-log';
import type { ImportData } from '../../shared/intake/build';
import { insertRiwayat } from './riwayat-store';

export type ImportCounts = Record<'unit_kerja' | 'jabatan' | 'pegawai' | 'permohonan' | 'target' | 'rincian' | 'riwayat_jabatan', number>;

export function importCounts(d: ImportData): ImportCounts {
  const t = d.tambahan;
  return {
    unit_kerja: d.units.length, jabatan: d.jabatan.length, pegawai: d.pegawai.length, permohonan: d.permohonan.length,
    target: d.target.length, riwayat_jabatan: d.riwayat.length,
    rincian: t.diklat.length + t.kompetensi.length + t.skp.length + t.disiplin.length + t.ketidakhadiran.length + t.standar.length,
  };
}

/** Many rows per INSERT: a 20,000-ASN city has ≈ 250,000 child rows, and one statement per row dominates the import. */
function bulkInsert(db: Database, table: string, cols: string[], rows: unknown[][]): void {
  const per = Math.floor(900 / cols.length);
  const one = `(${cols.map(() => '?').join(',')})`;
  const sqlFor = (n: number) => `INSERT INTO ${table} (${cols.join(', ')}) VALUES ${Array(n).fill(one).join(',')}`;
  const full = sqlFor(per);
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    db.run(chunk.length === per ? full : sqlFor(chunk.length), chunk.flat() as never);
  }
}

/**
 * Writes a validated import in ONE transaction with its audit entry: either every row lands or none
 * does (a constraint failure half-way rolls the whole import back). Parents before children, so
 * every foreign key already resolves when its row is inserted. Units, posts, people, requests and
 * targets go through the shared writer; their many child rows (competencies, SKP years, …) are
 * inserted in bulk.
 */
export function writeImport(
  db: Database, data: ImportData, audit: { at: string; actor: string; berkas: string; sha256: string },
  opts: { journal?: boolean } = {},
): ImportCounts {
  const counts = importCounts(data);
  const t = data.tambahan;
  const standar = [...t.standar.map((s) => [s.jabatanId, s.kode, s.level])];
  const diklat = t.diklat.map((d) => [d.nip, d.jenis, d.tahun]);
  const kompetensi = t.kompetensi.map((k) => [k.nip, k.kode, k.level]);
  const skp = t.skp.map((s) => [s.nip, s.tahun, s.predikat]);
  const disiplin = t.disiplin.map((d) => [d.nip, d.hukuman, d.tingkat, d.mulai, d.selesai, d.keterangan]);
  const absen = t.ketidakhadiran.map((k) => [k.nip, k.mulai, k.selesai, k.hariKerja, k.alasanSah ? 1 : 0, k.keterangan]);
  db.transaction(() => {
    for (const u of data.units) insertUnit(db, u);
    for (const j of data.jabatan) {
      insertJabatan(db, { ...j, standarKompetensi: {} });
      for (const [kode, level] of Object.entries(j.standarKompetensi)) standar.push([j.id, kode, level]);
    }
    bulkInsert(db, 'jabatan_kompetensi', ['jabatan_id', 'kode', 'level'], standar);
    for (const p of data.pegawai) {
      insertPegawai(db, { ...p, diklat: [], kompetensi: {}, skp: [], disiplin: [], ketidakhadiran: [] });
      for (const d of p.diklat) diklat.push([p.nip, d.jenis, d.tahun]);
      for (const [kode, level] of Object.entries(p.kompetensi)) kompetensi.push([p.nip, kode, level]);
      for (const s of p.skp) skp.push([p.nip, s.tahun, s.predikat]);
      for (const d of p.disiplin) disiplin.push([p.nip, d.hukuman, d.tingkat, d.mulai, d.selesai, d.keterangan]);
      for (const k of p.ketidakhadiran) absen.push([p.nip, k.mulai, k.selesai, k.hariKerja, k.alasanSah ? 1 : 0, k.keterangan]);
    }
    bulkInsert(db, 'diklat', ['nip', 'jenis', 'tahun'], diklat);
    bulkInsert(db, 'kompetensi', ['nip', 'kode', 'level'], kompetensi);
    bulkInsert(db, 'skp', ['nip', 'tahun', 'predikat'], skp);
    bulkInsert(db, 'disiplin', ['nip', 'hukuman', 'tingkat', 'mulai', 'selesai', 'keterangan'], disiplin);
    bulkInsert(db, 'ketidakhadiran', ['nip', 'mulai', 'selesai', 'hari_kerja', 'alasan_sah', 'keterangan'], absen);
    insertRiwayat(db, data.riwayat);
    for (const r of data.permohonan) insertPermohonan(db, r);
    for (const tg of data.target) insertTarget(db, tg);
    if (getMeta(db, 'nama_instansi') === undefined) setMeta(db, 'nama_instansi', 'Pemerintah Kota Bengkulu');
    // Counts and the file's hash only: the audit trail carries no personal data.
    appendAudit(db, { at: audit.at, actor: audit.actor, action: 'intake.impor', payload: { berkas: audit.berkas, sha256: audit.sha256, jumlah: counts } });
  }, { journal: opts.journal });
  return counts;
}
