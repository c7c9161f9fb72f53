import { app, BrowserWindow, dialog, ipcMain, powerMonitor, session } from 'electron';
import Store from 'electron-store';
import { join } from 'node:path';
import { settingsSchema, type Settings } from '../shared/ipc/settings';
import { AppContext, appResourcesDir } from './app/context';
import { safeUserName } from './app/node-platform';
import { createHandlers } from './ipc/registry';
import { registerChannels } from './app/ipc-bridge';
import { contentSecurityPolicy, hardenWebContents, isAllowedResource, secureWindowOptions, type AppOrigin } from './app/security';
import { FileOpenRouter, filesFromArgv, openFileEvent } from './app/file-open';
import { fileHandles } from './app/file-handles';
import { APP_EVENTS } from './app/channel-names';
import { createLogger } from './app/log';
import { handleRenderGone, installCrashHandlers, type CrashHooks } from './app/log-crash';
import { printPdfInHiddenWindow } from './app/print-window';
import { setPrintDriver } from './documents/print';

// Thin glue only: every decision lives in plain modules that tests run without Electron.
// The single-instance lock comes before anything else: a second launch hands its argv (a double-clicked
// file) to the running instance through 'second-instance' and exits at once, touching no state.
if (!app.requestSingleInstanceLock()) app.exit(0);
else start();

function start(): void {
  const log = createLogger({ dir: join(app.getPath('userData'), 'logs') });
  const hooks: CrashHooks = {
    log,
    showError: (title, body) => dialog.showErrorBox(title, body),
    exit: (code) => app.exit(code),
  };
  installCrashHandlers(process, hooks);
  log.info(`start ${app.getVersion()} electron=${process.versions.electron} packaged=${app.isPackaged}`);

  const origin: AppOrigin = {
    rendererDir: join(import.meta.dirname, '../renderer'),
    devServerUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
  };
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
      resourcesDir: appResourcesDir({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() }),
      userDataDir: app.getPath('userData'),
      now: () => new Date(),
      actor: safeUserName,
      sendEvent: (event, payload) => {
        for (const w of BrowserWindow.getAllWindows()) w.webContents.send(event, payload);
      },
    },
    { read: () => store.store, write: (next) => (store.store = next) },
  );
  registerChannels(ipcMain, createHandlers(ctx), origin, log);
  setPrintDriver((pdf, title) => printPdfInHiddenWindow(pdf, title, mainWindow() ?? undefined));

  let pageReady = false;
  const mainWindow = (): BrowserWindow | null => BrowserWindow.getAllWindows().find((w) => !w.getParentWindow()) ?? null;
  const files = new FileOpenRouter((req) => {
    const win = mainWindow();
    if (!win || !pageReady) return false;
    win.webContents.send(APP_EVENTS.openFile, openFileEvent(req, fileHandles(ctx)));
    return true;
  });
  files.open(filesFromArgv(process.argv, process.cwd()));

  app.on('second-instance', (_e, argv, workingDirectory) => {
    const win = mainWindow();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    files.open(filesFromArgv(argv, workingDirectory));
  });
  // macOS hands double-clicked files over by event, possibly before 'ready'.
  app.on('open-file', (e, path) => {
    e.preventDefault();
    files.open(filesFromArgv([path], process.cwd()));
  });

  function lockAll(): void {
    if (ctx.current) ctx.current.locked = true;
    for (const w of BrowserWindow.getAllWindows()) w.webContents.send(APP_EVENTS.locked);
  }

  function createWindow(): void {
    const win = new BrowserWindow({
      ...secureWindowOptions(join(import.meta.dirname, '../preload/preload.cjs')),
      icon: app.isPackaged ? undefined : join(app.getAppPath(), 'build', 'icons', 'icon.png'),
    });
    win.once('ready-to-show', () => win.show());
    win.webContents.on('did-finish-load', () => {
      pageReady = true;
      files.flush();
    });
    win.webContents.on('did-start-loading', () => (pageReady = false));
    win.webContents.on('render-process-gone', (_e, details) => {
      // A crashed page may have held an unlocked dataset's view: lock before reloading.
      lockAll();
      handleRenderGone(details, hooks, () => win.webContents.reload());
    });
    const load = origin.devServerUrl ? win.loadURL(origin.devServerUrl) : win.loadFile(join(origin.rendererDir, 'index.html'));
    load.catch((err: unknown) => log.error('load failed', err));
  }

  app.on('web-contents-created', (_e, contents) => hardenWebContents(contents, origin));

  app.whenReady().then(() => {
    const csp = contentSecurityPolicy(origin);
    session.defaultSession.webRequest.onHeadersReceived((details, cb) => {
      cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
    });
    // No remote content: refuse every request that is not the app's own files (dev: plus the dev server's HMR).
    session.defaultSession.webRequest.onBeforeRequest((details, cb) => cb({ cancel: !isAllowedResource(details.url, origin) }));
    session.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
    powerMonitor.on('suspend', lockAll);
    powerMonitor.on('lock-screen', lockAll);
    createWindow();
  }).catch((err: unknown) => {
    log.error('startup failed', err);
    hooks.showError('Baperjakat Desk — kesalahan', `Aplikasi gagal dimulai.\n\nCatatan teknis ada di:\n${log.path}`);
    app.exit(1);
  });

  app.on('window-all-closed', () => {
    ctx.closeDataset();
    app.quit();
  });
}
