import { z } from 'zod';
import { statusPermohonanSchema, targetSchema } from '../domain/permohonan';
import { hasilKeputusanSchema } from './model';
import { statusTargetSchema } from './targets';

/** One row of Pemantauan Target: a recommended person's committed target and where it stands. */
export const trackingRowSchema = z.object({
  target: targetSchema,
  status: statusTargetSchema,
  sisaHari: z.number().int(),
  paktaPerluDibahas: z.boolean(),
  namaLengkap: z.string(),
  jabatanDirekomendasikan: z.string(),
  sidangNomor: z.string().nullable(),
});
export type TrackingRow = z.infer<typeof trackingRowSchema>;

const timelineEventSchema = z.object({
  tanggal: z.string(),
  jenis: z.enum(['permohonan', 'agenda', 'keputusan', 'revisi', 'target_tenggat', 'realisasi', 'pakta']),
  judul: z.string(),
  rincian: z.string(),
  permohonanId: z.string().nullable(),
  sidangId: z.string().nullable(),
  statusPermohonan: statusPermohonanSchema.nullable(),
  hasil: hasilKeputusanSchema.nullable(),
  statusTarget: statusTargetSchema.nullable(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineSchema = z.object({
  nip: z.string(),
  namaLengkap: z.string(),
  jabatanSaatIni: z.string(),
  events: z.array(timelineEventSchema),
});
export type Timeline = z.infer<typeof timelineSchema>;

/** Oldest first; on the same day requests come before agenda, decisions and targets. */
const ORDER: Record<TimelineEvent['jenis'], number> = {
  permohonan: 0, agenda: 1, keputusan: 2, revisi: 3, target_tenggat: 4, realisasi: 5, pakta: 6,
};
export function urutkanTimeline(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) =>
    a.tanggal.slice(0, 10) === b.tanggal.slice(0, 10)
      ? ORDER[a.jenis] - ORDER[b.jenis] || a.tanggal.localeCompare(b.tanggal)
      : a.tanggal.localeCompare(b.tanggal));
}
