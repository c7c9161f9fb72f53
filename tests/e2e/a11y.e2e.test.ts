import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, type HarnessApp } from './harness';
import { auditScreen, describeFindings, type AxeFinding } from './axe-audit';
import { DEMO_PASSPHRASE } from '../../electron/demo/constants';

/**
 * Issue 15: axe-core on every screen of the demo dataset, reached as a user reaches it. Serious
 * and critical WCAG 2 A/AA violations fail the test; moderate/minor ones are printed.
 */
/**
 * Violations in files another engineer owns right now, reported to the integrator with their fix;
 * the integrator removes an entry when the fix lands. A stale entry fails the last test.
 */
const REPORTED_ELSEWHERE: { rule: string; targets: string[]; fix: string }[] = [];
const used = new Set<string>();

function unreported(findings: AxeFinding[]): AxeFinding[] {
  return findings.filter((f) => {
    const known = REPORTED_ELSEWHERE.find((k) => k.rule === f.rule && f.targets.every((t) => k.targets.some((s) => t.includes(s))));
    if (known) used.add(known.rule);
    return !known;
  });
}

describe('accessibility: axe-core on every screen', () => {
  let app: HarnessApp;
  const tid = (id: string) => app.page.getByTestId(id);
  const audit = async (screen: string) => {
    const found = describeFindings(unreported(await auditScreen(app.page, screen)));
    if (found) console.log(found);
    expect.soft(found).toBe('');
  };

  beforeAll(async () => {
    app = await launchApp({ now: () => new Date('2026-11-23T03:00:00.000Z') });
  }, 90_000);
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
  });

  it('unlock screen', async () => {
    await tid('open-demo').waitFor();
    await audit('unlock');
    await tid('create-dataset').click();
    await tid('create-passphrase').fill('kopi-tubruk Sungai Serut 7');
    await audit('create dataset dialog');
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('dialog').waitFor({ state: 'detached' });
    await tid('passphrase').fill(DEMO_PASSPHRASE);
    await tid('open-demo').click();
    await tid('request-row').first().waitFor({ timeout: 60_000 });
  });

  it('request list', async () => {
    await audit('request list');
  });

  it('request detail drawer', async () => {
    await tid('request-row').first().click();
    await expect.poll(async () => (await tid('request-drawer').textContent()) ?? '', { timeout: 10_000 }).toContain('Jabatan yang dimohon');
    await audit('request detail');
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('comparison', async () => {
    await tid('nav-compare').click();
    await tid('pool-row').first().waitFor();
    await audit('pool list');
    await tid('pool-row').first().click();
    await tid('candidate-row').first().waitFor();
    await audit('pool');
    const boxes = app.page.locator('[data-testid^="select-"]');
    for (let i = 0; i < 3; i++) await boxes.nth(i).click();
    await tid('compare-button').click();
    await tid('compare-table').waitFor();
    await audit('comparison');
  });

  it('session list', async () => {
    await tid('nav-session').click();
    await tid('session-row').first().waitFor();
    await audit('session list');
  });

  it('session detail with an agenda item', async () => {
    await app.page.locator('[data-testid^="session-open-"]').first().click();
    await tid('agenda-item-1').click();
    await tid('agenda-item-panel').waitFor();
    await audit('session detail');
  });

  it('documents', async () => {
    await tid('nav-documents').click();
    await tid('doc-preview').waitFor({ timeout: 30_000 });
    await audit('documents');
  });

  it('verification', async () => {
    await tid('doc-tab-verifikasi').click();
    await tid('doc-verify-choose').waitFor();
    await audit('verification');
  });

  it('intake', async () => {
    await tid('nav-intake').click();
    await app.page.getByRole('main').getByRole('heading').first().waitFor();
    await audit('intake');
  });

  it('review', async () => {
    await tid('nav-review').click();
    await tid('review-members').waitFor();
    await audit('review');
  });

  it('talent pool and succession plans', async () => {
    await tid('nav-talent').click();
    await tid('talent-box-counts').waitFor({ timeout: 30_000 });
    await audit('talent pool');
    await tid('talent-tab-suksesi').click();
    await tid('talent-key-posts').waitFor({ timeout: 30_000 });
    await audit('succession plans');
    await tid('talent-key-posts').getByRole('button').first().click();
    await tid('talent-plan-editor').waitFor({ timeout: 30_000 });
    await audit('succession plan editor');
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('lists no reported violation that is gone', () => {
    expect(REPORTED_ELSEWHERE.map((k) => k.rule).filter((r) => !used.has(r))).toEqual([]);
  });
});
