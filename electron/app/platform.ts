import type { AppEventName } from './channel-names';
import type { Settings } from '../../shared/ipc/settings';

interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * What differs between Electron and the plain-Node hosts (CLI, test harness): native dialogs and
 * where things live. Everything else is the same service code.
 */
export interface Platform {
  chooseOpenFile(opts: { title: string; filters: FileFilter[] }): Promise<string | null>;
  chooseSaveFile(opts: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** Folder holding demo.bpj, fonts and the sRGB profile (color/). */
  resourcesDir: string;
  userDataDir: string;
  now(): Date;
  /** Who is acting, for the audit trail (OS user name by default). */
  actor(): string;
  /** Sends one of APP_EVENTS to the page (progress of a long act); absent where no page listens (CLI). */
  sendEvent?(event: AppEventName, payload: unknown): void;
}

export interface SettingsStore {
  read(): Settings;
  write(next: Settings): void;
}
