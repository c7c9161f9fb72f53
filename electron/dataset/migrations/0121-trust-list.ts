import type { Migration } from './types';

/**
 * CA certificates the dataset trusts for signer chains (e.g. the BSrE chain, imported offline).
 * Public certificates only; keyed by the SHA-256 fingerprint of the DER.
 */
export const trustList: Migration = {
  version: 121,
  id: '0121-trust-list',
  up: (db) => db.exec(`
CREATE TABLE daftar_ca_tepercaya (
  sidik_sha256 TEXT PRIMARY KEY, der TEXT NOT NULL, subjek TEXT NOT NULL, berlaku_sampai TEXT NOT NULL, diimpor_pada TEXT NOT NULL
);`),
};
