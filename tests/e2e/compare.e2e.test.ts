import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, type HarnessApp } from './harness';
import { DEMO_PASSPHRASE } from '../../electron/demo/constants';
import { formatNip } from '../../shared/domain/nip';
import { formatTanggal } from '../../shared/format/tanggal';

/** Issue 4 end to end on the demo city: pools, a pool, 4 side by side, a weight, projector mode. */
describe('compare: deliberation workspace', () => {
  let app: HarnessApp;
  let jabatanId = '';
  let picked: string[] = [];
  const body = () => app.page.textContent('body').then((t) => t ?? '');
  const personal = (nip: string) => app.ctx.dataset().db.first<{ alamat: string; telepon: string; tanggal_lahir: string }>('SELECT alamat, telepon, tanggal_lahir FROM pegawai WHERE nip = ?', [nip])!;
  const columnOrder = () => app.page.locator('[data-testid^="col-"][data-col]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(4)));

  beforeAll(async () => {
    app = await launchApp({ now: () => new Date('2026-11-23T02:00:00Z'), viewport: { width: 1600, height: 1000 } });
    await app.page.getByTestId('passphrase').fill(DEMO_PASSPHRASE);
    await app.page.getByTestId('open-demo').click();
    await app.page.getByTestId('nav-compare').waitFor({ timeout: 60_000 });
  }, 90_000);
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
  });

  it('lists the posts with requests and searches them', async () => {
    await app.page.getByTestId('nav-compare').click();
    await app.page.getByTestId('pool-row').first().waitFor();
    const rows = app.page.getByTestId('pool-row');
    const total = await rows.count();
    expect(total).toBeGreaterThan(5);
    jabatanId = (await rows.first().getAttribute('data-jabatan-id'))!;
    await app.screenshot('compare-01-pools');
    const firstName = (await rows.first().locator('td').first().textContent())!;
    await app.page.getByTestId('pool-search').fill(firstName.slice(0, 12));
    await expect.poll(() => rows.count()).toBeLessThan(total);
    expect(await rows.first().textContent()).toContain(firstName.slice(0, 12));
  });

  it('opens a pool: ranked candidates apart from the ineligible, each with a score', async () => {
    await app.page.locator(`[data-testid="pool-row"][data-jabatan-id="${jabatanId}"]`).click();
    await app.page.getByTestId('pool-title').waitFor();
    const candidates = app.page.getByTestId('candidate-row');
    await candidates.first().waitFor();
    expect(await candidates.count()).toBeGreaterThanOrEqual(4);
    expect(await app.page.locator('[data-testid^="score-"]').count()).toBe(await candidates.count());
    await app.screenshot('compare-02-pool');
    await app.page.getByTestId('tab-ninebox').click();
    await app.page.getByTestId('ninebox').waitFor();
    for (const box of [1, 2, 3, 4, 5, 6, 7, 8, 9]) await app.page.getByTestId(`ninebox-${box}`).waitFor();
    await app.screenshot('compare-03-ninebox');
    // A name in the matrix opens the comparison (with the top-ranked candidate when nothing is selected).
    await app.page.locator('[data-testid^="ninebox-pick-"]').first().click();
    await app.page.getByTestId('compare-table').waitFor();
    expect((await columnOrder()).length).toBe(2);
    await app.page.getByTestId('compare-back').click();
    await app.page.getByTestId('tab-rules').waitFor();
    await app.page.getByTestId('tab-rules').click();
    await app.page.getByTestId('rule-ketidakhadiran').waitFor();
    expect(await app.page.getByTestId('rules-panel').textContent()).toContain('PP 94/2021');
    await app.screenshot('compare-04-rules');
    await app.page.getByTestId('tab-ranking').click();
  });

  it('compares 4 candidates side by side with the best value marked', async () => {
    const boxes = app.page.locator('[data-testid^="select-"]');
    await boxes.first().waitFor();
    for (let i = 0; i < 4; i++) await boxes.nth(i).click();
    await app.page.getByTestId('compare-button').click();
    await app.page.getByTestId('compare-table').waitFor();
    picked = await columnOrder();
    expect(picked).toHaveLength(4);
    for (const id of ['row-pangkat', 'row-jpm', 'row-jarakTujuan', 'row-aturan.ketidakhadiran', 'row-rincianTarget', 'row-absenBerturut']) {
      await app.page.getByTestId(id).waitFor();
    }
    expect(await app.page.locator('td[data-best]').count()).toBeGreaterThan(0);
    await app.page.getByTestId('competency-chart').waitFor();
    await app.page.getByTestId('domicile-map').waitFor();
    await app.screenshot('compare-05-comparison');
  });

  it('changing a weight re-scores live; columns move by button and keyboard; rows hide', async () => {
    const scoreOf = (nip: string) => app.page.getByTestId(`cmp-score-${nip}`).locator('[data-score]').getAttribute('data-score').then(Number);
    const before = await Promise.all(picked.map(scoreOf));
    await app.page.getByTestId('weight-kompetensi').fill('0');
    await app.page.getByTestId('weight-domisili').fill('100');
    await expect.poll(async () => (await Promise.all(picked.map(scoreOf))).join(',')).not.toBe(before.join(','));
    await app.screenshot('compare-06-weight-changed');

    await app.page.getByTestId(`col-right-${picked[0]}`).click();
    expect(await columnOrder()).toEqual([picked[1], picked[0], picked[2], picked[3]]);
    await app.page.getByTestId(`col-${picked[3]}`).focus();
    await app.page.keyboard.press('Alt+ArrowLeft');
    expect(await columnOrder()).toEqual([picked[1], picked[0], picked[3], picked[2]]);
    await app.page.getByTestId(`col-${picked[1]}`).dragTo(app.page.getByTestId(`col-${picked[2]}`));
    expect(await columnOrder()).toEqual([picked[0], picked[3], picked[2], picked[1]]);

    await app.page.getByTestId('hide-row-usia').click();
    expect(await app.page.getByTestId('row-usia').count()).toBe(0);
    await app.page.getByTestId('show-hidden-rows').click();
    await app.page.getByTestId('row-usia').waitFor();
  });

  it('projector mode hides full NIPs, addresses and phones, and enlarges the type', async () => {
    const text = await body();
    const p = personal(picked[0]!);
    expect(text).toContain(formatNip(picked[0]!));
    expect(text).toContain(p.alamat);
    await app.page.getByTestId('projector-switch').click({ force: true });
    await expect.poll(() => app.page.evaluate(() => document.documentElement.dataset.projector)).toBe('true');
    const redacted = await body();
    for (const nip of picked) {
      const x = personal(nip);
      expect(redacted).not.toContain(formatNip(nip));
      expect(redacted).not.toContain(nip);
      expect(redacted).not.toContain(x.alamat);
      if (x.telepon) expect(redacted).not.toContain(x.telepon);
      expect(redacted).not.toContain(formatTanggal(x.tanggal_lahir)); // nor the birth date the mask hides
    }
    expect(redacted).toContain('Kec. ');
    const fontSize = await app.page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(fontSize).toBe('20px');
    await app.screenshot('compare-07-projector');
    await app.page.getByTestId('domicile-map').scrollIntoViewIfNeeded();
    expect(await app.page.getByTestId('domicile-map').textContent()).toContain('lokasi disembunyikan');
    await app.screenshot('compare-07b-projector-map');

    await app.page.getByTestId('compare-back').click();
    await app.page.getByTestId('candidate-row').first().waitFor();
    const poolText = await body();
    const nips = await app.page.getByTestId('candidate-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-nip-row')!));
    for (const nip of nips) {
      expect(poolText).not.toContain(formatNip(nip));
      expect(poolText).not.toContain(personal(nip).alamat);
    }
    await app.screenshot('compare-08-pool-projector');
    await app.page.getByTestId('projector-switch').click({ force: true });
    await expect.poll(() => app.page.evaluate(() => document.documentElement.dataset.projector)).not.toBe('true');
  });

  it('edits a rule value with a reason; the audit trail records it', async () => {
    await app.page.getByTestId('tab-rules').click(); // still in the pool, after the projector step
    const input = app.page.getByTestId('rule-param-absen.berturut');
    await input.fill('8');
    await app.page.getByTestId('rules-reason').fill('Uji e2e: batas lebih ketat');
    await app.page.getByTestId('rules-save').click();
    await expect.poll(async () => (await app.page.getByTestId('rules-message').textContent()) ?? '').toContain('dicatat di jejak audit');
    const row = app.ctx.dataset().db.first<{ payload: string; actor: string }>(
      "SELECT payload, actor FROM audit_log WHERE action = 'compare.ubahAturan' ORDER BY seq DESC LIMIT 1")!;
    expect(row.actor).toBe('e2e');
    expect(JSON.parse(row.payload)).toEqual({ perubahan: [{ key: 'absen.berturut', dari: 10, ke: 8 }], alasan: 'Uji e2e: batas lebih ketat' });
    await app.screenshot('compare-09-rule-changed');
    await app.page.getByTestId('rules-reset').click();
    await expect.poll(() => app.ctx.dataset().db.value<string>("SELECT value FROM meta WHERE key = 'compare.aturan'")).toBe('{}');
  });

  it('opens a pool straight from the request drawer', async () => {
    await app.page.getByTestId('nav-requests').click();
    await app.page.getByTestId('request-row').first().click();
    const drawer = app.page.getByTestId('request-drawer');
    await drawer.getByText('Bandingkan di musyawarah').first().click();
    await app.page.getByTestId('pool-title').waitFor();
    await app.page.getByTestId('candidate-row').first().waitFor();
  });

  it('speaks English when switched', async () => {
    await app.page.getByText('EN', { exact: true }).click();
    await expect.poll(() => app.page.getByTestId('tab-ninebox').textContent()).toBe('9-box matrix');
    expect(await body()).toContain('Eligible or needing attention');
    await app.screenshot('compare-10-english');
    await app.page.getByText('ID', { exact: true }).click();
  });
});
