import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_LIST } from './app/channel-names';
import { buildAppEvents, buildBridge, type FollowEvent } from './app/preload-bridge';

const follow: FollowEvent = (event, listener) => {
  const onEvent = (_e: unknown, payload: unknown): void => listener(payload);
  ipcRenderer.on(event, onEvent);
  return () => {
    ipcRenderer.off(event, onEvent);
  };
};

// Exactly the contract's channels, as functions answering envelopes; raw ipcRenderer never reaches the page.
contextBridge.exposeInMainWorld('api', buildBridge(CHANNEL_LIST, (name, input) => ipcRenderer.invoke(name, input)));
// Main's events (lock, a double-clicked file), as subscriptions; the page can follow nothing else.
contextBridge.exposeInMainWorld('appEvents', buildAppEvents(follow));
