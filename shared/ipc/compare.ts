import { z } from 'zod';
import { channel, noInput } from './channel';
import { comparisonSchema, poolListItemSchema, poolSchema } from '../compare/schemas';
import { RULE_IDS } from '../rules/eligibility-rules';

const paramValueSchema = z.union([z.number().finite(), z.string().max(20)]);

/** The effective rule values of the open dataset, with their definitions and legal sources. */
const compareConfigSchema = z.object({
  values: z.record(z.string(), paramValueSchema),
  /** Only the keys this dataset changed from the defaults. */
  overrides: z.record(z.string(), paramValueSchema),
  defs: z.array(z.object({
    key: z.string(), kind: z.enum(['number', 'golongan', 'pendidikan', 'predikat']), default: paramValueSchema,
    min: z.number().optional(), max: z.number().optional(), unit: z.string().optional(),
    label: z.object({ id: z.string(), en: z.string() }),
  })),
  rules: z.array(z.object({
    id: z.enum(RULE_IDS), nama: z.object({ id: z.string(), en: z.string() }), sumber: z.string(),
    params: z.array(z.string()), umum: z.boolean(),
  })),
  /** The day rules are judged on (the dataset's "today"). */
  today: z.string(),
});
export type CompareConfig = z.infer<typeof compareConfigSchema>;

/** Channels of the compare capability; see contract.ts. */
export const compareChannels = {
  /** Posts named in at least one request, with applicant counts; searchable by post or unit name. */
  'compare:listPools': channel(
    z.object({ search: z.string().max(100).default('') }),
    z.object({ pools: z.array(poolListItemSchema) }),
  ),
  /** Every applicant for one post, each with eligibility, JPM, 9-box and ranking factors. */
  'compare:pool': channel(z.object({ jabatanId: z.string().min(1).max(40) }), poolSchema),
  /** Side-by-side rows for 2–6 applicants, in the order given. */
  'compare:compare': channel(
    z.object({ jabatanId: z.string().min(1).max(40), nips: z.array(z.string().regex(/^\d{18}$/)).min(2).max(6) }),
    comparisonSchema,
  ),
  'compare:config': channel(noInput, compareConfigSchema),
  /** Changes rule values for this dataset; recorded in the audit trail. */
  'compare:setConfig': channel(
    z.object({ values: z.record(z.string(), paramValueSchema), alasan: z.string().max(500).default('') }),
    compareConfigSchema,
  ),
  /** Back to the documented defaults (all, or the keys given); recorded in the audit trail. */
  'compare:resetConfig': channel(z.object({ keys: z.array(z.string()).default([]) }), compareConfigSchema),
} as const;
