import type { Rng } from './rng';

/** Dates as whole days since 1970-01-01 (UTC), so arithmetic is exact and fast. */
export type Day = number;
const MS_PER_DAY = 86_400_000;

export function toDay(iso: string): Day {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY);
}

/** Civil date of a day number (H. Hinnant's days-to-civil; integer arithmetic only, no Date). */
function civil(day: Day): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function fromDay(day: Day): string {
  const [y, m, d] = civil(day);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

export function yearOf(day: Day): number {
  return civil(day)[0];
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function dayOfWeek(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

function isWorkingDay(day: Day): boolean {
  const d = dayOfWeek(day);
  return d >= 1 && d <= 5;
}

export function nextWorkingDay(day: Day): Day {
  let d = day;
  while (!isWorkingDay(d)) d++;
  return d;
}

/** The last day of a stretch of `count` working days starting on the working day `start`. */
export function endOfWorkingDays(start: Day, count: number): Day {
  let d = start;
  let left = count - 1;
  while (left > 0) {
    d++;
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** Same calendar day `months` later (clamped to the month's end). */
export function addMonths(day: Day, months: number): Day {
  const dt = new Date(day * MS_PER_DAY);
  const y = dt.getUTCFullYear();
  const m = dt.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(y, m, Math.min(dt.getUTCDate(), last)) / MS_PER_DAY);
}

export function dayOf(y: number, m: number, d: number): Day {
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** Uniform day in [from, to]. */
export function randomDay(rng: Rng, from: Day, to: Day): Day {
  return to <= from ? from : rng.int(from, to);
}

/** Whole years from a to b. */
export function yearsBetween(a: Day, b: Day): number {
  const da = new Date(a * MS_PER_DAY);
  const db = new Date(b * MS_PER_DAY);
  let y = db.getUTCFullYear() - da.getUTCFullYear();
  if (db.getUTCMonth() < da.getUTCMonth() || (db.getUTCMonth() === da.getUTCMonth() && db.getUTCDate() < da.getUTCDate())) y--;
  return y;
}

/** Kenaikan pangkat takes effect on 1 April or 1 October: the latest such date on or before `day`. */
export function periodeKenaikanPangkat(day: Day): Day {
  const dt = new Date(day * MS_PER_DAY);
  const y = dt.getUTCFullYear();
  const oct = dayOf(y, 10, 1);
  const apr = dayOf(y, 4, 1);
  if (day >= oct) return oct;
  if (day >= apr) return apr;
  return dayOf(y - 1, 10, 1);
}
