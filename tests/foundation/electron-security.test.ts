import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY, isAllowedResource, isAppUrl, secureWindowOptions } from '../../electron/app/security';

/** Fails the build if one item of the Electron security checklist slips. */
describe('Electron security checklist', () => {
  const prefs = secureWindowOptions('/app/preload.cjs').webPreferences!;

  it('isolates and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe('/app/preload.cjs');
  });

  it('has a strict CSP with no remote sources, no eval, no inline script', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    for (const values of Object.values(directives) as string[][]) {
      for (const v of values) {
        expect(v).not.toMatch(/^https?:|^\*$|unsafe-eval/);
      }
    }
    expect(directives['script-src']).not.toContain("'unsafe-inline'");
  });

  it('ships the same CSP in the renderer page (meta) for the file:// load', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    // frame-ancestors is ignored in <meta>; every other directive must match the header.
    const norm = (s: string) => s.split(';').map((d) => d.trim()).filter((d) => d && !d.startsWith('frame-ancestors')).sort();
    expect(norm(meta!)).toEqual(norm(CONTENT_SECURITY_POLICY));
  });

  it('treats only the app bundle as navigable', () => {
    expect(isAppUrl('file:///opt/app/out/renderer/index.html', undefined)).toBe(true);
    expect(isAppUrl('https://example.com/', undefined)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('data:text/html,<script>', undefined)).toBe(false);
  });

  it('loads only the app\'s own files and the data it made; nothing remote', () => {
    expect(isAllowedResource('file:///opt/app/out/renderer/assets/index.js', undefined)).toBe(true);
    expect(isAllowedResource('data:image/png;base64,AAAA', undefined)).toBe(true);
    expect(isAllowedResource('https://fonts.googleapis.com/css', undefined)).toBe(false);
    expect(isAllowedResource('http://127.0.0.1:8080/x.js', undefined)).toBe(false);
  });

  it('registers IPC only from the contract table and blocks navigation and new windows in main', () => {
    const main = readFileSync('electron/main.ts', 'utf8');
    expect(main.match(/ipcMain\.handle\(/g)).toHaveLength(1);
    expect(main).toMatch(/for \(const name of CHANNEL_NAMES\)/);
    expect(main).toMatch(/senderFrame/);
    expect(main).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/);
    expect(main).toMatch(/will-navigate/);
    expect(main).not.toMatch(/ipcMain\.on\(/);
    const preload = readFileSync('electron/preload.ts', 'utf8');
    expect(preload).toMatch(/for \(const name of CHANNEL_NAMES\)/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\b\s*\)/);
  });
});
