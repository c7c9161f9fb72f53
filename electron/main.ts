import { app, BrowserWindow, dialog, ipcMain, powerMonitor, session, shell } from 'electron';
import Store from 'electron-store';
import { join } from 'node:path';
import { CHANNEL_NAMES } from '../shared/ipc/contract';
import { settingsSchema, type Settings } from '../shared/ipc/settings';
import { AppContext } from './app/context';
import { safeUserName } from './app/node-platform';
import { createHandlers } from './ipc/registry';
import { dispatch } from './ipc/dispatch';
import { CONTENT_SECURITY_POLICY, secureWindowOptions, isAppUrl, isAllowedResource } from './app/security';
import { setPrintDriver } from './documents/print';

// Thin glue only: every decision lives in services that tests run without Electron.
const store = new Store<Settings>({ name: 'preferences', defaults: settingsSchema.parse({}) });
const ctx = new AppContext(
  {
    chooseOpenFile: async ({ title, filters }) => {
      const r = await dialog.showOpenDialog({ title, filters, properties: ['openFile'] });
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    chooseSaveFile: async ({ title, defaultName, filters }) => {
      const r = await dialog.showSaveDialog({ title, defaultPath: defaultName, filters });
      return r.canceled ? null : (r.filePath ?? null);
    },
    resourcesDir: app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources'),
    userDataDir: app.getPath('userData'),
    now: () => new Date(),
    actor: safeUserName,
  },
  { read: () => store.store, write: (next) => (store.store = next) },
);
const handlers = createHandlers(ctx);
// Printing hands the rendered PDF to the system viewer, whose print dialog does the rest.
setPrintDriver(async (pdf) => (await shell.openPath(pdf)) === '');
const rendererUrl = process.env.ELECTRON_RENDERER_URL;

for (const name of CHANNEL_NAMES) {
  ipcMain.handle(name, (event, input) => {
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url, rendererUrl)) {
      return { ok: false, error: { code: 'KANAL_TIDAK_DIKENAL', params: { kanal: name }, message: 'Pengirim tidak dikenal.' } };
    }
    return dispatch(handlers, name, input);
  });
}

function lockAll(): void {
  if (ctx.current) ctx.current.locked = true;
  for (const w of BrowserWindow.getAllWindows()) w.webContents.send('app:locked');
}

function createWindow(): void {
  const win = new BrowserWindow(secureWindowOptions(join(import.meta.dirname, '../preload/preload.cjs')));
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (e, url) => {
    if (!isAppUrl(url, rendererUrl)) e.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  if (rendererUrl) void win.loadURL(rendererUrl);
  else void win.loadFile(join(import.meta.dirname, '../renderer/index.html'));
}

// One instance per user: two windows writing the same dataset and journal would race each other.
if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', () => {
  const [win] = BrowserWindow.getAllWindows();
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
});

app.whenReady().then(() => {
  session.defaultSession.webRequest.onHeadersReceived((details, cb) => {
    cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // No remote content: refuse every request that is not the app's own files.
  session.defaultSession.webRequest.onBeforeRequest((details, cb) => cb({ cancel: !isAllowedResource(details.url, rendererUrl) }));
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  powerMonitor.on('suspend', lockAll);
  powerMonitor.on('lock-screen', lockAll);
  app.on('web-contents-created', (_e, contents) => contents.on('will-attach-webview', (ev) => ev.preventDefault()));
  createWindow();
});

app.on('window-all-closed', () => {
  ctx.closeDataset();
  app.quit();
});
