import type { Database } from '../dataset/database';
import type { ExistingKeys } from '../../shared/intake/existing';

/** Keys of the open dataset an import must resolve against or must not duplicate. */
export function loadExistingKeys(db: Database): ExistingKeys {
  const set = (sql: string) => new Set(db.all<{ k: string }>(sql).map((r) => String(r.k)));
  return {
    units: set('SELECT id AS k FROM unit_kerja'),
    jabatan: set('SELECT id AS k FROM jabatan'),
    pegawai: set('SELECT nip AS k FROM pegawai'),
    permohonan: new Map(db.all<{ id: string; nip: string; tanggal: string }>('SELECT id, nip, tanggal FROM permohonan').map((r) => [r.id, { nip: r.nip, tanggal: r.tanggal }])),
    targets: set('SELECT id AS k FROM target'),
    skp: set("SELECT nip || '|' || tahun AS k FROM skp"),
    kompetensi: set("SELECT nip || '|' || kode AS k FROM kompetensi"),
    standar: set("SELECT jabatan_id || '|' || kode AS k FROM jabatan_kompetensi"),
  };
}
