import type { AppContext } from '../app/context';
import type { DomainHandlers } from '../ipc/handlers';

export function documentsHandlers(_ctx: AppContext): DomainHandlers<'documents'> {
  return {};
}
