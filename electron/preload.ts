import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_LIST } from './app/channel-names';
import { bufferedEvent, buildBridge } from './app/preload-bridge';

const openFiles = bufferedEvent<unknown>();
ipcRenderer.on('app:open-file', (_e, event: unknown) => openFiles.push(event));

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
  /** A dataset or review file the OS handed to the app (double-click, second launch). Main sends
   *  { kind, file: { handle, name } } (shared/ipc/file-handle openFileEventSchema), never a path. */
  onOpenFile: (cb: (event: unknown) => void) => openFiles.subscribe(cb),
});
