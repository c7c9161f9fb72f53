import type { Database } from '../database';

/**
 * One schema step, remembered by `id` in the `skema_migrasi` table (as Actual Budget does), so a
 * step that lands after a later-numbered one is still applied. `version` orders the list and is
 * mirrored into PRAGMA user_version so an older app can refuse a newer file.
 */
export interface Migration {
  version: number;
  /** Stable id, e.g. '0040-signing-identity'; never renamed once shipped. */
  id: string;
  up: (db: Database) => void;
}
