import type { AppContext } from '../app/context';
import type { DomainHandlers } from '../ipc/handlers';
import { tanggalWib } from '../../shared/session/targets';
import { equityReport } from './equity-query';

export function reportHandlers(ctx: AppContext): DomainHandlers<'report'> {
  return {
    'report:equity': (filter) => equityReport(ctx.dataset().db, filter, tanggalWib(ctx.nowIso())),
  };
}
