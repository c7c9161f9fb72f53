import type { OpenDataset } from '../dataset/open-dataset';

/**
 * Makes a committed act durable before the UI is told it is saved. When the dataset journals
 * commits (db.onCommit set), the act was fsynced inside its transaction and nothing more is
 * needed; until then, a full atomic save of the file does it. The bundled demo (a read-only
 * sample in the app's resources) is not written back; its acts live in memory until "Simpan".
 */
export function persistAct(ds: OpenDataset): string | null {
  if (ds.db.onCommit === null && !ds.isDemo) ds.save();
  return ds.lastSavedAt;
}
