import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { useAppState } from '../../app/app-state';
import type { SessionRecord } from '../../../../shared/session/model';

/**
 * One session's record, re-read after every act so the screen shows what main holds (and has
 * saved), never an optimistic guess.
 */
export function useSessionRecord(sidangId: string) {
  const { refresh } = useAppState();
  const [record, setRecord] = useState<SessionRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    try {
      setRecord(await api.session.record({ sidangId }));
    } catch (e) {
      setError(errorText(e));
    }
  }, [sidangId]);
  useEffect(() => { void reload(); }, [reload]);

  /** Runs one act; on failure the catalog message is shown and false returned. */
  const run = useCallback(async (fn: () => Promise<unknown>): Promise<boolean> => {
    setError(null);
    setBusy(true);
    try {
      await fn();
      await reload();
      await refresh();
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  }, [reload, refresh]);

  return { record, error, setError, busy, run, reload };
}

export type RunAct = ReturnType<typeof useSessionRecord>['run'];
