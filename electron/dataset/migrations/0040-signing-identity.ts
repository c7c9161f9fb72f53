import type { Migration } from './types';

/**
 * Documents capability: the committee's signing identity, one row. The PKCS#12 in it is itself
 * encrypted (AES-256) under the certificate password. Kept in its own table rather than in meta
 * because review packets copy meta to members, and no member should hold the key, even encrypted.
 */
const SIGNING_IDENTITY_DDL = `
CREATE TABLE IF NOT EXISTS identitas_penanda_tangan (
  id INTEGER PRIMARY KEY CHECK (id = 1), p12 TEXT NOT NULL, info TEXT NOT NULL, disimpan_pada TEXT NOT NULL
);`;

export const signingIdentity: Migration = {
  version: 40,
  id: '0040-signing-identity',
  up: (db) => db.exec(SIGNING_IDENTITY_DDL),
};
