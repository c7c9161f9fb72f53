import type { Database } from '../dataset/database';
import type { SessionEnv } from '../session/env';
import type { Rng } from './rng';

/**
 * The session services' environment for a seeded step: the secretariat acting on `day` from
 * `wibHour` (WIB, UTC+7), a seeded pause of `stepSeconds` between acts, and ids `<kind>-<prefix>-001…`
 * so every generation gives the same dataset.
 */
export function demoSessionEnv(
  db: Database, rng: Rng, day: string, prefix: string, opts: { wibHour?: number; stepSeconds?: [number, number] } = {},
): SessionEnv {
  const [min, max] = opts.stepSeconds ?? [60, 180];
  let t = Date.parse(`${day}T00:00:00.000Z`) + ((opts.wibHour ?? 9) - 7) * 3_600_000;
  let n = 0;
  return {
    db,
    now: () => new Date((t += rng.int(min, max) * 1000)).toISOString(),
    actor: () => 'sekretariat.baperjakat',
    newId: (p) => `${p}-${prefix}-${String(++n).padStart(3, '0')}`,
  };
}
