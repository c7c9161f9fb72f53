import type { AppContext } from '../app/context';
import type { DomainHandlers } from '../ipc/handlers';

export function reviewHandlers(_ctx: AppContext): DomainHandlers<'review'> {
  return {};
}
