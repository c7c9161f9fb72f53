import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';
import { settingsSchema, type Settings } from '../../shared/ipc/settings';
import type { Platform, SettingsStore } from './platform';

/** The repository's resources/ folder, found from this file whether run from source or from out/. */
export function defaultResourcesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'fonts'))) return candidate;
    dir = resolve(dir, '..');
  }
  return resolve('resources');
}

/** Settings in a JSON file: what the CLI and the test harness use where Electron would use electron-store. */
export class JsonFileSettingsStore implements SettingsStore {
  constructor(private readonly file: string) {}
  read(): Settings {
    try {
      return settingsSchema.parse(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch {
      return settingsSchema.parse({});
    }
  }
  write(next: Settings): void {
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify(next, null, 2));
  }
}

/** A platform without native dialogs: paths come from the caller (CLI arguments, test harness queue). */
export function nodePlatform(opts: {
  userDataDir: string;
  resourcesDir?: string;
  now?: () => Date;
  actor?: string;
  chooseOpenFile?: Platform['chooseOpenFile'];
  chooseSaveFile?: Platform['chooseSaveFile'];
}): Platform {
  return {
    chooseOpenFile: opts.chooseOpenFile ?? (async () => null),
    chooseSaveFile: opts.chooseSaveFile ?? (async () => null),
    resourcesDir: opts.resourcesDir ?? defaultResourcesDir(),
    userDataDir: opts.userDataDir,
    now: opts.now ?? (() => new Date()),
    actor: () => opts.actor ?? safeUserName(),
  };
}

export function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'pengguna';
  }
}
