import { useEffect, useRef } from 'react';

/** Told when a response was merged from outside the review screen (a double-clicked file). */
const EVENT = 'bpj:review-imported';

let lastSession: string | null = null;

/** The session of the latest such import, for the review screen opened afterwards ("Lihat di Telaah"). */
export function lastImportedSession(): string | null {
  return lastSession;
}

export function announceReviewImported(sidangId: string): void {
  lastSession = sidangId;
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: sidangId }));
}

/** The review screen follows imports made elsewhere: it shows that session and reloads its feedback. */
export function useReviewImported(onImported: (sidangId: string) => void): void {
  const latest = useRef(onImported);
  latest.current = onImported;
  useEffect(() => {
    const listener = (e: Event) => latest.current((e as CustomEvent<string>).detail);
    window.addEventListener(EVENT, listener);
    return () => window.removeEventListener(EVENT, listener);
  }, []);
}
