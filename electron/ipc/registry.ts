import type { AppContext } from '../app/context';
import type { Handlers } from './handlers';
import { datasetHandlers } from '../dataset/handlers';
import { settingsHandlers } from '../settings/handlers';
import { intakeHandlers } from '../intake/handlers';
import { compareHandlers } from '../compare/handlers';
import { sessionHandlers } from '../session/handlers';
import { documentsHandlers } from '../documents/handlers';
import { reviewHandlers } from '../review/handlers';

/** The one channel table on the main side. Typed as Handlers, so a channel without a handler fails to compile. */
export function createHandlers(ctx: AppContext): Handlers {
  return {
    ...datasetHandlers(ctx),
    ...settingsHandlers(ctx),
    ...intakeHandlers(ctx),
    ...compareHandlers(ctx),
    ...sessionHandlers(ctx),
    ...documentsHandlers(ctx),
    ...reviewHandlers(ctx),
  };
}
