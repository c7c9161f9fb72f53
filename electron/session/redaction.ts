import type { AppContext } from '../app/context';
import type { DomainHandlers } from '../ipc/handlers';
import type { TingkatRedaksi } from '../../shared/format/redaction';
import { act, type SessionEnv } from './env';
import { getSidang } from './sidang-store';
import { sessionActs } from './act-answer';

/**
 * Sets how much the projector shows for one session. Allowed in every status: it changes what the
 * wall shows, not what was decided; the audit entry says who chose which level, and when.
 */
export function setRedaksi(env: SessionEnv, sidangId: string, redaksi: TingkatRedaksi): void {
  const sebelum = getSidang(env.db, sidangId).redaksi;
  if (sebelum === redaksi) return;
  act(env, 'session.redaksi', { sidangId, sebelum, redaksi }, () => {
    env.db.run('UPDATE sidang SET redaksi = ? WHERE id = ?', [redaksi, sidangId]);
  });
}

export function redactionHandlers(ctx: AppContext): Pick<DomainHandlers<'session'>, 'session:setRedaction'> {
  return {
    // The level is one of the session's own fields: the answer carries the header for the screen to merge.
    'session:setRedaction': ({ sidangId, redaksi }) => sessionActs(ctx).onHeader(sidangId, (e) => setRedaksi(e, sidangId, redaksi)),
  };
}
