import { AppError } from '../../shared/errors';
import { BUILT_IN_PROFILES, importProfileSchema, type ImportProfile } from '../../shared/intake/profiles';
import { headerKey } from '../../shared/intake/text';
import { readUserFile } from '../files/user-file';

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
