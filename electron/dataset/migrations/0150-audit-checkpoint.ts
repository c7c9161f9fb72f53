import type { Migration } from './types';

/**
 * titik_periksa: the audit head (sequence + entry hash + time) recorded when a session is closed. An
 * exported checkpoint file (.bpjcp, signed with the dataset's signing identity) proves later that no
 * entry up to that sequence was changed or cut (electron/audit/checkpoint.ts).
 */
export const auditCheckpoint: Migration = {
  version: 150,
  id: '0150-audit-checkpoint',
  up: (db) => {
    db.exec(`
CREATE TABLE titik_periksa (
  seq INTEGER PRIMARY KEY, entry_hash TEXT NOT NULL, dibuat_pada TEXT NOT NULL,
  sidang_id TEXT REFERENCES sidang(id)
);
`);
  },
};
