import type { AppContext } from '../app/context';
import type { DomainHandlers } from '../ipc/handlers';

export function settingsHandlers(ctx: AppContext): DomainHandlers<'settings'> {
  return {
    'settings:get': () => ctx.settings(),
    'settings:update': (patch) => ctx.updateSettings(patch),
  };
}
