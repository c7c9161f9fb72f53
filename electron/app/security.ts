import type { BrowserWindowConstructorOptions } from 'electron';

/** No remote anything: scripts and styles from the app itself; data: only for images and fonts it made. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

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

/** Only the app's own pages: the packaged file:// renderer, or the dev server in development. */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  if (devServerUrl && url.startsWith(devServerUrl)) return true;
  return url.startsWith('file://') && /\/renderer\/(index\.html|assets\/)/.test(url.replace(/\\/g, '/'));
}

/** What the page may load: its own files, plus data:/blob: URLs it made itself (QR codes, previews). */
export function isAllowedResource(url: string, devServerUrl: string | undefined): boolean {
  return isAppUrl(url, devServerUrl) || url.startsWith('data:') || url.startsWith('blob:');
}
