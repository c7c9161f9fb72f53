import type { OpenDataset } from '../dataset/open-dataset';

/**
 * What the UI may show as "tersimpan" after an act. An open dataset journals every commit and
 * fsyncs it inside the transaction (electron/dataset/persistence.ts), so the act is durable by
 * the time we get here. A database without that hook (never the case for an opened file) gets a
 * full atomic save instead, so an acknowledged act is never only in memory.
 */
export function persistAct(ds: OpenDataset): string | null {
  if (ds.db.onCommit === null) ds.save();
  return ds.lastSavedAt;
}
