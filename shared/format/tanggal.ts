/** Indonesian month names, as official documents print them. */
export const BULAN = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

/** "2026-11-23" → "23 November 2026" */
export function formatTanggal(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${BULAN[Number(m[2]) - 1]} ${m[1]}`;
}

/** Whole years between two ISO dates (age, years in post). */
export function yearsBetween(fromIso: string, toIso: string): number {
  const [fy, fm, fd] = fromIso.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = toIso.split('-').map(Number) as [number, number, number];
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < fd)) years--;
  return years;
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const rest = iso.slice(4, 10);
  // 29 February in a non-leap year becomes 1 March.
  return rest === '-02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? `${y}-03-01` : `${y}${rest}`;
}

/** Days from a to b (b − a). */
export function daysBetween(aIso: string, bIso: string): number {
  return Math.round((Date.parse(`${bIso.slice(0, 10)}T00:00:00Z`) - Date.parse(`${aIso.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}

const BULAN_PENDEK = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des'] as const;

/** "2026-08-07" → "7 Agt 2026", for dense tables. */
export function formatTanggalPendek(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${BULAN_PENDEK[Number(m[2]) - 1]} ${m[1]}`;
}

/** yyyy-mm-dd as stored, or dd-mm-yyyy / dd/mm/yyyy as Indonesian offices type it; anything else is not a date. */
export function parseTanggalKetik(text: string): string | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const id = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : id ? [id[3], id[2]!.padStart(2, '0'), id[1]!.padStart(2, '0')] : [];
  if (!y || !m || !d) return null;
  const value = `${y}-${m}-${d}`;
  // A real calendar day only: 2026-02-30 does not round-trip.
  const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return day.toISOString().slice(0, 10) === value ? value : null;
}
