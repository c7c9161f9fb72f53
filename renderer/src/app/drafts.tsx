import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api } from '../api';

/** Quiet time after the last keystroke before a draft goes to main (flushed at once on lock, close and leave). */
const DRAFT_PAUSE_MS = 400;

interface Entry { dirty: boolean; flush(): Promise<void>; discard(): Promise<void> }

/** Every mounted draft: whether it differs from what is saved, and how to send or drop it now. */
export interface DraftRegistry {
  set(kunci: string, entry: Entry | null): void;
  dirtyCount(): number;
  flushAll(): Promise<void>;
  discardAll(): Promise<void>;
}

const DraftContext = createContext<DraftRegistry | null>(null);

export function DraftProvider({ children }: { children: ReactNode }) {
  const entries = useRef(new Map<string, Entry>());
  const registry = useMemo<DraftRegistry>(() => ({
    set: (kunci, entry) => { if (entry) entries.current.set(kunci, entry); else entries.current.delete(kunci); },
    dirtyCount: () => [...entries.current.values()].filter((e) => e.dirty).length,
    flushAll: async () => { await Promise.all([...entries.current.values()].map((e) => e.flush())); },
    discardAll: async () => { await Promise.all([...entries.current.values()].filter((e) => e.dirty).map((e) => e.discard())); },
  }), []);
  useEffect(() => {
    // A reload cannot wait; the call still leaves before the page goes.
    const onUnload = () => void registry.flushAll();
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [registry]);
  return <DraftContext.Provider value={registry}>{children}</DraftContext.Provider>;
}

export function useDraftRegistry(): DraftRegistry {
  const r = useContext(DraftContext);
  if (!r) throw new Error('useDraftRegistry outside DraftProvider');
  return r;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A value the user is typing, kept as a draft in main (inside the encrypted dataset) under `kunci`:
 * it comes back after lock, auto-lock, a reload or a restart. `saved` is what main holds as recorded;
 * the draft is dropped when the value returns to it, and by `clear()` once the act is recorded.
 */
export function useDraft<T>(kunci: string, saved: T) {
  const registry = useDraftRegistry();
  const [value, setValue] = useState<T>(saved);
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<number | null>(null);
  const touched = useRef(false);
  const savedRef = useRef(saved);
  savedRef.current = saved;

  useEffect(() => {
    let live = true;
    // Typing before the draft arrives wins over it.
    api.drafts.get({ kunci }).then((r) => { if (live && !touched.current && r.isi !== null) setValue(JSON.parse(r.isi) as T); }, () => undefined);
    return () => { live = false; };
  }, [kunci]);

  const flush = useCallback(async () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const p = pending.current;
    pending.current = null;
    if (!p) return;
    await (same(p.value, savedRef.current) ? api.drafts.remove({ kunci }) : api.drafts.put({ kunci, isi: JSON.stringify(p.value) }))
      .catch(() => undefined); // a locked dataset refuses; the value is still on screen
  }, [kunci]);

  const set = useCallback((next: T | ((prev: T) => T)) => {
    touched.current = true;
    setValue((prev) => {
      const v = typeof next === 'function' ? (next as (p: T) => T)(prev) : next;
      pending.current = { value: v };
      return v;
    });
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), DRAFT_PAUSE_MS);
  }, [flush]);

  const clear = useCallback(async () => {
    pending.current = null;
    if (timer.current !== null) window.clearTimeout(timer.current);
    await api.drafts.remove({ kunci }).catch(() => undefined);
  }, [kunci]);

  const discard = useCallback(async () => { await clear(); setValue(savedRef.current); }, [clear]);

  const dirty = !same(value, saved);
  useEffect(() => {
    registry.set(kunci, { dirty, flush, discard });
  }, [registry, kunci, dirty, flush, discard]);
  useEffect(() => () => { void flush(); registry.set(kunci, null); }, [registry, kunci, flush]);

  return { value, set, dirty, clear, discard };
}
