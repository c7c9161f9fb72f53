import { z } from 'zod';
import { isoDateSchema } from '../domain/common';

/**
 * Small-cell suppression: a count from 1 to MIN_CELL_COUNT − 1 is shown as "< 5", and a rate or a
 * median resting on fewer decisions than this is hidden, so no cohort points at a handful of people.
 */
export const MIN_CELL_COUNT = 5;
export const SUPPRESSED = `< ${MIN_CELL_COUNT}` as const;

/** A count as published: the number, or "< 5" when it is small enough to point at people. */
export const cellSchema = z.union([z.number().int().min(0), z.literal(SUPPRESSED)]);
export type Cell = z.infer<typeof cellSchema>;

/** The cohort dimensions of the equity dashboard, in display order. */
export const DIMENSIONS = ['gender', 'age', 'eselon', 'unit', 'kecamatan', 'kelurahan', 'wilayah', 'alasan'] as const;
export const dimensionSchema = z.enum(DIMENSIONS);
export type Dimension = (typeof DIMENSIONS)[number];

export const equityFilterSchema = z.object({
  /** Requests dated on or after this day. */
  dari: isoDateSchema.nullable().default(null),
  /** Requests dated on or before this day. */
  sampai: isoDateSchema.nullable().default(null),
  /** Only requests on this session's agenda, and only that session's decisions. */
  sidangId: z.string().min(1).max(40).nullable().default(null),
}).strict();
export type EquityFilter = z.infer<typeof equityFilterSchema>;

const pledgeSchema = z.object({
  /** Targets of recommended requests: met by the deadline, missed, past the deadline unreported, still running. */
  tercapai: cellSchema, tidakTercapai: cellSchema, terlambat: cellSchema, berjalan: cellSchema,
});

export const figuresSchema = z.object({
  permohonan: cellSchema,
  diputuskan: cellSchema,
  direkomendasikan: cellSchema,
  /** recommended ÷ decided, 0–1; null when hidden (fewer than MIN_CELL_COUNT decisions). */
  rasio: z.number().min(0).max(1).nullable(),
  /** (rasio − overall rasio) × 100, in percentage points, one decimal; null when either is hidden. */
  selisihPoin: z.number().nullable(),
  /** Median whole days from the request date to its first recommend/not-recommend decision; null when hidden. */
  medianHari: z.number().nullable(),
  target: pledgeSchema,
});
export type Figures = z.infer<typeof figuresSchema>;

export const cohortSchema = figuresSchema.extend({
  /** Stable key (e.g. "P", "30-39", "III.a", a unit id, a kecamatan name, a reason category). */
  key: z.string(),
  /** What to print; for unit and place names the dataset's own name, otherwise the key (the screen translates). */
  label: z.string(),
  /** Kelurahan cohorts only: the dataset names this kelurahan as remote. */
  terpencil: z.boolean().optional(),
});
export type Cohort = z.infer<typeof cohortSchema>;

export const equityReportSchema = z.object({
  filter: equityFilterSchema,
  /** The day pledge statuses were computed on (WIB). */
  tanggal: isoDateSchema,
  minCellCount: z.literal(MIN_CELL_COUNT),
  keseluruhan: figuresSchema,
  /** The kelurahan the dataset names as remote (table kelurahan_terpencil), with its reason; the 'wilayah' cohorts split on them. */
  kelurahanTerpencil: z.array(z.object({ kecamatan: z.string(), kelurahan: z.string(), keterangan: z.string() })).default([]),
  dimensi: z.array(z.object({ dimensi: dimensionSchema, kelompok: z.array(cohortSchema) })),
});
export type EquityReport = z.infer<typeof equityReportSchema>;
