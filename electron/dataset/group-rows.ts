import type { Database } from './database';

/** Untyped rows, the data-access files' default until issue 17's row types land. */
type Row = Record<string, any>;

/** Rows grouped by one column's value, in row order, each mapped once. */
export function groupBy<T, R extends object = Row>(rows: Iterable<R>, key: string, map: (r: R) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = (r as Record<string, unknown>)[key] as string;
    const list = out.get(k);
    if (list) list.push(map(r));
    else out.set(k, [map(r)]);
  }
  return out;
}

/** One query per 500 ids (`marks` is the "?, ?, …" list), so an IN list stays under SQLite's bound-parameter limit. */
export function allIn<R = Row>(db: Database, sql: (marks: string) => string, ids: readonly string[], extra: (string | number)[] = []): R[] {
  const rows: R[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    rows.push(...db.all<R>(sql(chunk.map(() => '?').join(',')), [...chunk, ...extra]));
  }
  return rows;
}
