import type { Migration } from './types';

/**
 * The checkpoint is signed when the session closes (not when it is exported): the signature and the
 * signer's certificate (base64 DER) are stored with it, so an exported .bpjcp needs no password.
 * Rows from before this migration stay unsigned (NULL).
 */
export const signedCheckpoint: Migration = {
  version: 185,
  id: '0185-signed-checkpoint',
  up: (db) => {
    db.exec('ALTER TABLE titik_periksa ADD COLUMN tanda_tangan TEXT; ALTER TABLE titik_periksa ADD COLUMN sertifikat TEXT;');
  },
};
