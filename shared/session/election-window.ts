import { z } from 'zod';
import { isoDateSchema } from '../domain/common';
import { addYears, formatTanggal } from '../format/tanggal';
import type { RuleConfig } from '../rules/params';

/**
 * Regional head election windows (UU 10/2016; see docs/rules.md): replacing officials
 * - within 6 months after the Wali Kota's inauguration (Pasal 162 ayat (3)), and
 * - from 6 months before the designation of candidate pairs until the end of the term (Pasal 71 ayat (2))
 * needs the Minister of Home Affairs' written approval. The dates are dataset settings.
 */
export const jadwalPilkadaSchema = z.object({
  tanggalPelantikan: isoDateSchema.nullable(),
  tanggalPenetapanCalon: isoDateSchema.nullable(),
  /** End of the term; defaults to five years after the inauguration. */
  akhirMasaJabatan: isoDateSchema.nullable(),
});
export type JadwalPilkada = z.infer<typeof jadwalPilkadaSchema>;
export const JADWAL_KOSONG: JadwalPilkada = { tanggalPelantikan: null, tanggalPenetapanCalon: null, akhirMasaJabatan: null };

const JENIS_JENDELA = ['pasca_pelantikan', 'pra_penetapan_calon'] as const;
export const jendelaPilkadaSchema = z.object({
  jenis: z.enum(JENIS_JENDELA),
  mulai: isoDateSchema,
  /** Inclusive last day. */
  sampai: isoDateSchema,
  dasar: z.string(),
});
export type JendelaPilkada = z.infer<typeof jendelaPilkadaSchema>;

/** Same day n months later; a day the month lacks rolls to the month's last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total % 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${ny}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

function akhirMasa(j: JadwalPilkada): string | null {
  return j.akhirMasaJabatan ?? (j.tanggalPelantikan ? dayBefore(addYears(j.tanggalPelantikan, 5)) : null);
}

export function jendelaPilkada(j: JadwalPilkada, cfg: RuleConfig): JendelaPilkada[] {
  const out: JendelaPilkada[] = [];
  if (j.tanggalPelantikan) {
    out.push({
      jenis: 'pasca_pelantikan', mulai: j.tanggalPelantikan,
      sampai: dayBefore(addMonths(j.tanggalPelantikan, cfg.num('pilkada.bulanSetelahPelantikan'))),
      dasar: 'UU 10/2016 Pasal 162 ayat (3)',
    });
  }
  const akhir = akhirMasa(j);
  if (j.tanggalPenetapanCalon && akhir) {
    out.push({
      jenis: 'pra_penetapan_calon', mulai: addMonths(j.tanggalPenetapanCalon, -cfg.num('pilkada.bulanSebelumPenetapan')),
      sampai: akhir, dasar: 'UU 10/2016 Pasal 71 ayat (2)',
    });
  }
  return out;
}

/** The window a session date falls in, or null. */
export function jendelaPada(tanggal: string, j: JadwalPilkada, cfg: RuleConfig): JendelaPilkada | null {
  return jendelaPilkada(j, cfg).find((w) => w.mulai <= tanggal && tanggal <= w.sampai) ?? null;
}

export function uraianJendela(w: JendelaPilkada): string {
  return `${formatTanggal(w.mulai)} s.d. ${formatTanggal(w.sampai)} (${w.dasar})`;
}
