import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import { AppContext } from '../../electron/app/context';
import { JsonFileSettingsStore, nodePlatform } from '../../electron/app/node-platform';
import { createHandlers } from '../../electron/ipc/registry';
import { dispatch } from '../../electron/ipc/dispatch';
import { filesFromArgv, openFileEvent } from '../../electron/app/file-open';
import { fileHandles } from '../../electron/app/file-handles';
import { APP_EVENTS } from '../../electron/app/channel-names';
import { bufferedEvent, buildAppEvents } from '../../electron/app/preload-bridge';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RENDERER_DIR = resolve(process.env.BPJ_OUT_DIR ?? 'out', 'renderer');
const ORIGIN = 'http://baperjakat.localhost';
export { SCREENSHOT_DIR } from '../support/screenshots';
import { SCREENSHOT_DIR } from '../support/screenshots';

const MIME: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.wasm': 'application/wasm',
};

export interface HarnessApp {
  page: Page;
  ctx: AppContext;
  userDataDir: string;
  /** Paths the "native" open dialog will return next, in order. */
  openDialogAnswers: string[];
  saveDialogAnswers: string[];
  /** Every IPC call made by the page: channel names, in order. */
  calls: string[];
  screenshot(name: string): Promise<void>;
  /**
   * The OS hands `path` to the app (double-click, second launch, macOS open-file): main's own code turns it
   * into the page's event (filesFromArgv → openFileEvent, handles in this app's registry) and sends it.
   */
  openFile(path: string): Promise<void>;
  close(): Promise<void>;
}

let browser: Browser | null = null;
async function sharedBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return browser;
}

/**
 * Opens `path` from the unlock screen the way a user does (the dialog answers with it, then the
 * passphrase), and waits until `landmark` (a nav entry's testid) shows the dataset is open.
 */
export async function unlockFromScreen(app: HarnessApp, path: string, passphrase: string, landmark = 'nav-intake'): Promise<void> {
  app.openDialogAnswers.push(path);
  await app.page.getByTestId('choose-file').click();
  await app.page.getByTestId('passphrase').fill(passphrase);
  await app.page.getByTestId('open-button').click();
  await app.page.getByTestId(landmark).waitFor({ timeout: 30_000 });
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

/**
 * The built renderer in Debian Chromium with window.api bound, channel by channel, to the real
 * main-process services (the same dispatch Electron's ipcMain uses). Only native dialogs differ:
 * they answer from the queues above.
 */
export async function launchApp(opts: {
  now?: () => Date; viewport?: { width: number; height: number };
  /** Installs Playwright's clock before the page loads (time flows until a test pauses it), so a test can hold the page's timers still. */
  clock?: boolean;
} = {}): Promise<HarnessApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('Build the renderer first: npm run build');
  const userDataDir = mkdtempSync(join(tmpdir(), 'bpj-e2e-'));
  const openDialogAnswers: string[] = [];
  const saveDialogAnswers: string[] = [];
  const platform = nodePlatform({
    userDataDir,
    resourcesDir: resolve('resources'),
    now: opts.now,
    actor: 'e2e',
    chooseOpenFile: async () => openDialogAnswers.shift() ?? null,
    chooseSaveFile: async () => saveDialogAnswers.shift() ?? null,
  });
  const ctx = new AppContext(platform, new JsonFileSettingsStore(join(userDataDir, 'preferences.json')));
  const handlers = createHandlers(ctx);
  const calls: string[] = [];

  const b = await sharedBrowser();
  const context = await b.newContext({ viewport: opts.viewport ?? { width: 1440, height: 900 }, locale: 'id-ID', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = join(RENDERER_DIR, path === '/' ? 'index.html' : decodeURIComponent(path));
    if (!file.startsWith(RENDERER_DIR) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    await route.fulfill({ status: 200, body: readFileSync(file), contentType: MIME[extname(file)] ?? 'application/octet-stream' });
  });
  // Anything else would be remote content: refuse it, as the Electron session does.
  await page.route((url) => !url.href.startsWith(ORIGIN), (route) => route.abort());

  for (const name of CHANNEL_NAMES) {
    await page.exposeFunction(`__bpj_${name.replace(':', '__')}`, (input: unknown) => {
      calls.push(name);
      return dispatch(handlers, name, input, { validateOutput: true });
    });
  }
  await page.addInitScript((names: string[]) => {
    const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
    for (const name of names) {
      const [domain, method] = name.split(':') as [string, string];
      api[domain] ??= {};
      const fn = (globalThis as any)[`__bpj_${domain}__${method}`];
      api[domain][method] = (input: unknown) => fn(input ?? {});
    }
    (globalThis as any).api = api;
  }, CHANNEL_NAMES as string[]);
  // window.appEvents as the preload builds it: the same functions' source, fed by sendAppEvent below.
  await page.addInitScript({
    content: `(() => {
      const bufferedEvent = ${bufferedEvent.toString()};
      const listeners = new Map();
      const follow = (event, listener) => {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event).add(listener);
        return () => { listeners.get(event).delete(listener); };
      };
      globalThis.__bpj_sendAppEvent = (event, payload) => { for (const l of listeners.get(event) ?? []) l(payload); };
      globalThis.appEvents = (${buildAppEvents.toString()})(follow, ${JSON.stringify(APP_EVENTS)});
    })();`,
  });
  if (opts.clock) await page.clock.install();
  await page.goto(`${ORIGIN}/index.html`);
  // Main's progress events (intake) reach the page the way openFile does below.
  platform.sendEvent = (event, payload) => {
    void page.evaluate(([name, p]) => (globalThis as any).__bpj_sendAppEvent(name, p), [event, payload] as const).catch(() => undefined);
  };

  return {
    page, ctx, userDataDir, openDialogAnswers, saveDialogAnswers, calls,
    screenshot: async (name) => {
      await page.waitForTimeout(150); // let transitions settle so the picture shows the final state
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
    },
    openFile: async (path) => {
      for (const req of filesFromArgv([path], process.cwd())) {
        const event = openFileEvent(req, fileHandles(ctx));
        await page.evaluate(([name, payload]) => (globalThis as any).__bpj_sendAppEvent(name, payload), [APP_EVENTS.openFile, event] as const);
      }
    },
    close: async () => {
      ctx.closeDataset();
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
