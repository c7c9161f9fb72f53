import { useEffect, type Dispatch, type SetStateAction } from 'react';
import { api } from '../api';
import type { SesiFokus } from './app-state';

/** Until a session is opened, the projector follows the one in progress (standar when none is). */
export function useInitialFocus(reviewMode: boolean, setFokus: Dispatch<SetStateAction<SesiFokus | null>>): void {
  useEffect(() => {
    if (reviewMode) return;
    let live = true;
    api.session.list({}).then((rows) => {
      const s = rows.find((r) => r.status === 'berlangsung');
      if (live && s) setFokus((cur) => cur ?? { id: s.id, nomor: s.nomor, redaksi: s.redaksi });
    }, () => undefined);
    return () => { live = false; };
  }, [reviewMode, setFokus]);
}
