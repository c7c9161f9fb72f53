import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, type HarnessApp } from './harness';
import { DEMO_PASSPHRASE } from '../../electron/demo/constants';

/**
 * Issue 15: in projector mode the session detail and the comparison hold at the room's usual
 * resolutions — nothing overflows sideways, the agenda item panel stays on screen, the header's
 * buttons are whole. Each size leaves a screenshot to look at.
 */
const SIZES = [{ width: 1024, height: 700 }, { width: 1440, height: 900 }, { width: 1920, height: 1080 }];

describe('projector mode layouts', () => {
  let app: HarnessApp;
  const tid = (id: string) => app.page.getByTestId(id);
  const overflowX = () => app.page.evaluate(() => {
    const el = document.scrollingElement!;
    return el.scrollWidth - el.clientWidth;
  });
  /** Header buttons whose label is cut ("Kunc", "Tutup datas"): their text is wider than the box. */
  const clippedHeaderButtons = () => app.page.evaluate(() =>
    [...document.querySelectorAll('header button')].filter((b) => {
      const label = b.querySelector('.mantine-Button-label') as HTMLElement | null;
      return label !== null && label.scrollWidth > label.clientWidth + 1;
    }).map((b) => b.textContent));

  /** Grid columns whose content spills into the next one (attendance over the agenda panel). */
  const spillingColumns = () => app.page.evaluate(() =>
    [...document.querySelectorAll('main .mantine-Grid-col')].filter((c) => c.scrollWidth > c.clientWidth + 1)
      .map((c) => `${c.clientWidth}px column holds ${c.scrollWidth}px`));

  beforeAll(async () => {
    app = await launchApp({ now: () => new Date('2026-11-23T03:00:00.000Z') });
    await tid('passphrase').fill(DEMO_PASSPHRASE);
    await tid('open-demo').click();
    await tid('projector-switch').waitFor({ timeout: 60_000 });
    await tid('projector-switch').click({ force: true });
    await app.page.waitForFunction(() => document.documentElement.dataset.projector === 'true');
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
  });

  it('session detail with an agenda item', async () => {
    await tid('nav-session').click();
    await app.page.locator('[data-testid^="session-open-"]').first().click();
    await tid('agenda-item-1').click();
    for (const size of SIZES) {
      await app.page.setViewportSize(size);
      await tid('agenda-item-panel').waitFor();
      await app.screenshot(`projector-session-${size.width}x${size.height}`);
      expect(await overflowX(), `overflow at ${size.width}`).toBeLessThanOrEqual(0);
      expect(await clippedHeaderButtons(), `header at ${size.width}`).toEqual([]);
      const spilling = await spillingColumns();
      expect(spilling, `columns at ${size.width}`).toEqual([]);
      await tid('agenda-item-panel').scrollIntoViewIfNeeded();
      expect(await tid('agenda-item-panel').isVisible()).toBe(true);
      const panel = (await tid('agenda-item-panel').boundingBox())!;
      expect(panel.x + panel.width, `agenda panel at ${size.width}`).toBeLessThanOrEqual(size.width);
      expect(panel.y, `agenda panel at ${size.width}`).toBeLessThan(size.height);
    }
  });

  it('comparison', async () => {
    await app.page.setViewportSize(SIZES[1]!);
    await tid('nav-compare').click();
    await tid('pool-row').first().click();
    const boxes = app.page.locator('[data-testid^="select-"]');
    await boxes.first().waitFor();
    for (let i = 0; i < 4; i++) await boxes.nth(i).click();
    await tid('compare-button').click();
    for (const size of SIZES) {
      await app.page.setViewportSize(size);
      await tid('compare-table').waitFor();
      await app.screenshot(`projector-compare-${size.width}x${size.height}`);
      expect(await overflowX(), `overflow at ${size.width}`).toBeLessThanOrEqual(0);
      expect(await clippedHeaderButtons(), `header at ${size.width}`).toEqual([]);
    }
  });
});
