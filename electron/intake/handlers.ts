import type { AppContext } from '../app/context';
import type { DomainHandlers } from '../ipc/handlers';

export function intakeHandlers(_ctx: AppContext): DomainHandlers<'intake'> {
  return {};
}
