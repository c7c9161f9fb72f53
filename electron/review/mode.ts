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

/** The open packet, still within its validity: one left open past midnight of its last day stops working too. */
export function requireReviewPacket(ctx: AppContext, aksi: string): OpenDataset {
  const ds = ctx.dataset();
  if (!isReviewPacket(ds)) throw new AppError('HANYA_MODE_TELAAH', { aksi });
  assertPacketNotExpired(ds.db, ctx.platform.now());
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

/**
 * What a review packet may be used for: reading it (the request list, pools, comparisons, 9-box), the member's
 * own notes and signed response, and the app's housekeeping. Everything else (documents, exports, imports, the
 * session's acts, packet export) writes data out or acts for the secretariat, and is refused in review mode.
 * Meant for the one IPC entry (dispatch): `assertChannelAllowed(ctx, name)` before running a handler.
 */
export const REVIEW_MODE_CHANNELS: ReadonlySet<string> = new Set([
  'dataset:status', 'dataset:chooseFile', 'dataset:open', 'dataset:openDemo', 'dataset:lock', 'dataset:unlock',
  'dataset:close', 'dataset:continueWithoutLostActs', 'dataset:listRequests', 'dataset:filterOptions', 'dataset:requestDetail', 'dataset:save',
  'dataset:auditLog', 'dataset:verifyAudit',
  'settings:get', 'settings:update', 'drafts:get', 'drafts:put', 'drafts:remove',
  'compare:listPools', 'compare:pool', 'compare:compare', 'compare:config', 'compare:setConfig', 'compare:resetConfig',
  'review:identity', 'review:createIdentity', 'review:packetInfo', 'review:saveNote', 'review:exportResponse',
]);

export function assertChannelAllowed(ctx: AppContext, channel: string): void {
  const ds = ctx.current;
  if (ds && isReviewPacket(ds) && !REVIEW_MODE_CHANNELS.has(channel)) {
    throw new AppError('MODE_TELAAH_DITOLAK', { aksi: channel });
  }
}
