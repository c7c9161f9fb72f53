import type { AppContext } from '../app/context';
import type { SessionDelta } from '../../shared/session/record-delta';
import type { SessionEnv } from './env';
import { persistAct } from './persist';
import { readDelta, type Changed } from './delta';
import { getItem } from './agenda';

export interface ActAnswer { ok: true; savedAt: string | null; delta: SessionDelta }

/**
 * How session handlers answer an act: run it, make it durable before answering (so "tersimpan" is
 * never shown early), then read back what it changed, so the screen merges one answer instead of
 * re-reading the whole record.
 */
export function sessionActs(ctx: AppContext) {
  const env = (): SessionEnv => ({ db: ctx.dataset().db, now: () => ctx.nowIso(), actor: () => ctx.platform.actor() });
  const saved = <T>(fn: (e: SessionEnv) => T) => {
    const value = fn(env());
    return { value, savedAt: persistAct(ctx.dataset()) };
  };
  const acted = <T>(fn: (e: SessionEnv) => T, changed: (value: T) => Changed) => {
    const r = saved(fn);
    return { ...r, delta: readDelta(ctx.dataset().db, changed(r.value)) };
  };
  const answer = (fn: (e: SessionEnv) => unknown, changed: () => Changed): ActAnswer => {
    const r = acted(fn, changed);
    return { ok: true, savedAt: r.savedAt, delta: r.delta };
  };
  const sidangOf = (itemId: string) => getItem(ctx.dataset().db, itemId).sidang_id;
  return {
    env, saved, acted, sidangOf,
    /** An act on one item: that item comes back whole. */
    onItem: (itemId: string, fn: (e: SessionEnv) => unknown) => answer(fn, () => ({ sidangId: sidangOf(itemId), items: [itemId] })),
    /** The session's own fields (dates, quorum rule, the Minister's approval): the header. */
    onHeader: (sidangId: string, fn: (e: SessionEnv) => unknown) => answer(fn, () => ({ sidangId, header: true })),
    /** Members, attendance or status: the header and every item (each tally counts who may vote; opening adds pledge reviews). */
    onSession: (sidangId: string, fn: (e: SessionEnv) => unknown) => answer(fn, () => ({ sidangId, header: true, items: 'all' })),
    /** Items removed or moved: the new order (an item not listed is gone). */
    onOrder: (sidangId: string, fn: (e: SessionEnv) => unknown) => answer(fn, () => ({ sidangId, order: true })),
  };
}
