import type { Database } from '../database';

/** One schema step. Versions are strictly increasing; progress is kept in PRAGMA user_version. */
export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}
