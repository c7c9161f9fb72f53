import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import {
  contentSecurityPolicy, hardenWebContents, isAllowedResource, isAppUrl, secureWindowOptions, type AppOrigin,
} from '../../electron/app/security';

const RENDERER = join('/opt', 'app', 'resources', 'app.asar', 'out', 'renderer');
const prod: AppOrigin = { rendererDir: RENDERER };
const dev: AppOrigin = { rendererDir: RENDERER, devServerUrl: 'http://localhost:5173/' };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const APP = 'http://baperjakat.localhost';
const OWN_SCRIPT = 'try { eval("1"); window.evalResult = "ran"; } catch (e) { window.evalResult = e.name; }';
const fileUrl = (...p: string[]) => pathToFileURL(join(...p)).href;
const directives = (csp: string): Record<string, string[]> =>
  Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));

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

  it('production CSP: no remote sources, no eval, no inline script', () => {
    const d = directives(contentSecurityPolicy(prod));
    expect(d['default-src']).toEqual(["'none'"]);
    expect(d['script-src']).toEqual(["'self'"]);
    expect(d['connect-src']).toEqual(["'self'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    for (const values of Object.values(d)) {
      for (const v of values) expect(v).not.toMatch(/^https?:|^wss?:|^\*$|unsafe-eval/);
    }
  });

  it('dev CSP adds only the dev server (its websocket for hot reload, its inline refresh preamble)', () => {
    const d = directives(contentSecurityPolicy(dev));
    expect(d['connect-src']).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173']);
    expect(d['script-src']).toEqual(["'self'", "'unsafe-inline'", 'http://localhost:5173']);
    expect(d['default-src']).toEqual(["'none'"]);
    for (const values of Object.values(d)) {
      for (const v of values) expect(v).not.toMatch(/^\*$|unsafe-eval/);
    }
  });

  it('ships the production CSP in the renderer page (meta), and Chromium enforces it there', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      // Probes after the page's own markup: an inline script, a remote script, image and stylesheet.
      const html = readFileSync('renderer/index.html', 'utf8').replace('</body>', [
        '<script>window.inlineRan = true</script>',
        '<script src="https://cdn.example.com/x.js"></script>',
        '<img src="https://img.example.com/x.png">',
        '<link rel="stylesheet" href="https://css.example.com/x.css">',
        '</body>'].join(''));
      const reached: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        reached.push(url);
        if (url === `${APP}/index.html`) return route.fulfill({ contentType: 'text/html', body: html });
        // The page's own module script stands in for the app bundle: it runs ('self'), but eval may not.
        if (url === `${APP}/src/main.tsx`) return route.fulfill({ contentType: 'text/javascript', body: OWN_SCRIPT });
        return route.fulfill({ status: 404, body: '' });
      });
      await page.addInitScript(`window.violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.effectiveDirective + ' ' + e.blockedURI));`);
      await page.goto(`${APP}/index.html`);
      const meta = await page.evaluate('document.querySelector(\'meta[http-equiv="Content-Security-Policy"]\').content') as string;
      // frame-ancestors is ignored in <meta>; every other directive must match the header.
      const norm = (c: string) => c.split(';').map((d) => d.trim()).filter((d) => d && !d.startsWith('frame-ancestors')).sort();
      expect(norm(meta)).toEqual(norm(contentSecurityPolicy(prod)));
      await expect.poll(() => page.evaluate('window.violations.slice().sort()'), { timeout: 30_000 }).toEqual([
        'img-src https://img.example.com/x.png',
        'script-src eval',
        'script-src-elem https://cdn.example.com/x.js',
        'script-src-elem inline',
        'style-src-elem https://css.example.com/x.css',
      ]);
      expect(await page.evaluate('window.inlineRan === true')).toBe(false);
      await expect.poll(() => page.evaluate('window.evalResult'), { timeout: 30_000 }).toBe('EvalError');
      // Nothing remote left the page: only its own origin was ever asked for.
      expect(reached.every((u) => u.startsWith(`${APP}/`))).toBe(true);
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('treats only this build\'s renderer directory as the app', () => {
    expect(isAppUrl(fileUrl(RENDERER, 'index.html'), prod)).toBe(true);
    expect(isAppUrl(fileUrl(RENDERER, 'assets', 'index-abc.js'), prod)).toBe(true);
    expect(isAppUrl('file:///home/x/evil/renderer/index.html', prod)).toBe(false);
    expect(isAppUrl('file:///opt/app/out/renderer/index.html', prod)).toBe(false);
    expect(isAppUrl(`${fileUrl(RENDERER)}-evil/index.html`, prod)).toBe(false);
    expect(isAppUrl(fileUrl(RENDERER, '..', 'main', 'main.js'), prod)).toBe(false);
    expect(isAppUrl(`${fileUrl(RENDERER)}/%2e%2e/main/main.js`, prod)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', prod)).toBe(false);
    expect(isAppUrl('https://example.com/', prod)).toBe(false);
    expect(isAppUrl('data:text/html,<script>', prod)).toBe(false);
    expect(isAppUrl('not a url', prod)).toBe(false);
  });

  it('the dev server counts only in dev, and only its exact origin', () => {
    expect(isAppUrl('http://localhost:5173/', prod)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('http://localhost:51730/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173.evil.com/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
  });

  it('loads only the app\'s own files and the data it made; nothing remote', () => {
    expect(isAllowedResource(fileUrl(RENDERER, 'assets', 'index.js'), prod)).toBe(true);
    expect(isAllowedResource('data:image/png;base64,AAAA', prod)).toBe(true);
    expect(isAllowedResource('blob:file:///1234', prod)).toBe(true);
    expect(isAllowedResource('https://fonts.googleapis.com/css', prod)).toBe(false);
    expect(isAllowedResource('http://127.0.0.1:8080/x.js', prod)).toBe(false);
    expect(isAllowedResource('ws://localhost:5173/', prod)).toBe(false);
    expect(isAllowedResource('devtools://devtools/bundled/inspector.html', prod)).toBe(false);
  });

  it('in dev also lets the hot-reload websocket and devtools through', () => {
    expect(isAllowedResource('ws://localhost:5173/?token=x', dev)).toBe(true);
    expect(isAllowedResource('devtools://devtools/bundled/inspector.html', dev)).toBe(true);
    expect(isAllowedResource('ws://localhost:9999/', dev)).toBe(false);
    expect(isAllowedResource('https://example.com/', dev)).toBe(false);
  });

  it('denies new windows and navigation away from the app, in the window itself', () => {
    const contents = Object.assign(new EventEmitter(), {
      opener: null as null | ((d: { url: string }) => { action: string }),
      setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) { this.opener = fn; },
    });
    hardenWebContents(contents as never, prod);
    expect(contents.opener!({ url: fileUrl(RENDERER, 'index.html') })).toEqual({ action: 'deny' });
    expect(contents.opener!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const navigate = (url: string) => {
      let prevented = false;
      contents.emit('will-navigate', { preventDefault: () => { prevented = true; } }, url);
      return prevented;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('file:///home/x/evil/renderer/index.html')).toBe(true);
    expect(navigate(fileUrl(RENDERER, 'index.html'))).toBe(false);
    let webviewPrevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => { webviewPrevented = true; } });
    expect(webviewPrevented).toBe(true);
  });
});
