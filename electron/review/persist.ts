import type { OpenDataset } from '../dataset/open-dataset';

/**
 * After a committed act: a full atomic save. Once the dataset journal is attached every commit is already
 * durable, and this fold is merely early; until then it is what makes a note survive a crash.
 */
export function persist(ds: OpenDataset): void {
  ds.save();
}
