import type { Migration } from './types';

/**
 * Several signing identities per dataset (one row each), each with its certificate fingerprint so a
 * verifier can tell a registered signer from a look-alike by fingerprint, never by name. Retiring an
 * identity wipes its key but keeps its certificate: documents it signed still verify as "terdaftar".
 * The old table (one row, CHECK id = 1) is copied over; its row keeps id 1.
 */
export const signingIdentities: Migration = {
  version: 120,
  id: '0120-signing-identities',
  up: (db) => {
    db.exec(`
CREATE TABLE IF NOT EXISTS identitas_penanda_tangan (
  id INTEGER PRIMARY KEY CHECK (id = 1), p12 TEXT NOT NULL, info TEXT NOT NULL, disimpan_pada TEXT NOT NULL
);
CREATE TABLE identitas_penanda_tangan_baru (
  id INTEGER PRIMARY KEY, p12 TEXT NOT NULL, info TEXT NOT NULL, disimpan_pada TEXT NOT NULL,
  sidik_sha256 TEXT NOT NULL, dipensiunkan_pada TEXT
);`);
    const rows = db.all<{ id: number; p12: string; info: string; disimpan_pada: string }>('SELECT id, p12, info, disimpan_pada FROM identitas_penanda_tangan');
    for (const r of rows) {
      const fp = (JSON.parse(r.info) as { fingerprintSha256?: string }).fingerprintSha256 ?? '';
      db.run('INSERT INTO identitas_penanda_tangan_baru (id, p12, info, disimpan_pada, sidik_sha256) VALUES (?, ?, ?, ?, ?)', [r.id, r.p12, r.info, r.disimpan_pada, fp]);
    }
    db.exec(`
DROP TABLE identitas_penanda_tangan;
ALTER TABLE identitas_penanda_tangan_baru RENAME TO identitas_penanda_tangan;
CREATE INDEX identitas_sidik ON identitas_penanda_tangan (sidik_sha256);`);
  },
};
