import type { Migration } from './types';

/**
 * Unsaved input (electron/drafts): a row per draft key, inside the dataset so it is encrypted with it.
 * Not an act: no audit entry, and review packets (built table by table) never carry it.
 */
export const drafTable: Migration = {
  version: 201,
  id: '0201-draf',
  up: (db) => {
    db.exec('CREATE TABLE draf (kunci TEXT PRIMARY KEY, isi TEXT NOT NULL, diubah_pada TEXT NOT NULL);');
  },
};
