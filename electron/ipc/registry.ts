import type { AppContext } from '../app/context';
import type { Handlers } from './handlers';
import { datasetHandlers } from '../dataset/handlers';
import { settingsHandlers } from '../settings/handlers';
import { intakeHandlers } from '../intake/handlers';
import { compareHandlers } from '../compare/handlers';
import { sessionHandlers } from '../session/handlers';
import { documentsHandlers } from '../documents/handlers';
import { reviewHandlers } from '../review/handlers';
import { reportHandlers } from '../report/handlers';
import { talentHandlers } from '../talent/handlers';
import { draftsHandlers } from '../drafts/handlers';
import { assertChannelAllowed } from '../review/mode';

/** The one channel table on the main side. Typed as Handlers, so a channel without a handler fails to compile. */
export function createHandlers(ctx: AppContext): Handlers {
  const table: Handlers = {
    ...datasetHandlers(ctx),
    ...settingsHandlers(ctx),
    ...intakeHandlers(ctx),
    ...compareHandlers(ctx),
    ...sessionHandlers(ctx),
    ...documentsHandlers(ctx),
    ...reviewHandlers(ctx),
    ...reportHandlers(ctx),
    ...talentHandlers(ctx),
    ...draftsHandlers(ctx),
  };
  // A review packet is read-only outside the member's own notes: refuse every other channel while one is open.
  const guarded = Object.entries(table).map(([name, handler]) => [
    name,
    (input: unknown) => {
      assertChannelAllowed(ctx, name);
      return (handler as (i: unknown) => unknown)(input);
    },
  ]);
  return Object.fromEntries(guarded) as Handlers;
}
