import type { AppContext } from '../app/context';
import { APP_EVENTS } from '../app/channel-names';
import { fileHandles } from '../app/file-handles';
import type { DomainHandlers } from '../ipc/handlers';
import { BUILT_IN_PROFILES, type ImportProfile } from '../../shared/intake/profiles';
import { inspectSheets, profileFromMappings } from '../../shared/intake/mapping';
import type { SheetChoice } from '../../shared/ipc/intake';
import { LIMITS } from './limits';
import { profileByName, profileDir, savedProfiles, saveProfile } from './profile-store';
import { readIntakeSource } from './read-source';
import type { ReadWatch } from './xlsx-sheets';

/**
 * The one read under way (a check or an inspection): a new one replaces it, `intake:cancelCheck`
 * stops it, and its rows-per-sheet progress goes to the page as an app event.
 */
export class IntakeRun {
  private current: AbortController | null = null;
  constructor(private readonly ctx: AppContext) {}

  async run<T>(fn: (watch: Required<ReadWatch>) => Promise<T>): Promise<T> {
    this.current?.abort();
    const mine = new AbortController();
    this.current = mine;
    const progress = (sheet: string, rows: number) => this.ctx.platform.sendEvent?.(APP_EVENTS.intakeProgress, { sheet, rows });
    try {
      return await fn({ progress, signal: mine.signal });
    } finally {
      if (this.current === mine) this.current = null;
    }
  }

  cancel(): boolean {
    if (!this.current) return false;
    this.current.abort();
    return true;
  }
}

/** The profile a check reads with: the mapping on screen, else a named profile, else the template as is. */
export function profileForCheck(ctx: AppContext, as: { profil?: string | null; pemetaan?: SheetChoice[] }): ImportProfile | null {
  if (as.pemetaan?.length) return profileFromMappings('pemetaan', as.pemetaan);
  return as.profil ? profileByName(profileDir(ctx.platform.userDataDir), as.profil) : null;
}

export function intakeMappingHandlers(ctx: AppContext, runs: IntakeRun):
Pick<DomainHandlers<'intake'>, 'intake:cancelCheck' | 'intake:inspect' | 'intake:profiles' | 'intake:saveProfile'> {
  const dir = () => profileDir(ctx.platform.userDataDir);
  return {
    'intake:cancelCheck': () => ({ cancelled: runs.cancel() }),
    'intake:inspect': async ({ file, profil }) => {
      const path = fileHandles(ctx).resolve(file, 'sumber-impor');
      const profile = profil ? profileByName(dir(), profil) : null;
      const raw = await runs.run((watch) => readIntakeSource(path, LIMITS, watch));
      return { sheets: inspectSheets(raw, profile) };
    },
    'intake:profiles': () => ({
      profiles: [...BUILT_IN_PROFILES.map((p) => ({ nama: p.nama, bawaan: true })), ...savedProfiles(dir()).map((p) => ({ nama: p.nama, bawaan: false }))],
    }),
    'intake:saveProfile': ({ nama, pemetaan }) => {
      saveProfile(dir(), profileFromMappings(nama, pemetaan));
      return { nama };
    },
  };
}
