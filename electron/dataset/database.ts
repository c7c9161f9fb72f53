import initSqlJs, { type Database as SqlJsDatabase, type SqlValue, type Statement } from 'sql.js';
import { createRequire } from 'node:module';

export type Param = SqlValue | boolean | undefined;
export type Params = readonly Param[] | Record<string, Param>;

/** One write as the journal records it, so a crash can be replayed exactly. */
export interface WriteRecord {
  sql: string;
  params: SqlValue[] | Record<string, SqlValue>;
}

let sqlPromise: ReturnType<typeof initSqlJs> | null = null;
function loadSql(): ReturnType<typeof initSqlJs> {
  if (!sqlPromise) {
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve('sql.js/dist/sql-wasm.wasm');
    sqlPromise = initSqlJs({ locateFile: () => wasmPath });
  }
  return sqlPromise;
}

function normalizeParams(params: Params | undefined): SqlValue[] | Record<string, SqlValue> {
  const fix = (v: Param): SqlValue => (v === undefined ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v);
  if (!params) return [];
  if (Array.isArray(params)) return params.map(fix);
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k.startsWith(':') ? k : `:${k}`, fix(v)]));
}

/**
 * The only door to SQLite. Repositories call run/all/first/transaction; writes made inside a
 * journalled transaction are handed to `onCommit` so the dataset session can persist them before
 * the caller is told the act is saved.
 */
export class Database {
  private readonly cache = new Map<string, Statement>();
  private depth = 0;
  private pending: WriteRecord[] = [];
  private journalling = true;
  onCommit: ((writes: WriteRecord[]) => void) | null = null;

  private constructor(private readonly raw: SqlJsDatabase) {
    raw.run('PRAGMA foreign_keys = ON');
  }

  static async create(image?: Uint8Array): Promise<Database> {
    const SQL = await loadSql();
    return new Database(new SQL.Database(image));
  }

  private prepare(sql: string): Statement {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      stmt = this.raw.prepare(sql);
      this.cache.set(sql, stmt);
    }
    return stmt;
  }

  exec(sql: string): void {
    this.raw.exec(sql);
  }

  run(sql: string, params?: Params): void {
    // A lone write is its own transaction, so it is journalled before it counts.
    if (this.depth === 0) return this.transaction(() => this.run(sql, params));
    const p = normalizeParams(params);
    this.prepare(sql).run(p);
    if (this.journalling) this.pending.push({ sql, params: p });
  }

  all<T = Record<string, SqlValue>>(sql: string, params?: Params): T[] {
    const stmt = this.prepare(sql);
    stmt.bind(normalizeParams(params));
    const rows: T[] = [];
    try {
      // Column names once per query, values as arrays per row: getAsObject() asks the engine for
      // the names again on every row, which dominated large reads.
      let names: string[] | null = null;
      while (stmt.step()) {
        names ??= stmt.getColumnNames();
        const values = stmt.get();
        const row: Record<string, SqlValue> = {};
        for (let i = 0; i < names.length; i++) row[names[i]!] = values[i]!;
        rows.push(row as T);
      }
    } finally {
      stmt.reset();
    }
    return rows;
  }

  first<T = Record<string, SqlValue>>(sql: string, params?: Params): T | undefined {
    const stmt = this.prepare(sql);
    stmt.bind(normalizeParams(params));
    try {
      return stmt.step() ? (stmt.getAsObject() as T) : undefined;
    } finally {
      stmt.reset();
    }
  }

  /** Single scalar, e.g. a COUNT. */
  value<T extends SqlValue>(sql: string, params?: Params): T | undefined {
    const row = this.first(sql, params);
    return row ? (Object.values(row)[0] as T) : undefined;
  }

  /**
   * All-or-nothing. Nested calls become SAVEPOINTs. The journal hook runs before the outermost
   * COMMIT, so a failure to persist rolls the change back in memory too: nothing unsaved is shown.
   */
  transaction<T>(fn: () => T, opts: { journal?: boolean } = {}): T {
    const outer = this.depth === 0;
    const name = `sp${this.depth}`;
    const pendingMark = this.pending.length;
    if (outer) {
      this.journalling = opts.journal !== false;
      this.pending = [];
      this.raw.run('BEGIN');
    } else {
      this.raw.run(`SAVEPOINT ${name}`);
    }
    this.depth++;
    let result: T;
    try {
      result = fn();
    } catch (err) {
      this.depth--;
      this.rollback(outer, name, pendingMark);
      throw err;
    }
    this.depth--;
    if (!outer) {
      this.raw.run(`RELEASE ${name}`);
      return result;
    }
    try {
      if (this.journalling && this.pending.length > 0 && this.onCommit) this.onCommit(this.pending);
    } catch (err) {
      this.rollback(true, name, 0);
      throw err;
    }
    this.raw.run('COMMIT');
    this.pending = [];
    this.journalling = true;
    return result;
  }

  private rollback(outer: boolean, name: string, pendingMark: number): void {
    if (outer) {
      this.raw.run('ROLLBACK');
      this.pending = [];
      this.journalling = true;
    } else {
      this.raw.run(`ROLLBACK TO ${name}`);
      this.raw.run(`RELEASE ${name}`);
      this.pending.length = pendingMark;
    }
  }

  /** Replays journalled writes without re-journalling them. */
  replay(writes: readonly WriteRecord[]): void {
    this.transaction(() => {
      for (const w of writes) this.raw.run(w.sql, w.params);
    }, { journal: false });
  }

  userVersion(): number {
    return Number(this.value('PRAGMA user_version') ?? 0);
  }

  setUserVersion(v: number): void {
    this.raw.run(`PRAGMA user_version = ${Math.trunc(v)}`);
  }

  /** The SQLite image. export() turns foreign_keys off, so it is switched back on at once. */
  export(): Uint8Array {
    for (const stmt of this.cache.values()) stmt.free();
    this.cache.clear();
    const image = this.raw.export();
    this.raw.run('PRAGMA foreign_keys = ON');
    return image;
  }

  close(): void {
    for (const stmt of this.cache.values()) stmt.free();
    this.cache.clear();
    this.raw.close();
  }
}
