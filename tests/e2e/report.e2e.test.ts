import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeBrowser, launchApp, type HarnessApp } from './harness';
import { DEMO_PASSPHRASE } from '../../electron/demo/constants';
import { DIMENSIONS } from '../../shared/report/schemas';

/**
 * Issue 16: the equity dashboard on the demo, every view in Bahasa Indonesia and English, its PDF;
 * masukan masyarakat imported on the intake screen and shown on the comparison.
 */
describe('equity dashboard', () => {
  let app: HarnessApp;

  const dashboardViews = async (lang: string) => {
    await app.page.getByTestId('nav-report').click();
    await app.page.getByTestId('report-overall').waitFor();
    for (const [i, dim] of DIMENSIONS.entries()) {
      await app.page.getByTestId(`report-tab-${dim}`).click();
      await app.page.locator('[data-testid="report-table"]:visible').waitFor();
      await app.screenshot(`report-1${i}-${dim}-${lang}`);
    }
  };

  /** A post with at least two applicants, one of them with feedback in the demo (draft session's agenda). */
  const poolWithFeedback = () => app.ctx.dataset().db.first<{ jabatan_id: string; nama: string; nip: string; other: string }>(
    `SELECT * FROM (SELECT p.jabatan_id, j.nama, r.nip, (SELECT COUNT(*) FROM masukan m WHERE m.nip = r.nip) AS n,
       (SELECT r2.nip FROM permohonan_pilihan p2 JOIN permohonan r2 ON r2.id = p2.permohonan_id
        WHERE p2.jabatan_id = p.jabatan_id AND r2.nip <> r.nip ORDER BY r2.nip LIMIT 1) AS other
     FROM permohonan_pilihan p JOIN permohonan r ON r.id = p.permohonan_id JOIN jabatan j ON j.id = p.jabatan_id
     WHERE r.nip IN (SELECT nip FROM masukan)) WHERE other IS NOT NULL ORDER BY n DESC, jabatan_id LIMIT 1`,
  )!;

  const openComparison = async (lang: string) => {
    const pool = poolWithFeedback();
    await app.page.getByTestId('nav-compare').click();
    await app.page.getByTestId('pool-search').fill(pool.nama);
    await app.page.locator(`[data-testid="pool-row"][data-jabatan-id="${pool.jabatan_id}"]`).click();
    await app.page.getByTestId(`select-${pool.nip}`).click();
    await app.page.getByTestId(`select-${pool.other}`).click();
    await app.page.getByTestId('compare-button').click();
    const section = app.page.getByTestId(`compare-masukan-${pool.nip}`);
    await section.locator('[data-testid="masukan-item"]').first().waitFor();
    const n = app.ctx.dataset().db.value<number>('SELECT COUNT(*) FROM masukan WHERE nip = ?', [pool.nip])!;
    expect(await section.locator('[data-testid="masukan-item"]').count()).toBe(n);
    await section.scrollIntoViewIfNeeded();
    await app.screenshot(`report-30-compare-masukan-${lang}`);
    return { pool, section };
  };

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

  it('shows every view of the dashboard in Bahasa Indonesia', async () => {
    await app.page.getByRole('button', { name: 'Hapus filter' }).click();
    await dashboardViews('id');
  });

  it('saves the dashboard as a PDF with the figures on screen', async () => {
    const path = join(app.userDataDir, 'laporan-e2e.pdf');
    app.saveDialogAnswers.push(path);
    await app.page.getByTestId('report-save-pdf').click();
    await app.page.getByTestId('report-pdf-notice').waitFor();
    expect(await app.page.getByTestId('report-pdf-notice').textContent()).toContain(path);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    const total = await app.page.getByTestId('overall-permohonan').textContent();
    expect(text).toMatch(new RegExp(`Keseluruhan\\s+${total}\\s`));
  });

  it('imports masukan masyarakat on the intake screen: problems by row first, then the clean file', async () => {
    const db = app.ctx.dataset().db;
    const nip = db.value<string>('SELECT nip FROM permohonan WHERE nip NOT IN (SELECT nip FROM masukan) ORDER BY id LIMIT 1')!;
    const bad = join(app.userDataDir, 'masukan-salah.csv');
    writeFileSync(bad, `Tanggal;NIP;Masukan\n2026-11-20;${nip};Pelayanan cepat.\n2026-11-20;199001012020011999;Tidak dikenal\n40/11/2026;${nip};Tanggal salah\n`);
    app.openDialogAnswers.push(bad);
    await app.page.getByTestId('nav-intake').click();
    await app.page.getByTestId('masukan-choose').click();
    await app.page.getByTestId('masukan-problems').waitFor();
    expect(await app.page.getByTestId('masukan-problems').textContent()).toContain('tidak ada dalam dataset');
    await app.page.getByTestId('masukan-import').scrollIntoViewIfNeeded();
    await app.screenshot('report-20-masukan-problems-id');
    const good = join(app.userDataDir, 'masukan.csv');
    writeFileSync(good, `Tanggal;NIP;Masukan\n2026-11-20;${nip};Pelayanan cepat.\n`);
    app.openDialogAnswers.push(good);
    await app.page.getByTestId('masukan-choose').click();
    await app.page.getByTestId('masukan-done').waitFor();
    expect(db.value<number>('SELECT COUNT(*) FROM masukan WHERE nip = ?', [nip])).toBe(1);
    await app.screenshot('report-21-masukan-done-id');
  });

  it('shows masukan masyarakat per candidate on the comparison', async () => {
    const { section } = await openComparison('id');
    expect(await section.textContent()).toMatch(/Masukan masyarakat \(\d+\)/);
  });

  it('speaks English', async () => {
    await app.page.getByTestId('nav-report').click();
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

  it('shows every view of the dashboard, the comparison and the import in English', async () => {
    await dashboardViews('en');
    const { section } = await openComparison('en');
    expect(await section.textContent()).toMatch(/Public feedback \(\d+\)/);
    await app.page.getByTestId('nav-intake').click();
    await app.page.getByTestId('masukan-import').scrollIntoViewIfNeeded();
    expect(await app.page.getByTestId('masukan-import').textContent()).toContain('Public feedback');
    await app.screenshot('report-31-masukan-import-en');
  });
});
