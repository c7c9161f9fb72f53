import { AppError } from '../../shared/errors';
import { BUILT_IN_PROFILES, importProfileSchema, type ImportProfile } from '../../shared/intake/profiles';
import { headerKey } from '../../shared/intake/text';
import { readUserFile } from '../files/user-file';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../dataset/files';

/** A built-in profile by name ("siasn"), or a saved profile file (JSON written by the mapping step). */
export function loadProfile(nameOrPath: string): ImportProfile {
  const builtIn = BUILT_IN_PROFILES.find((p) => headerKey(p.nama) === headerKey(nameOrPath));
  if (builtIn) return builtIn;
  const bytes = readUserFile(nameOrPath, 'text');
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new AppError('PROFIL_IMPOR_RUSAK', { path: nameOrPath });
  }
  const parsed = importProfileSchema.safeParse(json);
  if (!parsed.success) throw new AppError('PROFIL_IMPOR_RUSAK', { path: nameOrPath });
  return parsed.data;
}

/** Where main keeps the user's saved profiles (the renderer only ever names a profile). */
export const profileDir = (userDataDir: string) => join(userDataDir, 'profil-impor');

const fileFor = (dir: string, nama: string) => join(dir, `${headerKey(nama).replace(/[^a-z0-9]/g, '') || 'profil'}.json`);

/** Saved profiles, by name; a damaged file is skipped rather than hiding the others. */
export function savedProfiles(dir: string): ImportProfile[] {
  if (!existsSync(dir)) return [];
  const out: ImportProfile[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    try {
      out.push(loadProfile(join(dir, f)));
    } catch {
      // A half-edited or foreign file in the folder: not a profile.
    }
  }
  return out;
}

/** A built-in profile or a saved one, by its name. */
export function profileByName(dir: string, nama: string): ImportProfile {
  const builtIn = BUILT_IN_PROFILES.find((p) => headerKey(p.nama) === headerKey(nama));
  if (builtIn) return builtIn;
  const found = savedProfiles(dir).find((p) => headerKey(p.nama) === headerKey(nama));
  if (!found) throw new AppError('PROFIL_IMPOR_TIDAK_ADA', { nama });
  return found;
}

/** Saves (or replaces) a profile under its name; a built-in name cannot be overwritten. */
export function saveProfile(dir: string, profile: ImportProfile): void {
  if (BUILT_IN_PROFILES.some((p) => headerKey(p.nama) === headerKey(profile.nama))) throw new AppError('PROFIL_IMPOR_BAWAAN', { nama: profile.nama });
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(fileFor(dir, profile.nama), Buffer.from(JSON.stringify(importProfileSchema.parse(profile), null, 2)));
}
