import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, type HarnessApp } from './harness';
import { DEMO_PASSPHRASE } from '../../electron/demo/constants';
import { listSidang } from '../../electron/session/sidang-store';
import { getDraft } from '../../electron/drafts/store';
import { loadSessionRecord } from '../../electron/session/session-record';

/**
 * Issue 15, "nothing typed is lost": a rationale typed on the second agenda item survives lock/unlock and a
 * reload, and the app comes back to the same screen and item; leaving with unsaved input asks first.
 */
const RATIONALE = 'Rekam jejak calon sesuai kebutuhan jabatan; draf alasan yang belum dicatat.';

describe('drafts survive lock, unlock and reload', () => {
  let app: HarnessApp;
  let itemId = '';
  beforeAll(async () => {
    app = await launchApp({ now: () => new Date('2026-11-23T03:00:00.000Z') });
  });
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
  });
  const tid = (id: string) => app.page.getByTestId(id);
  const draftInMain = () => (app.ctx.current && !app.ctx.current.locked ? getDraft(app.ctx.dataset().db, `keputusan:${itemId}`) : null) ?? '';

  async function backOnTheItem() {
    await tid('session-nomor').waitFor({ timeout: 90_000 });
    await expect.poll(() => tid('agenda-item-2').getAttribute('aria-current')).toBe('true');
    await expect.poll(() => tid('decision-alasan').inputValue()).toBe(RATIONALE);
  }

  it('types a rationale on item 2: the draft is in main, not yet a decision', async () => {
    await tid('passphrase').fill(DEMO_PASSPHRASE);
    await tid('open-demo').click();
    await tid('nav-session').waitFor({ timeout: 60_000 });
    const draf = listSidang(app.ctx.dataset().db).find((s) => s.status === 'draf')!;
    itemId = loadSessionRecord(app.ctx.dataset().db, draf.id).items.find((i) => i.urutan === 2)!.id;
    await tid('nav-session').click();
    await tid(`session-open-${draf.nomor}`).click();
    await tid('agenda-item-2').click();
    await tid('decision-alasan').fill(RATIONALE);
    await expect.poll(() => draftInMain().includes(RATIONALE)).toBe(true);
    expect(loadSessionRecord(app.ctx.dataset().db, draf.id).items.find((i) => i.id === itemId)!.keputusan).toBeNull();
  });

  it('lock, unlock: the same screen, item and text', { timeout: 150_000 }, async () => {
    await tid('lock-button').click();
    await tid('passphrase').fill(DEMO_PASSPHRASE);
    await tid('open-button').click();
    await backOnTheItem();
    await app.screenshot('drafts-01-after-unlock');
  });

  it('reload: the same screen, item and text', async () => {
    await app.page.reload();
    await backOnTheItem();
  });

  it('leaving the screen with the unsaved rationale asks first', async () => {
    await tid('nav-requests').click();
    await tid('leave-stay').waitFor();
    await app.screenshot('drafts-02-leave-confirm');
    await tid('leave-stay').click();
    expect(await tid('decision-alasan').inputValue()).toBe(RATIONALE);
    await tid('nav-requests').click();
    await tid('leave-discard').click();
    await tid('request-row').first().waitFor();
    await expect.poll(draftInMain).toBe('');
  });
});
