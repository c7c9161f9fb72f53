import { randomUUID } from 'node:crypto';
import type { Database } from '../dataset/database';
import { appendAudit } from '../audit/audit-log';
import { AppError } from '../../shared/errors';
import type { RuleProblem } from '../../shared/session/rules';

/**
 * What a session service needs to write: the database, the clock and the actor. The app passes
 * its context's; the demo generator passes a past clock so seeded acts carry plausible times.
 */
export interface SessionEnv {
  db: Database;
  now(): string;
  actor(): string;
  /** Id factory; the demo passes a deterministic one so the generated file is reproducible. */
  newId?(prefix: string): string;
}

/** Ids are made here in JS (never SQL random()), so a journalled write replays to the same row. */
export function newId(env: SessionEnv, prefix: string): string {
  return env.newId ? env.newId(prefix) : `${prefix}-${randomUUID().slice(0, 13)}`;
}

/** One act: the change and its audit entry in one transaction, saved together or not at all. */
export function act<T>(env: SessionEnv, action: string, payload: Record<string, unknown>, fn: (at: string) => T): T {
  return env.db.transaction(() => {
    const at = env.now();
    const result = fn(at);
    appendAudit(env.db, { at, actor: env.actor(), action, payload });
    return result;
  });
}

/**
 * Like act, but the audit payload is built from what the act wrote (the full rows, with the time
 * stamped inside), so the chain alone can re-derive the tables.
 */
export function actRows<T>(
  env: SessionEnv, action: string, fn: (at: string) => { result: T; payload: Record<string, unknown> },
): T {
  return env.db.transaction(() => {
    const at = env.now();
    const { result, payload } = fn(at);
    appendAudit(env.db, { at, actor: env.actor(), action, payload });
    return result;
  });
}

export function fail(problem: RuleProblem | null): void {
  if (problem) throw new AppError(problem.code, problem.params ?? {});
}
