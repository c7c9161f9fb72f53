import { createContext, useContext } from 'react';
import type { DatasetInfo } from '../../../shared/ipc/dataset';
import type { Settings } from '../../../shared/ipc/settings';
import { tampilanLayar, type Tampilan, type TingkatRedaksi } from '../../../shared/format/redaction';

export type RouteName = 'requests' | 'intake' | 'compare' | 'session' | 'documents' | 'review' | 'audit' | 'report' | 'talent' | 'settings';
export interface Route {
  name: RouteName;
  /** Screen-specific parameters, e.g. { jabatanId } for a pool. */
  params?: Record<string, unknown>;
}

/** The session whose redaction level the projector follows: the one last opened, else the one in progress. */
export interface SesiFokus {
  id: string;
  nomor: string;
  redaksi: TingkatRedaksi;
}

export interface AppState {
  info: DatasetInfo;
  settings: Settings;
  route: Route;
  go(route: Route): void;
  /** A screen notes what it shows ({ sidangId, itemId, tab }) so lock, reload and restart return to it. */
  remember(params: Record<string, unknown>): void;
  /** Runs `fn` now, or after asking when some input is unsaved (leaving, closing). */
  guard(fn: () => void): void;
  updateSettings(patch: Partial<Settings>): Promise<void>;
  /** Re-reads dataset info (counts, last save) after a change. */
  refresh(): Promise<void>;
  fokus: SesiFokus | null;
  setFokus(fokus: SesiFokus | null): void;
}

export const AppStateContext = createContext<AppState | null>(null);

export function useAppState(): AppState {
  const s = useContext(AppStateContext);
  if (!s) throw new Error('useAppState outside the open-dataset shell');
  return s;
}

/** Projector mode redacts personal data everywhere it is shown. */
export function useProjector(): boolean {
  return useAppState().settings.projectorMode;
}

/** What the screen may show: everything off the projector, the focused session's level on it. */
export function useTampilan(): Tampilan {
  const { settings, fokus } = useAppState();
  return tampilanLayar(settings.projectorMode, fokus?.redaksi ?? 'standar');
}
