import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where this build's pages come from: its own renderer folder, plus the dev server's origin in `npm run dev`. */
export interface AppOrigin {
  rendererDir: string;
  devServerUrl?: string;
}

function devOrigin(origin: AppOrigin): URL | null {
  if (!origin.devServerUrl) return null;
  try {
    return new URL(origin.devServerUrl);
  } catch {
    return null;
  }
}

/**
 * The CSP header. Production: no remote anything, scripts and styles from the app itself, data: only
 * for images and fonts it made. Dev adds the dev server alone: its HMR websocket and the inline
 * React-refresh preamble Vite injects.
 */
export function contentSecurityPolicy(origin: AppOrigin): string {
  const server = devOrigin(origin);
  const ws = server ? `${server.protocol === 'https:' ? 'wss' : 'ws'}://${server.host}` : null;
  const dev = (...v: (string | null)[]) => (server ? v.filter((x): x is string => !!x) : []);
  return [
    "default-src 'none'",
    ['script-src', "'self'", ...dev("'unsafe-inline'", server?.origin ?? null)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    ['connect-src', "'self'", ...dev(server?.origin ?? null, ws)].join(' '),
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** The one place window options are set; tests read this object and fail if a protection slips. */
export function secureWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Baperjakat Desk',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
    },
  };
}

function insideDir(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Only the app's own pages: a file inside this build's renderer folder, or the dev server's exact origin. */
export function isAppUrl(url: string, origin: AppOrigin): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const server = devOrigin(origin);
  if (server && parsed.origin === server.origin) return true;
  if (parsed.protocol !== 'file:') return false;
  let path: string;
  try {
    path = fileURLToPath(parsed);
  } catch {
    return false;
  }
  return insideDir(origin.rendererDir, path);
}

/**
 * What the app may load: its own files, data:/blob: URLs it made itself (QR codes, previews); in dev
 * also the dev server's websocket and devtools.
 */
export function isAllowedResource(url: string, origin: AppOrigin): boolean {
  if (isAppUrl(url, origin) || url.startsWith('data:') || url.startsWith('blob:')) return true;
  const server = devOrigin(origin);
  if (!server) return false;
  if (url.startsWith('devtools://')) return true;
  try {
    const u = new URL(url);
    return (u.protocol === 'ws:' || u.protocol === 'wss:') && u.host === server.host;
  } catch {
    return false;
  }
}

type Hardenable = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/** No new windows, no navigation away from the app, no <webview>: set on every web contents main creates. */
export function hardenWebContents(contents: Hardenable, origin: AppOrigin): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (e, url) => {
    if (!isAppUrl(url, origin)) e.preventDefault();
  });
  contents.on('will-attach-webview', (e) => e.preventDefault());
}
