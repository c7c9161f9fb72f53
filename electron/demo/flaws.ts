import { addMonths, randomDay, toDay } from './calendar';
import type { Person } from './people';
import { absenceRecord, disiplinRecord } from './records';
import type { OpenKarirDraft } from './requests';
import type { Rng } from './rng';

/**
 * Puts a few problems in front of the Baperjakat: in about a third of the applicant pools one applicant
 * gets a recent absence of 10+ working days without valid reason (PP 94/2021), a moderate penalty in
 * the last two years, or a weak latest SKP. Natural rates elsewhere are left as drawn.
 */
export function injectFlaws(rng: Rng, draft: OpenKarirDraft, todayIso: string): void {
  const today = toDay(todayIso);
  const byNip = new Map<string, Person>(draft.requests.map((r) => [r.person.profil.nip, r.person]));
  [...draft.pools.values()].forEach((nips, i) => {
    if (nips.length < 4 || i % 3 !== 0) return;
    const p = byNip.get(rng.pick(nips))!.profil;
    const kind = (['absen', 'disiplin', 'skp'] as const)[(i / 3) % 3]!;
    if (kind === 'absen') {
      const start = randomDay(rng, addMonths(today, -12), addMonths(today, -2));
      p.ketidakhadiran.push(absenceRecord(rng, start, rng.int(10, 14), false));
      p.ketidakhadiran.sort((a, b) => (a.mulai < b.mulai ? -1 : a.mulai > b.mulai ? 1 : 0));
    } else if (kind === 'disiplin') {
      p.disiplin.push(disiplinRecord(rng, 'sedang', randomDay(rng, addMonths(today, -20), addMonths(today, -3))));
      p.disiplin.sort((a, b) => (a.mulai < b.mulai ? -1 : a.mulai > b.mulai ? 1 : 0));
    } else if (p.skp.length > 0) {
      p.skp[p.skp.length - 1] = { ...p.skp[p.skp.length - 1]!, predikat: rng.pick(['Butuh Perbaikan', 'Kurang/Misconduct'] as const) };
    }
  });
}
