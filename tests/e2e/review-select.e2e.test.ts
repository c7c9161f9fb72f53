import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, type HarnessApp } from './harness';
import { DEMO_PASSPHRASE } from '../../electron/demo/constants';
import { listSidang } from '../../electron/session/sidang-store';

/** Issue 15 (bug): on the review screen, choosing the session already selected cleared the choice. */
describe('review screen: the session choice', () => {
  let app: HarnessApp;
  beforeAll(async () => {
    app = await launchApp({ now: () => new Date('2026-11-23T03:00:00.000Z') });
  });
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
  });
  const tid = (id: string) => app.page.getByTestId(id);

  it('choosing the selected session again keeps it selected', async () => {
    await tid('passphrase').fill(DEMO_PASSPHRASE);
    await tid('open-demo').click();
    await tid('nav-review').click({ timeout: 60_000 });
    // The screen opens with the first session already chosen; choosing it again must not clear it.
    await tid('review-members').waitFor({ timeout: 60_000 });
    const shown = await tid('review-session-select').inputValue();
    const nomor = listSidang(app.ctx.dataset().db).map((x) => x.nomor).find((n) => shown.startsWith(n))!;
    expect(nomor).toBeTruthy();
    await tid('review-session-select').click();
    await app.page.getByRole('option', { name: shown }).click();
    await expect.poll(() => tid('review-session-select').inputValue()).toBe(shown);
    expect(await tid('review-import').isEnabled()).toBe(true);
    await tid('review-members').waitFor();
  });
});
