import type { AppContext } from '../app/context';
import type { DomainHandlers } from '../ipc/handlers';
import { AppError } from '../../shared/errors';
import { buildPool, listPools } from './pool';
import { compareCandidates } from './comparison';
import { configView, loadConfig, resetConfig, updateConfig } from './config-store';

export function compareHandlers(ctx: AppContext): DomainHandlers<'compare'> {
  const today = () => ctx.nowIso().slice(0, 10);
  const who = () => ({ at: ctx.nowIso(), actor: ctx.platform.actor() });
  const writable = () => {
    const ds = ctx.dataset();
    // Packets mirror the secretariat's values; changing them there would fork the rules silently.
    if (ds.header.kind === 2) throw new AppError('ATURAN_TIDAK_DAPAT_DIUBAH_TELAAH');
    return ds.db;
  };
  return {
    'compare:listPools': ({ search }) => ({ pools: listPools(ctx.dataset().db, search) }),
    'compare:pool': ({ jabatanId }) => {
      const db = ctx.dataset().db;
      return buildPool(db, jabatanId, loadConfig(db), today());
    },
    'compare:compare': ({ jabatanId, nips }) => {
      const db = ctx.dataset().db;
      return compareCandidates(db, jabatanId, nips, loadConfig(db), today());
    },
    'compare:config': () => configView(loadConfig(ctx.dataset().db), today()),
    'compare:setConfig': ({ values, alasan }) => configView(updateConfig(writable(), values, alasan, who()), today()),
    'compare:resetConfig': ({ keys }) => configView(resetConfig(writable(), keys, who()), today()),
  };
}
