import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, splitChannel, type BridgeApi } from '../shared/ipc/contract';

// Exactly the contract's channels, as functions answering envelopes; raw ipcRenderer never reaches the page.
const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
for (const name of CHANNEL_NAMES) {
  const [domain, method] = splitChannel(name);
  api[domain] ??= {};
  api[domain][method] = (input: unknown) => ipcRenderer.invoke(name, input ?? {});
}

contextBridge.exposeInMainWorld('api', api as unknown as BridgeApi);
contextBridge.exposeInMainWorld('appEvents', {
  onLocked: (cb: () => void) => {
    const listener = (): void => cb();
    ipcRenderer.on('app:locked', listener);
    return () => {
      ipcRenderer.off('app:locked', listener);
    };
  },
});
