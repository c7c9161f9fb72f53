import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, type HarnessApp } from './harness';
import { DEMO_PASSPHRASE } from '../../electron/demo/constants';

/** Issue 15: the shell by keyboard alone — skip link first, then the main navigation with Tab and Enter. */
describe('keyboard: skip link and main navigation', () => {
  let app: HarnessApp;
  const tid = (id: string) => app.page.getByTestId(id);
  const focused = () => app.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.dataset.testid ?? el?.id ?? el?.tagName ?? '';
  });

  /** Presses Tab (Shift+Tab with `back`) until `testId` has focus; fails after `limit` presses. */
  async function tabTo(testId: string, back = false, limit = 40) {
    for (let i = 0; i < limit; i++) {
      await app.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      if (await focused() === testId) return;
    }
    throw new Error(`${testId} not reached in ${limit} Tab presses (now on ${await focused()})`);
  }

  beforeAll(async () => {
    app = await launchApp({ now: () => new Date('2026-11-23T03:00:00.000Z') });
    // The unlock screen by keyboard too: the passphrase field has focus, Tab reaches the demo button.
    await tid('passphrase').waitFor();
    await app.page.keyboard.type(DEMO_PASSPHRASE);
    await tabTo('open-demo');
    await app.page.keyboard.press('Enter');
    await tid('request-row').first().waitFor({ timeout: 60_000 });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
  });

  it('the first Tab reaches the skip link, shown on focus; Enter moves focus to main', async () => {
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const box = async () => (await tid('skip-link').boundingBox())!;
    expect((await box()).y + (await box()).height).toBeLessThanOrEqual(0); // hidden until focused
    await app.page.keyboard.press('Tab');
    expect(await focused()).toBe('skip-link');
    await expect.poll(async () => (await box()).y).toBeGreaterThanOrEqual(0);
    expect(await tid('skip-link').textContent()).toBe('Lewati ke konten utama');
    await app.page.keyboard.press('Enter');
    expect(await focused()).toBe('main-content');
    await app.screenshot('keyboard-01-skip-link');
  });

  it('reaches each main navigation entry with Tab and opens it with Enter', async () => {
    // From main (where the skip link left focus) back into the navigation, then along it.
    const route = [['nav-session', 'session-row', true], ['nav-documents', 'doc-preview', false],
      ['nav-compare', 'pool-row', true], ['nav-requests', 'request-row', true]] as const;
    for (const [nav, shown, back] of route) {
      await tabTo(nav, back);
      await app.page.keyboard.press('Enter');
      await tid(shown).first().waitFor({ timeout: 30_000 });
      expect(await tid(nav).getAttribute('aria-current')).toBe('page');
    }
  });

  it('the navigation is a labelled landmark', async () => {
    const names = await app.page.getByRole('navigation', { name: 'Navigasi utama' }).locator('[data-testid^="nav-"]').allTextContents();
    expect(names).toEqual(['Daftar Permohonan', 'Musyawarah', 'Sidang', 'Dokumen', 'Telaah', 'Impor Data', 'Jejak Audit', 'Laporan', 'Talenta']);
  });
});
