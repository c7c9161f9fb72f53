import { z } from 'zod';
import { sessionRecordSchema, type SessionRecord } from './model';

const r = sessionRecordSchema.shape;

/**
 * What one session act changed, as the screen merges it into the record it holds (one round trip
 * per act, no re-read): the header when the session's fields, members or attendance changed, the
 * items the act changed (whole, as session:record gives them), and the agenda order when items
 * were added, removed or moved.
 */
export const sessionDeltaSchema = z.object({
  sidangId: z.string(),
  /** Null when the act left the session's own fields, members and quorum as they were. */
  header: z.object({ sidang: r.sidang, anggota: r.anggota, kuorum: r.kuorum, pilkada: r.pilkada }).nullable(),
  /** Items added or changed; every other item is as it was. */
  items: r.items,
  /** Every item's id and number in agenda order; null when the order did not change. Items not listed were removed. */
  order: z.array(z.object({ id: z.string(), urutan: z.number().int() })).nullable(),
  /** The audit head after the act (covers everything above). */
  auditHead: r.auditHead,
});
export type SessionDelta = z.infer<typeof sessionDeltaSchema>;

/** The record after the act: `record` with the delta merged. A delta about another session leaves it unchanged. */
export function applySessionDelta(record: SessionRecord, delta: SessionDelta): SessionRecord {
  if (delta.sidangId !== record.sidang.id) return record;
  const changed = new Map(delta.items.map((it) => [it.id, it]));
  const known = new Set(record.items.map((it) => it.id));
  let items = [...record.items.map((it) => changed.get(it.id) ?? it), ...delta.items.filter((it) => !known.has(it.id))];
  if (delta.order) {
    const byId = new Map(items.map((it) => [it.id, it]));
    items = delta.order.flatMap((o) => {
      const it = byId.get(o.id);
      return it ? [{ ...it, urutan: o.urutan }] : [];
    });
  }
  return { ...record, ...delta.header, items, auditHead: delta.auditHead };
}
