/**
 * Real-Electron smoke test: `npm run test:electron` (builds first). Launches the built app with
 * playwright-core's Electron driver and, inside the real window, opens the demo with its passphrase,
 * lists requests, compares two applicants and casts a vote (in a scratch userData, so the demo stays
 * untouched), then checks window.api is exactly the contract, require/process are absent and the CSP
 * is in force. Where no Electron binary is installed it prints one line and exits 0 without a pass.
 */
import { _electron as electron } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import { contentSecurityPolicy } from '../../electron/app/security';
import { demoScenario, type ScenarioResult } from './scenario';

/** The installed binary, found the way the electron package finds it, without requiring it (that would try a download). */
function electronBinary(): string | null {
  if (process.env.ELECTRON_PATH) return existsSync(process.env.ELECTRON_PATH) ? process.env.ELECTRON_PATH : null;
  try {
    const pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathTxt = join(pkgDir, 'path.txt');
    if (!existsSync(pathTxt)) return null;
    const binary = join(pkgDir, 'dist', readFileSync(pathTxt, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`FAILED: ${what}`);
  console.log(`  ok  ${what}`);
}

async function main(): Promise<number> {
  const binary = electronBinary();
  if (!binary) {
    console.log('skipped: no Electron binary');
    return 0;
  }
  const mainJs = resolve('out', 'main', 'main.js');
  if (!existsSync(mainJs)) throw new Error('Build first: npm run build');
  const userData = mkdtempSync(join(tmpdir(), 'bpj-electron-'));
  const app = await electron.launch({
    executablePath: binary,
    args: [mainJs, `--user-data-dir=${userData}`],
    env: { ...process.env, ELECTRON_RENDERER_URL: '' },
    timeout: 120_000,
  });
  try {
    const page = await app.firstWindow({ timeout: 120_000 });
    await page.waitForLoadState('domcontentloaded');
    console.log(`window: ${page.url()}`);

    const exposed = await page.evaluate(() =>
      Object.entries((globalThis as unknown as { api: Record<string, Record<string, unknown>> }).api)
        .flatMap(([d, fns]) => Object.entries(fns).map(([m, f]) => `${d}:${m}:${typeof f}`)));
    check(JSON.stringify(exposed.sort()) === JSON.stringify(CHANNEL_NAMES.map((n) => `${n}:function`).sort()),
      'window.api is exactly the contract (one function per channel)');
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
      ipc: typeof (globalThis as Record<string, unknown>).ipcRenderer,
    }));
    check(globals.require === 'undefined' && globals.process === 'undefined' && globals.ipc === 'undefined',
      'require, process and ipcRenderer are absent from the page');
    const csp = await page.evaluate(async () => {
      let evalBlocked = false;
      try { (0, eval)('1'); } catch { evalBlocked = true; }
      let remoteBlocked = false;
      try { await fetch('https://example.com/'); } catch { remoteBlocked = true; }
      return { evalBlocked, remoteBlocked };
    });
    check(csp.evalBlocked, 'CSP in force: eval is refused');
    check(csp.remoteBlocked, 'CSP/request filter in force: a remote fetch is refused');
    // The header main adds in onHeadersReceived, as the page's own load reports it; Chromium may give a
    // file:// load no headers at all, in which case the identical <meta> policy (tested in vitest) is what applies.
    const [reload] = await Promise.all([page.waitForEvent('response', { predicate: (r) => r.url().endsWith('index.html') }), page.reload()]);
    const header = (await reload.allHeaders())['content-security-policy'];
    const meta = await page.evaluate(() => (globalThis as unknown as { document: { querySelector(s: string): { getAttribute(a: string): string | null } | null } })
      .document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null);
    const expected = contentSecurityPolicy({ rendererDir: resolve('out', 'renderer') });
    check(header === expected || (header === undefined && !!meta),
      `CSP applied: ${header === expected ? 'header from main' : 'file:// load carries no headers, <meta> policy'}`);
    await page.waitForLoadState('domcontentloaded');

    // Every step goes through window.api in the real window; the scratch userData holds the demo's working copy.
    const result: ScenarioResult = await demoScenario((name, input) => page.evaluate(async ([n, i]) => {
      const [d, m] = n.split(':') as [string, string];
      type Fn = (x: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
      const api = (globalThis as unknown as { api: Record<string, Record<string, Fn>> }).api;
      const r = await api[d]![m]!(i);
      if (!r.ok) throw new Error(`${n}: ${r.error?.code}`);
      return r.value;
    }, [name, input] as const));
    check(result.requests > 0, `demo opened with its passphrase: ${result.requests} requests listed`);
    check(result.compared === 2, 'two applicants compared');
    check(!!result.votedItem, `vote recorded and saved in the scratch copy (item ${result.votedItem})`);
    console.log('electron smoke: 8 passed, 0 failed');
    return 0;
  } finally {
    await app.close().catch(() => {});
    rmSync(userData, { recursive: true, force: true });
  }
}

main().then((code) => { process.exitCode = code; }, (err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
