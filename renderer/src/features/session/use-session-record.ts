import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { SessionRecord } from '../../../../shared/session/model';
import { applySessionDelta, type SessionDelta } from '../../../../shared/session/record-delta';

/** What `run` is given back: a session act's answer (its delta), or NO_RECORD_CHANGE for an act on something else (a save). */
export const NO_RECORD_CHANGE = 'no-record-change';
type ActAnswer = { delta: SessionDelta } | typeof NO_RECORD_CHANGE;

/**
 * One session's record, read once; after each act main's answer (what the act changed, as saved)
 * is merged in, so one act is one round trip and the screen still shows what main holds, never an
 * optimistic guess.
 */
export function useSessionRecord(sidangId: string) {
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

  /** Runs one act and merges its answer; on failure the catalog message is shown and false returned. */
  const run = useCallback(async (fn: () => Promise<ActAnswer>): Promise<boolean> => {
    setError(null);
    setBusy(true);
    try {
      const answer = await fn();
      if (answer !== NO_RECORD_CHANGE) setRecord((prev) => (prev ? applySessionDelta(prev, answer.delta) : prev));
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  return { record, error, setError, busy, run, reload };
}

export type RunAct = ReturnType<typeof useSessionRecord>['run'];
