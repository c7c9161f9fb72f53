import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import { dispatch } from '../ipc/dispatch';
import type { Handlers } from '../ipc/handlers';
import { isAppUrl, type AppOrigin } from './security';

/** The slice of Electron's ipcMain this needs; tests pass a plain object. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame?: { url: string } | null }, input: unknown) => unknown): void;
}

/**
 * Registers exactly the contract's channels, each refusing a sender frame that is not the app's own
 * page before anything is validated or run. Nothing else is ever registered on ipcMain.
 */
export function registerChannels(ipc: IpcMainLike, handlers: Handlers, origin: AppOrigin): void {
  for (const name of CHANNEL_NAMES) {
    ipc.handle(name, (event, input) => {
      if (!event.senderFrame || !isAppUrl(event.senderFrame.url, origin)) {
        return { ok: false, error: { code: 'KANAL_TIDAK_DIKENAL', params: { kanal: name }, message: 'Pengirim tidak dikenal.' } };
      }
      return dispatch(handlers, name, input);
    });
  }
}
