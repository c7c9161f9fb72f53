import type { Database } from '../dataset/database';
import { insertJabatan, insertPegawai, insertPermohonan, insertTarget, insertUnit } from '../dataset/writer';
import { getMeta, setMeta } from '../dataset/repository';
import { appendAudit } from '../audit/audit-log';
import type { ImportData } from '../../shared/intake/build';

export type ImportCounts = Record<'unit_kerja' | 'jabatan' | 'pegawai' | 'permohonan' | 'target' | 'rincian', number>;

export function importCounts(d: ImportData): ImportCounts {
  const t = d.tambahan;
  return {
    unit_kerja: d.units.length, jabatan: d.jabatan.length, pegawai: d.pegawai.length, permohonan: d.permohonan.length,
    target: d.target.length,
    rincian: t.diklat.length + t.kompetensi.length + t.skp.length + t.disiplin.length + t.ketidakhadiran.length + t.standar.length,
  };
}

/**
 * Writes a validated import in ONE transaction with its audit entry: either every row lands or none
 * does (a constraint failure half-way rolls the whole import back). Parents before children, so
 * every foreign key already resolves when its row is inserted.
 */
export function writeImport(
  db: Database, data: ImportData, audit: { at: string; actor: string; berkas: string; sha256: string },
  opts: { journal?: boolean } = {},
): ImportCounts {
  const counts = importCounts(data);
  db.transaction(() => {
    for (const u of data.units) insertUnit(db, u);
    for (const j of data.jabatan) insertJabatan(db, j);
    for (const s of data.tambahan.standar) {
      db.run('INSERT INTO jabatan_kompetensi (jabatan_id, kode, level) VALUES (?,?,?)', [s.jabatanId, s.kode, s.level]);
    }
    for (const p of data.pegawai) insertPegawai(db, p);
    const t = data.tambahan;
    for (const d of t.diklat) db.run('INSERT INTO diklat (nip, jenis, tahun) VALUES (?,?,?)', [d.nip, d.jenis, d.tahun]);
    for (const k of t.kompetensi) db.run('INSERT INTO kompetensi (nip, kode, level) VALUES (?,?,?)', [k.nip, k.kode, k.level]);
    for (const s of t.skp) db.run('INSERT INTO skp (nip, tahun, predikat) VALUES (?,?,?)', [s.nip, s.tahun, s.predikat]);
    for (const d of t.disiplin) {
      db.run('INSERT INTO disiplin (nip, hukuman, tingkat, mulai, selesai, keterangan) VALUES (?,?,?,?,?,?)', [
        d.nip, d.hukuman, d.tingkat, d.mulai, d.selesai, d.keterangan,
      ]);
    }
    for (const k of t.ketidakhadiran) {
      db.run('INSERT INTO ketidakhadiran (nip, mulai, selesai, hari_kerja, alasan_sah, keterangan) VALUES (?,?,?,?,?,?)', [
        k.nip, k.mulai, k.selesai, k.hariKerja, k.alasanSah, k.keterangan,
      ]);
    }
    for (const r of data.permohonan) insertPermohonan(db, r);
    for (const tg of data.target) insertTarget(db, tg);
    if (getMeta(db, 'nama_instansi') === undefined) setMeta(db, 'nama_instansi', 'Pemerintah Kota Bengkulu');
    // Counts and the file's hash only: the audit trail carries no personal data.
    appendAudit(db, { at: audit.at, actor: audit.actor, action: 'intake.impor', payload: { berkas: audit.berkas, sha256: audit.sha256, jumlah: counts } });
  }, { journal: opts.journal });
  return counts;
}
