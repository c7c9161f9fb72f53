import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { settingsSchema, type Settings } from '../../shared/ipc/settings';
import type { OpenDataset } from '../dataset/open-dataset';
import type { Platform, SettingsStore } from './platform';

/**
 * Where demo.bpj, fonts/ and color/ live: beside app.asar in an installed app (electron-builder's
 * extraResources puts them in process.resourcesPath), the repository's resources/ in development.
 */
export function appResourcesDir(host: { isPackaged: boolean; resourcesPath: string; appPath: string }): string {
  return host.isPackaged ? host.resourcesPath : join(host.appPath, 'resources');
}

/** State shared by every service of one app instance: the platform, settings and the open dataset. */
export class AppContext {
  current: OpenDataset | null = null;

  constructor(
    readonly platform: Platform,
    private readonly settingsStore: SettingsStore,
  ) {}

  get demoPath(): string {
    return join(this.platform.resourcesDir, 'demo.bpj');
  }

  settings(): Settings {
    return settingsSchema.parse(this.settingsStore.read());
  }

  updateSettings(patch: Partial<Settings>): Settings {
    const next = settingsSchema.parse({ ...this.settings(), ...patch });
    this.settingsStore.write(next);
    return next;
  }

  /** The open, unlocked dataset, or a clear error. */
  dataset(): OpenDataset {
    if (!this.current) throw new AppError('DATASET_BELUM_DIBUKA');
    if (this.current.locked) throw new AppError('DATASET_TERKUNCI');
    return this.current;
  }

  nowIso(): string {
    return this.platform.now().toISOString();
  }

  closeDataset(): void {
    this.current?.close();
    this.current = null;
  }
}
