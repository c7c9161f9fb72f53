import type { AppContext } from '../app/context';
import type { DomainHandlers } from '../ipc/handlers';
import { getDraft, putDraft, removeDraft } from './store';

export function draftsHandlers(ctx: AppContext): DomainHandlers<'drafts'> {
  return {
    'drafts:get': ({ kunci }) => ({ isi: getDraft(ctx.dataset().db, kunci) }),
    'drafts:put': ({ kunci, isi }) => {
      putDraft(ctx.dataset().db, kunci, isi, ctx.nowIso());
      return { ok: true as const };
    },
    'drafts:remove': ({ kunci }) => {
      removeDraft(ctx.dataset().db, kunci);
      return { ok: true as const };
    },
  };
}
