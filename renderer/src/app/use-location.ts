import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api';
import type { Route, RouteName } from './app-state';
import type { DraftRegistry } from './drafts';

const KUNCI = 'lokasi';

/**
 * Where the user is (screen, and what the screen remembers: session, item, tab), kept as a draft in main so
 * lock, auto-lock, a reload or a restart return to the same place. `null` until the saved place is read.
 * Leaving while input is unsaved asks first: `guard(fn)` runs fn at once, or after the user confirms.
 */
export function useLocation(fallback: RouteName, allowed: readonly RouteName[], drafts: DraftRegistry) {
  const [route, setRoute] = useState<Route | null>(null);
  const current = useRef<Route>({ name: fallback });
  const [asking, setAsking] = useState<(() => void) | null>(null);
  /** Bumped by every go(): choosing a screen again opens it afresh (the session list, not the last session). */
  const [seq, setSeq] = useState(0);

  const persist = useCallback((r: Route) => {
    current.current = r;
    void api.drafts.put({ kunci: KUNCI, isi: JSON.stringify(r) }).catch(() => undefined);
  }, []);

  useEffect(() => {
    let live = true;
    const use = (r: Route) => { if (live) { current.current = r; setRoute(r); } };
    api.drafts.get({ kunci: KUNCI }).then((d) => {
      const saved = d.isi ? (JSON.parse(d.isi) as Route) : null;
      use(saved && allowed.includes(saved.name) ? saved : { name: fallback });
    }, () => use({ name: fallback }));
    return () => { live = false; };
  }, [fallback, allowed]);

  const guard = useCallback((fn: () => void) => {
    if (drafts.dirtyCount() === 0) fn();
    else setAsking(() => fn);
  }, [drafts]);

  const go = useCallback((r: Route) => guard(() => { setRoute(r); setSeq((n) => n + 1); persist(r); }), [guard, persist]);

  /** Closing the dataset ends the work: the next opening starts at the first screen (drafts stay). */
  const forget = useCallback(async () => { await api.drafts.remove({ kunci: KUNCI }).catch(() => undefined); }, []);

  /** A screen notes what it shows (merged into the current place's params); nothing re-renders. */
  const remember = useCallback((params: Record<string, unknown>) => {
    const r = current.current;
    persist({ ...r, params: { ...r.params, ...params } });
  }, [persist]);

  const answer = useCallback(async (choice: 'stay' | 'keep' | 'discard') => {
    const fn = asking;
    setAsking(null);
    if (!fn || choice === 'stay') return;
    await (choice === 'discard' ? drafts.discardAll() : drafts.flushAll());
    fn();
  }, [asking, drafts]);

  return { route, seq, go, remember, guard, forget, asking: asking !== null, answer };
}
