import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, type HarnessApp } from './harness';
import { DEMO_PASSPHRASE } from '../../electron/demo/constants';

/** Issue 16: the equity dashboard on the demo, in Bahasa Indonesia and English. */
describe('equity dashboard', () => {
  let app: HarnessApp;

  beforeAll(async () => {
    app = await launchApp({ now: () => new Date('2026-11-23T03:00:00Z'), viewport: { width: 1400, height: 1000 } });
    await app.page.getByTestId('passphrase').fill(DEMO_PASSPHRASE);
    await app.page.getByTestId('open-demo').click();
    await app.page.getByTestId('nav-report').waitFor({ timeout: 30_000 });
  });
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
  });

  it('shows overall figures, a chart and the suppressed cohort table', async () => {
    const db = app.ctx.dataset().db;
    await app.page.getByTestId('nav-report').click();
    await app.page.getByTestId('report-overall').waitFor();
    expect(await app.page.getByTestId('overall-permohonan').textContent()).toBe(String(db.value<number>('SELECT COUNT(*) FROM permohonan')));
    await app.page.getByTestId('report-chart').waitFor();
    const female = await app.page.getByTestId('cohort-P').textContent();
    expect(female).toContain('Perempuan');
    expect(female).toContain(String(db.value<number>("SELECT COUNT(*) FROM permohonan r JOIN pegawai g ON g.nip = r.nip WHERE g.jenis_kelamin = 'P'")));
    expect(await app.page.getByTestId('report-table').textContent()).toContain('< 5');
    await app.screenshot('report-01-gender-id');
    await app.page.getByTestId('report-tab-alasan').click();
    await app.page.getByTestId('cohort-dekat_domisili').waitFor();
    await app.screenshot('report-02-alasan-id');
  });

  it('filters by session', async () => {
    const db = app.ctx.dataset().db;
    const s = db.first<{ id: string; nomor: string }>("SELECT id, nomor FROM sidang WHERE nomor = '800/09/BPJ/2026'")!;
    const n = db.value<number>('SELECT COUNT(DISTINCT permohonan_id) FROM agenda_item WHERE sidang_id = ?', [s.id])!;
    await app.page.getByTestId('report-sidang').click();
    await app.page.getByRole('option', { name: new RegExp(s.nomor.replace(/\//g, '\\/')) }).click();
    await expect.poll(() => app.page.getByTestId('overall-permohonan').textContent()).toBe(n < 5 ? '< 5' : String(n));
  });

  it('speaks English', async () => {
    await app.page.getByRole('button', { name: 'Hapus filter' }).click();
    await app.page.getByText('EN', { exact: true }).click();
    await app.page.getByText('Equity and performance report').waitFor();
    await app.page.getByTestId('report-tab-gender').click();
    expect(await app.page.getByTestId('cohort-P').textContent()).toContain('Female');
    await app.screenshot('report-03-gender-en');
    await app.page.getByTestId('report-tab-eselon').click();
    await app.page.getByTestId('cohort-nonstruktural').waitFor();
    expect(await app.page.getByTestId('cohort-nonstruktural').textContent()).toContain('Staff / functional');
    await app.screenshot('report-04-eselon-en');
  });
});
