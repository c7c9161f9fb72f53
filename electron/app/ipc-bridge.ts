import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/contract';
import { dispatch } from '../ipc/dispatch';
import type { Logger } from './log';
import type { Handlers } from '../ipc/handlers';
import { isAppUrl, type AppOrigin } from './security';

/** The slice of Electron's ipcMain this needs; tests pass a plain object. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame?: { url: string } | null }, input: unknown) => unknown): void;
}

/**
 * dispatch, with one log line per call: channel, outcome, error code and time. Never the input or the
 * answer (they hold personal data); an internal error's detail goes through the logger's redaction.
 */
export async function loggedDispatch(handlers: Handlers, name: string, input: unknown, log?: Logger): Promise<Envelope<unknown>> {
  const started = performance.now();
  const res = await dispatch(handlers, name, input);
  const ms = Math.round(performance.now() - started);
  if (res.ok) log?.info(`ipc ${name} ok ${ms}ms`);
  else if (res.error.code === 'KESALAHAN_INTERNAL') log?.error(`ipc ${name} ${res.error.code} ${ms}ms`, res.error.params);
  else log?.warn(`ipc ${name} ${res.error.code} ${ms}ms`);
  return res;
}

/**
 * Registers exactly the contract's channels, each refusing a sender frame that is not the app's own
 * page before anything is validated or run. Nothing else is ever registered on ipcMain.
 */
export function registerChannels(ipc: IpcMainLike, handlers: Handlers, origin: AppOrigin, log?: Logger): void {
  for (const name of CHANNEL_NAMES) {
    ipc.handle(name, (event, input) => {
      if (!event.senderFrame || !isAppUrl(event.senderFrame.url, origin)) {
        log?.warn(`ipc ${name} refused: sender is not the app page`);
        return { ok: false, error: { code: 'KANAL_TIDAK_DIKENAL', params: { kanal: name }, message: 'Pengirim tidak dikenal.' } };
      }
      return loggedDispatch(handlers, name, input, log);
    });
  }
}
