import { performance } from 'node:perf_hooks';
import type { BenchSection } from './types';
import { DEMO_PASSPHRASE } from '../../electron/demo';
import { closeBrowser, launchApp, type HarnessApp } from '../../tests/e2e/harness';
import { benchCityFile } from './list';
import { benchSize, median } from './measure';

const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

type Cdp = Awaited<ReturnType<ReturnType<HarnessApp['page']['context']>['newCDPSession']>>;
let cdp: Cdp | null = null;

/** Renderer main-thread time (CDP TaskDuration, seconds) so far, from one session held for the run. */
async function taskSeconds(app: HarnessApp): Promise<number> {
  if (!cdp) {
    cdp = await app.page.context().newCDPSession(app.page);
    await cdp.send('Performance.enable');
  }
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
}

async function unlock(app: HarnessApp, file: string): Promise<number> {
  app.openDialogAnswers.push(file);
  await app.page.getByTestId('choose-file').click();
  await app.page.getByTestId('chosen-file').waitFor();
  await app.page.getByTestId('passphrase').fill(DEMO_PASSPHRASE);
  const t = performance.now();
  await app.page.getByTestId('open-button').click();
  await app.page.getByTestId('request-row').first().waitFor({ timeout: 120_000 });
  return performance.now() - t;
}

/** Each keystroke's time until the count shows the new filter's answer (debounce included). */
async function keystrokes(app: HarnessApp): Promise<{ lat: number[]; cpuMs: number[] }> {
  const search = app.page.getByTestId('request-search');
  const lat: number[] = [];
  const cpuMs: number[] = [];
  for (const word of ['sari', 'wati', 'yanto', 'putri']) {
    await search.fill('');
    await app.page.waitForTimeout(300);
    for (const ch of word) {
      const before = await app.page.getByTestId('request-count').textContent();
      const cpu0 = await taskSeconds(app);
      const t = performance.now();
      await search.press(ch);
      await app.page.waitForFunction(`document.querySelector('[data-testid="request-count"]')?.textContent !== ${JSON.stringify(before)}`, undefined, { timeout: 10_000 })
        .catch(() => undefined); // the same count twice in a row: the wait below still bounds it
      lat.push(performance.now() - t);
      cpuMs.push(((await taskSeconds(app)) - cpu0) * 1000);
    }
  }
  await search.fill('');
  return { lat, cpuMs };
}

/** Scrolls the whole list frame by frame in the page and returns each frame's duration. */
async function scrollFrames(app: HarnessApp): Promise<number[]> {
  await app.page.waitForTimeout(500);
  // Page-side code as text: this file is type-checked without the DOM library.
  return app.page.evaluate<number[]>(`(async () => {
    const el = document.querySelector('[data-testid="request-list"]');
    const frames = [];
    let last = performance.now();
    while (el.scrollTop + el.clientHeight < el.scrollHeight - 1 && frames.length < 3000) {
      el.scrollTop += 120;
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    return frames;
  })()`);
}

async function poolAndComparison(app: HarnessApp): Promise<{ pool: number; comparison: number }> {
  await app.page.getByTestId('nav-compare').click();
  await app.page.getByTestId('pool-row').first().waitFor({ timeout: 60_000 });
  // The busiest pool: most candidates.
  const busiest = await app.page.getByTestId('pool-row').first().getAttribute('data-jabatan-id');
  let t = performance.now();
  await app.page.locator(`[data-testid="pool-row"][data-jabatan-id="${busiest}"]`).click();
  await app.page.getByTestId('candidate-row').first().waitFor({ timeout: 60_000 });
  const pool = performance.now() - t;
  const boxes = app.page.locator('[data-testid^="select-"]');
  const n = Math.min(6, await boxes.count());
  for (let i = 0; i < n; i++) await boxes.nth(i).click();
  t = performance.now();
  await app.page.getByTestId('compare-button').click();
  await app.page.getByTestId('compare-table').waitFor({ timeout: 60_000 });
  return { pool, comparison: performance.now() - t };
}

/** Issue 18 / 15: what a person waits for on the screens, measured in Chromium through the harness. */
export const screensBench: BenchSection = {
  name: 'screens',
  async run(report) {
    const size = benchSize();
    const file = await benchCityFile(size);
    const app = await launchApp({ viewport: { width: 1440, height: 900 } });
    try {
      const k = size / 1000;
      report(`${k}k: unlock click → first rows (KDF included)`, await unlock(app, file), 'ms', '≤ 1 s after the KDF');
      const { lat, cpuMs } = await keystrokes(app);
      report(`${k}k: keystroke → rows updated, p50 (150 ms debounce included)`, median(lat), 'ms', '≤ 200 ms');
      report(`${k}k: keystroke → rows updated, p95`, p95(lat), 'ms', '≤ 300 ms');
      report(`${k}k: renderer main-thread time per keystroke, median`, median(cpuMs), 'ms', '≤ 30 ms');
      const frames = await scrollFrames(app);
      const long = frames.filter((f) => f > 1.5 * (1000 / 60)).length;
      report(`${k}k: scroll the whole list: frames`, frames.length, 'frames');
      report(`${k}k: scroll: frame time p95`, p95(frames), 'ms', '≤ 20 ms');
      report(`${k}k: scroll: frames over 1.5× the display interval`, (100 * long) / Math.max(1, frames.length), '%', '≤ 5 %');
      const { pool, comparison } = await poolAndComparison(app);
      report(`${k}k: open the busiest pool (click → shown)`, pool, 'ms', '≤ 300 ms');
      report(`${k}k: open a 6-candidate comparison (click → shown)`, comparison, 'ms', '≤ 300 ms');
    } finally {
      await cdp?.detach();
      cdp = null;
      await app.close();
      await closeBrowser();
    }
  },
};
