import type { Migration } from './types';

/**
 * Talent pools and succession plans (electron/talent):
 * - unit_kerja.rumpun: the unit's field (rumpun jabatan), null when the source did not say; shared/talent/rumpun.ts
 *   then derives it from the unit's name and the screens say it was derived;
 * - jabatan_kunci: posts the committee marked as key beyond the JPT and administrator posts (which always are);
 * - rencana_suksesi + suksesor: a stored plan, up to three successors with readiness and development actions.
 * Every write is an audited act ('talent.*').
 */
export const talentSuccession: Migration = {
  version: 193,
  id: '0193-talent-succession',
  up: (db) => {
    db.exec(`
ALTER TABLE unit_kerja ADD COLUMN rumpun TEXT;
CREATE TABLE jabatan_kunci (
  jabatan_id TEXT PRIMARY KEY REFERENCES jabatan(id) ON DELETE CASCADE,
  alasan TEXT NOT NULL, dicatat_pada TEXT NOT NULL
);
CREATE TABLE rencana_suksesi (
  jabatan_id TEXT PRIMARY KEY REFERENCES jabatan(id) ON DELETE CASCADE,
  dicatat_pada TEXT NOT NULL
);
CREATE TABLE suksesor (
  jabatan_id TEXT NOT NULL REFERENCES rencana_suksesi(jabatan_id) ON DELETE CASCADE,
  urutan INTEGER NOT NULL CHECK (urutan BETWEEN 1 AND 3),
  nip TEXT NOT NULL REFERENCES pegawai(nip),
  kesiapan TEXT NOT NULL CHECK (kesiapan IN ('siap_sekarang','satu_dua_tahun','lebih_dua_tahun')),
  tindakan TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (jabatan_id, urutan), UNIQUE (jabatan_id, nip)
);
CREATE INDEX suksesor_nip ON suksesor(nip);
`);
  },
};
