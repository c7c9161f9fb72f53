import type { AppContext } from '../app/context';
import type { DomainHandlers } from '../ipc/handlers';

export function compareHandlers(_ctx: AppContext): DomainHandlers<'compare'> {
  return {};
}
