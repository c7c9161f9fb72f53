import type { Target } from '../../shared/domain/permohonan';
import { addMonths, dayOf, fromDay, toDay, yearOf, type Day } from './calendar';
import type { BidangKinerja } from './org-data';
import type { Person } from './people';
import type { PostInfo } from './posts';
import { CATATAN_BUKTI, INDIKATOR, type Indikator } from './request-text';
import type { RequestDraft } from './requests';
import type { Rng } from './rng';

/** Performance targets: the new ones each request states, and older ones with their realization. */

const kinerjaOf = (post: PostInfo): BidangKinerja => (post.kelurahan || post.unit.wilayah ? 'pemerintahan' : post.unit.kinerja);

function drawIndikator(rng: Rng, bidang: BidangKinerja, n: number): Indikator[] {
  const own = INDIKATOR[bidang];
  const picks = rng.sample(own, n);
  // A manager's targets usually add one of the general administrative kind.
  while (picks.length < n) picks.push(rng.pick(INDIKATOR.umum.filter((i) => !picks.includes(i))));
  return picks;
}

/** Last day of the month `d` falls in. */
const lastOfMonth = (d: Day): Day => addMonths(d - new Date(d * 86_400_000).getUTCDate() + 1, 1) - 1;

export function requestTargets(rng: Rng, drafts: RequestDraft[]): Target[] {
  const out: Target[] = [];
  for (const { permohonan: r, utama } of drafts) {
    const filed = toDay(r.tanggal);
    drawIndikator(rng, kinerjaOf(utama), rng.int(2, 4)).forEach(([indikator, satuan, lo, hi], i) => {
      out.push({
        id: `${r.id}-T${i + 1}`, nip: r.nip, permohonanId: r.id, indikator, nilaiTarget: rng.int(lo, hi), satuan,
        tenggat: fromDay(lastOfMonth(addMonths(filed, rng.pick([6, 9, 12])))), realisasi: null, tanggalRealisasi: null,
        catatanBukti: '', denganPakta: r.paktaDitandatangani,
      });
    });
  }
  return out;
}

type Outcome = 'tercapai' | 'di_bawah' | 'terlambat' | 'belum_dilaporkan';

function pastTarget(rng: Rng, person: Person, seq: number, today: Day, outcome: Outcome, ind: Indikator): Target {
  const [indikator, satuan, lo, hi] = ind;
  const nilaiTarget = rng.int(lo, hi);
  // Deadlines at the end of a quarter or of a year, within the last three years.
  const y = yearOf(today) - rng.int(1, 3);
  const tenggat = rng.chance(0.6) ? dayOf(y, 12, 31) : lastOfMonth(dayOf(y, rng.pick([3, 6, 9]), 1));
  const span = Math.max(1, Math.round(nilaiTarget * rng.float(0.05, 0.25)));
  let realisasi: number | null;
  let tanggal: Day | null;
  switch (outcome) {
    case 'tercapai':
      realisasi = nilaiTarget + (satuan === '%' ? Math.min(rng.int(0, 5), Math.max(0, 100 - nilaiTarget)) : rng.int(0, span));
      tanggal = tenggat - rng.int(0, 20);
      break;
    case 'di_bawah':
      realisasi = Math.max(0, nilaiTarget - span);
      tanggal = tenggat - rng.int(0, 10);
      break;
    case 'terlambat':
      realisasi = nilaiTarget + rng.int(0, 2);
      tanggal = Math.min(today, tenggat + rng.int(15, 90));
      break;
    default:
      realisasi = null;
      tanggal = null;
  }
  return {
    id: `TL-${String(seq).padStart(6, '0')}`, nip: person.profil.nip, permohonanId: null, indikator, nilaiTarget, satuan,
    tenggat: fromDay(tenggat), realisasi, tanggalRealisasi: tanggal === null ? null : fromDay(tanggal),
    catatanBukti: realisasi === null ? '' : rng.pick(CATATAN_BUKTI), denganPakta: rng.chance(0.45),
  };
}

/**
 * Targets committed to before (permohonanId null) for about 45% of applicants; at least `minMissed`
 * of them missed (below target or late) so the comparison has something to show.
 */
export function pastTargets(rng: Rng, drafts: RequestDraft[], todayIso: string, minMissed = 5): Target[] {
  const today = toDay(todayIso);
  const out: Target[] = [];
  let missed = 0;
  drafts.forEach(({ person }, idx) => {
    const forced = missed < minMissed && idx % 7 === 3;
    if (!forced && !rng.chance(0.45)) return;
    const bidang = person.post ? kinerjaOf(person.post) : person.unit.kinerja;
    const inds = drawIndikator(rng, bidang, rng.int(1, 3));
    inds.forEach((ind, i) => {
      let outcome = rng.weighted([['tercapai', 65], ['di_bawah', 20], ['terlambat', 10], ['belum_dilaporkan', 5]] as const);
      if (forced && i === 0) outcome = rng.chance(0.5) ? 'di_bawah' : 'terlambat';
      if (outcome === 'di_bawah' || outcome === 'terlambat') missed++;
      out.push(pastTarget(rng, person, out.length + 1, today, outcome, ind));
    });
  });
  return out;
}
