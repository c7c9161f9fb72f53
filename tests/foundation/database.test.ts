import { describe, expect, it } from 'vitest';
import { Database, type WriteRecord } from '../../electron/dataset/database';
import { migrate, MIGRATIONS, SCHEMA_VERSION, assertMigrationsOrdered } from '../../electron/dataset/migrations';
import { AppError } from '../../shared/errors';

async function fresh(): Promise<Database> {
  const db = await Database.create();
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
  return db;
}

describe('Database adapter', () => {
  it('hands every write of a transaction to onCommit once, before it commits', async () => {
    const db = await fresh();
    const seen: WriteRecord[][] = [];
    db.onCommit = (w) => seen.push(w.map((x) => ({ ...x })));
    db.transaction(() => {
      db.run('INSERT INTO t (v) VALUES (?)', ['a']);
      db.run('INSERT INTO t (v) VALUES (?)', ['b']);
    });
    db.run('INSERT INTO t (v) VALUES (?)', [true]);
    expect(seen).toHaveLength(2);
    expect(seen[0]!.map((w) => w.params)).toEqual([['a'], ['b']]);
    expect(seen[1]![0]!.params).toEqual([1]); // booleans stored as 0/1
  });

  it('rolls the change back in memory when persisting it fails', async () => {
    const db = await fresh();
    db.onCommit = () => {
      throw new Error('disk full');
    };
    expect(() => db.run('INSERT INTO t (v) VALUES (?)', ['x'])).toThrow('disk full');
    expect(db.value('SELECT COUNT(*) FROM t')).toBe(0);
  });

  it('nests transactions as savepoints and drops the writes of a rolled-back one', async () => {
    const db = await fresh();
    const seen: WriteRecord[][] = [];
    db.onCommit = (w) => seen.push([...w]);
    db.transaction(() => {
      db.run('INSERT INTO t (v) VALUES (?)', ['kept']);
      expect(() =>
        db.transaction(() => {
          db.run('INSERT INTO t (v) VALUES (?)', ['dropped']);
          throw new Error('inner');
        }),
      ).toThrow('inner');
    });
    expect(db.all<{ v: string }>('SELECT v FROM t').map((r) => r.v)).toEqual(['kept']);
    expect(seen[0]!.map((w) => w.params)).toEqual([['kept']]);
  });

  it('replays journalled writes to the same state', async () => {
    const a = await fresh();
    const log: WriteRecord[] = [];
    a.onCommit = (w) => log.push(...w);
    a.run('INSERT INTO t (v) VALUES (:v)', { v: 'named' });
    a.run('UPDATE t SET v = ? WHERE id = ?', ['changed', 1]);
    const b = await fresh();
    b.replay(log);
    expect(b.all('SELECT * FROM t')).toEqual(a.all('SELECT * FROM t'));
  });

  it('keeps foreign keys enforced after export() (sql.js resets the pragma)', async () => {
    const db = await Database.create();
    migrate(db);
    db.export();
    expect(db.value('PRAGMA foreign_keys')).toBe(1);
    expect(() => db.run("INSERT INTO jabatan_kompetensi (jabatan_id, kode, level) VALUES ('nope', 'integritas', 3)")).toThrow(/FOREIGN KEY/);
  });
});

describe('migrations', () => {
  it('brings a new database to the latest schema and is idempotent', async () => {
    const db = await Database.create();
    expect(migrate(db)).toBe(SCHEMA_VERSION);
    expect(db.userVersion()).toBe(SCHEMA_VERSION);
    expect(migrate(db)).toBe(SCHEMA_VERSION);
    const tables = db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => r.name);
    for (const t of ['pegawai', 'jabatan', 'permohonan', 'target', 'sidang', 'suara', 'keputusan', 'audit_log', 'paket_telaah']) {
      expect(tables).toContain(t);
    }
  });

  it('refuses a file from a newer schema with its own error', async () => {
    const db = await Database.create();
    db.setUserVersion(SCHEMA_VERSION + 5);
    try {
      migrate(db);
      throw new Error('expected failure');
    } catch (err) {
      expect((err as AppError).code).toBe('SKEMA_LEBIH_BARU');
    }
  });

  it('rejects a registry that is not strictly increasing', () => {
    expect(() => assertMigrationsOrdered([...MIGRATIONS, MIGRATIONS[0]!])).toThrow(/not after/);
  });
});
