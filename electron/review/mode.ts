import { AppError } from '../../shared/errors';
import type { AppContext } from '../app/context';
import { KIND_REVIEW_PACKET } from '../dataset/bpj-format';
import type { OpenDataset } from '../dataset/open-dataset';
import { assertPacketNotExpired } from './packet-meta';

export function isReviewPacket(ds: OpenDataset): boolean {
  return ds.header.kind === KIND_REVIEW_PACKET;
}

/**
 * For every channel that writes data out of the app (packets, documents, exports): a review packet must not be
 * re-exported, so these refuse while one is open. Other capabilities may call this from their export handlers.
 */
export function requireFullDataset(ctx: AppContext, aksi: string): OpenDataset {
  const ds = ctx.dataset();
  if (isReviewPacket(ds)) throw new AppError('MODE_TELAAH_DITOLAK', { aksi });
  return ds;
}

export function requireReviewPacket(ctx: AppContext, aksi: string): OpenDataset {
  const ds = ctx.dataset();
  if (!isReviewPacket(ds)) throw new AppError('HANYA_MODE_TELAAH', { aksi });
  return ds;
}

/**
 * Run by the dataset's open path before an opened file replaces the current one: a review packet past its
 * expiry is closed again at once, and nothing of it reaches the screen.
 */
export function assertOpenable(ds: OpenDataset, now: Date): void {
  if (!isReviewPacket(ds)) return;
  try {
    assertPacketNotExpired(ds.db, now);
  } catch (err) {
    ds.close();
    throw err;
  }
}
