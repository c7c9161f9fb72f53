import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { RequestFilter, RequestRow } from '../../../../shared/ipc/dataset';

export const PAGE_SIZE = 100;

interface PagesState {
  total: number;
  totalAll: number;
  pages: ReadonlyMap<number, readonly RequestRow[]>;
  error: string | null;
  /** True until the first page of the current filter has arrived. */
  loading: boolean;
}

/**
 * The request list, fetched one page of PAGE_SIZE rows at a time as the virtual list needs them.
 * A new filter starts a new generation: answers for an older filter are dropped, so a superseded
 * query never overwrites the rows of the current one.
 */
export function useRequestPages(filter: RequestFilter): PagesState & { ensureRange(first: number, last: number): void } {
  const [state, setState] = useState<PagesState>({ total: 0, totalAll: 0, pages: new Map(), error: null, loading: true });
  const generation = useRef(0);
  const inFlight = useRef(new Set<number>());
  const loaded = useRef(new Set<number>());

  const fetchPage = useCallback((page: number, gen: number) => {
    if (inFlight.current.has(page) || loaded.current.has(page)) return;
    inFlight.current.add(page);
    api.dataset.listRequests({ ...filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
      (r) => {
        if (gen !== generation.current) return;
        inFlight.current.delete(page);
        loaded.current.add(page);
        setState((s) => {
          const pages = new Map(s.pages);
          pages.set(page, r.rows);
          return { total: r.total, totalAll: r.totalAll, pages, error: null, loading: false };
        });
      },
      (e) => {
        if (gen !== generation.current) return;
        inFlight.current.delete(page);
        setState((s) => ({ ...s, error: errorText(e), loading: false }));
      },
    );
  }, [filter]);

  useEffect(() => {
    const gen = ++generation.current;
    inFlight.current = new Set();
    loaded.current = new Set();
    // Rows of the old filter stay on screen until the new first page arrives: no flash of "empty".
    setState((s) => ({ ...s, loading: true }));
    api.dataset.listRequests({ ...filter, offset: 0, limit: PAGE_SIZE }).then(
      (r) => {
        if (gen !== generation.current) return;
        loaded.current.add(0);
        setState({ total: r.total, totalAll: r.totalAll, pages: new Map([[0, r.rows]]), error: null, loading: false });
      },
      (e) => { if (gen === generation.current) setState((s) => ({ ...s, error: errorText(e), loading: false })); },
    );
  }, [filter]);

  const ensureRange = useCallback((first: number, last: number) => {
    if (state.loading) return;
    for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) fetchPage(p, generation.current);
  }, [fetchPage, state.loading]);

  return { ...state, ensureRange };
}

export function rowAt(pages: ReadonlyMap<number, readonly RequestRow[]>, index: number): RequestRow | undefined {
  return pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
}
