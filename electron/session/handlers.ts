import type { AppContext } from '../app/context';
import type { DomainHandlers } from '../ipc/handlers';

export function sessionHandlers(_ctx: AppContext): DomainHandlers<'session'> {
  return {};
}
