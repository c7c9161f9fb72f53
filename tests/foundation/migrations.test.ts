import { describe, expect, it } from 'vitest';
import { Database } from '../../electron/dataset/database';
import { migrate, MIGRATIONS, SCHEMA_VERSION } from '../../electron/dataset/migrations';
import type { Migration } from '../../electron/dataset/migrations/types';
import type { AppError } from '../../shared/errors';

const tableNames = (db: Database): string[] =>
  db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => r.name);

const step = (version: number, id: string, table: string): Migration => ({
  version, id, up: (db) => db.exec(`CREATE TABLE ${table} (x INTEGER)`),
});

describe('migrations remembered by id', () => {
  it('applies a step that landed below an already applied one (a counter alone would skip it)', async () => {
    const db = await Database.create();
    const first = [step(1, '0001-a', 'a'), step(50, '0050-c', 'c')];
    migrate(db, first);
    expect(tableNames(db)).not.toContain('b');
    // Step 40 lands later, numbered below 50: it must still run.
    const later = [step(1, '0001-a', 'a'), step(40, '0040-b', 'b'), step(50, '0050-c', 'c')];
    expect(migrate(db, later)).toBe(50);
    expect(tableNames(db)).toContain('b');
    expect(db.all('SELECT id FROM skema_migrasi ORDER BY versi')).toEqual([{ id: '0001-a' }, { id: '0040-b' }, { id: '0050-c' }]);
    db.close();
  });

  it('adopts a file from before the ledger by its user_version, then applies only newer steps', async () => {
    const db = await Database.create();
    db.exec('CREATE TABLE a (x INTEGER)');
    db.setUserVersion(1);
    migrate(db, [step(1, '0001-a', 'a'), step(2, '0002-b', 'b')]);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['a', 'b', 'skema_migrasi']));
    db.close();
  });

  it('refuses a file holding a step this app does not know', async () => {
    const db = await Database.create();
    migrate(db, [step(1, '0001-a', 'a'), step(2, '0002-from-the-future', 'f')]);
    try {
      migrate(db, [step(1, '0001-a', 'a'), step(3, '0003-mine', 'm')]);
      throw new Error('expected refusal');
    } catch (err) {
      expect((err as AppError).code).toBe('SKEMA_LEBIH_BARU');
    }
    expect(tableNames(db)).not.toContain('m');
    db.close();
  });

  it('leaves the file untouched when a step fails', async () => {
    const db = await Database.create();
    migrate(db, [step(1, '0001-a', 'a')]);
    const broken: Migration = { version: 2, id: '0002-broken', up: (d) => { d.exec('CREATE TABLE z (x)'); d.exec('NOT SQL'); } };
    expect(() => migrate(db, [step(1, '0001-a', 'a'), broken])).toThrow();
    expect(tableNames(db)).not.toContain('z');
    expect(db.userVersion()).toBe(1);
    db.close();
  });

  // One test per shipped migration, on a database at the previous step: it must change the schema.
  const schema = (db: Database): string[] =>
    db.all<{ sql: string | null }>("SELECT sql FROM sqlite_master WHERE name != 'skema_migrasi' ORDER BY name").map((r) => r.sql ?? '');
  MIGRATIONS.forEach((m, i) => {
    it(`${m.id} applies on a database at the step before it`, async () => {
      const db = await Database.create();
      if (i > 0) migrate(db, MIGRATIONS.slice(0, i));
      const before = schema(db);
      migrate(db, MIGRATIONS.slice(0, i + 1));
      expect(schema(db)).not.toEqual(before);
      expect(db.value('SELECT COUNT(*) FROM skema_migrasi WHERE id = ?', [m.id])).toBe(1);
      migrate(db);
      expect(db.userVersion()).toBe(SCHEMA_VERSION);
      db.close();
    });
  });
});
