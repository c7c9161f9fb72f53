import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, type HarnessApp } from './harness';
import { DEMO_PASSPHRASE } from '../../electron/demo/constants';
import { listSidang } from '../../electron/session/sidang-store';

/**
 * Issue 15: the session chooses how much the projector shows. Opening a session puts it in focus; its
 * level is in the header and every projected screen (requests, pool, comparison) follows it.
 */
describe('redaction level on the projector', () => {
  let app: HarnessApp;
  beforeAll(async () => {
    app = await launchApp({ now: () => new Date('2026-11-23T03:00:00.000Z'), viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
  });
  const tid = (id: string) => app.page.getByTestId(id);
  const firstNip = () => app.page.locator('[data-testid="request-row"] [data-nip]').first().textContent();

  it('sets ketat on a session (one audit entry) and the header says so', async () => {
    await tid('passphrase').fill(DEMO_PASSPHRASE);
    await tid('open-demo').click();
    await tid('nav-session').waitFor({ timeout: 60_000 });
    expect(await tid('redaction-badge').getAttribute('data-redaksi')).toBe('standar');
    const draf = listSidang(app.ctx.dataset().db).find((s) => s.status === 'draf')!;
    await tid('nav-session').click();
    await tid(`session-open-${draf.nomor}`).click();
    await tid('redaction-control').getByText('Ketat', { exact: true }).click();
    await expect.poll(() => tid('redaction-badge').getAttribute('data-redaksi')).toBe('ketat');
    expect(await tid('redaction-badge').getAttribute('aria-label')).toContain(draf.nomor);
    expect(listSidang(app.ctx.dataset().db).find((s) => s.id === draf.id)!.redaksi).toBe('ketat');
    const acts = app.ctx.dataset().db.all<{ n: number }>("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'session.redaksi'");
    expect(acts[0]!.n).toBe(1);
    await tid('projector-switch').click({ force: true });
    await app.screenshot('redaction-01-session-ketat');
  });

  it('ketat: the request list shows the serial only, the pool no score, JPM or SKP, the comparison no SKP or JPM rows', async () => {
    await tid('nav-requests').click();
    await tid('request-row').first().waitFor();
    await expect.poll(firstNip).toMatch(/^•{8} •{6} • \d{3}$/);
    await app.screenshot('redaction-02-requests-ketat');
    await tid('nav-compare').click();
    await tid('pool-row').first().click();
    await tid('candidate-row').first().waitFor();
    expect(await app.page.locator('[data-testid^="score-"]').count()).toBe(0);
    const head = await tid('ranking-table').locator('thead').textContent();
    expect(head).not.toContain('JPM');
    expect(head).not.toContain('SKP');
    const boxes = app.page.locator('[data-testid^="select-"]');
    for (let i = 0; i < 2; i++) await boxes.nth(i).click();
    await tid('compare-button').click();
    await tid('compare-table').waitFor();
    await tid('row-pangkat').waitFor();
    expect(await app.page.locator('[data-testid="row-jpm"], [data-testid^="row-skp."], [data-testid^="row-kompetensi."]').count()).toBe(0);
    const rule = (await tid('row-aturan.ketidakhadiran').locator('td').first().textContent())!;
    expect(['Memenuhi', 'Tidak memenuhi', 'Perlu perhatian', 'Tidak berlaku']).toContain(rule.trim());
    await app.screenshot('redaction-03-comparison-ketat');
  });

  it('standar again: the birth year is back in the masked NIP', async () => {
    await tid('nav-session').click();
    const draf = listSidang(app.ctx.dataset().db).find((s) => s.status === 'draf')!;
    await tid(`session-open-${draf.nomor}`).click();
    await tid('redaction-control').getByText('Standar', { exact: true }).click();
    await expect.poll(() => tid('redaction-badge').getAttribute('data-redaksi')).toBe('standar');
    await tid('nav-requests').click();
    await tid('request-row').first().waitFor();
    await expect.poll(firstNip).toMatch(/^\d{4}•{4} •{6} • \d{3}$/);
  });
});
