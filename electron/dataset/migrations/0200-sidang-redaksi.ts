import type { Migration } from './types';

/** Each session chooses how much the projector shows (shared/format/redaction.ts); existing ones keep today's masks. */
export const sidangRedaksi: Migration = {
  version: 200,
  id: '0200-sidang-redaksi',
  up: (db) => {
    db.exec(`ALTER TABLE sidang ADD COLUMN redaksi TEXT NOT NULL DEFAULT 'standar' CHECK (redaksi IN ('standar','ketat'));`);
  },
};
