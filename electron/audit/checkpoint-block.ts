import type { ComposedDocument } from '../../shared/documents/blocks';
import type { Database } from '../dataset/database';
import { certificateFingerprint, CHECKPOINT_EXTENSION, findCheckpoint } from './checkpoint';

/** The lines the berita acara prints about the checkpoint made when the session was closed. */
export function checkpointNote(db: Database, sidangId: string): string | null {
  const cp = findCheckpoint(db, sidangId);
  if (!cp) return null;
  const signer = cp.certificate ? `ditandatangani sekretariat, sidik jari sertifikat SHA-256 ${certificateFingerprint(cp.certificate)}` : 'tanpa tanda tangan';
  return `Titik periksa jejak audit saat sidang ditutup: entri #${cp.seq}, hash ${cp.hash}, ${cp.time}, ${signer}. `
    + `Salinan bertanda tangan (.${CHECKPOINT_EXTENSION}) diekspor dari layar audit atau dengan "baperjakat audit <dataset> --ekspor-titik" `
    + 'dan membuktikan, dengan "baperjakat audit <dataset> --checkpoint <berkas>", bahwa tidak ada entri sampai titik ini yang diubah atau dipotong.';
}

/** Adds the checkpoint note after the document's own audit note (nothing when the session has none yet). */
export function withCheckpointBlock(doc: ComposedDocument, db: Database, sidangId: string): ComposedDocument {
  const text = checkpointNote(db, sidangId);
  return text ? { ...doc, blocks: [...doc.blocks, { t: 'note', text }] } : doc;
}
