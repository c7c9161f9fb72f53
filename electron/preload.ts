import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_LIST } from './app/channel-names';
import { buildBridge } from './app/preload-bridge';

// Exactly the contract's channels, as functions answering envelopes; raw ipcRenderer never reaches the page.
contextBridge.exposeInMainWorld('api', buildBridge(CHANNEL_LIST, (name, input) => ipcRenderer.invoke(name, input)));
contextBridge.exposeInMainWorld('appEvents', {
  onLocked: (cb: () => void) => {
    const listener = (): void => cb();
    ipcRenderer.on('app:locked', listener);
    return () => {
      ipcRenderer.off('app:locked', listener);
    };
  },
  /** A dataset or review file the OS handed to the app (double-click, second launch). */
  onOpenFile: (cb: (path: string) => void) => {
    const listener = (_e: unknown, path: string): void => cb(path);
    ipcRenderer.on('app:open-file', listener);
    return () => {
      ipcRenderer.off('app:open-file', listener);
    };
  },
});
