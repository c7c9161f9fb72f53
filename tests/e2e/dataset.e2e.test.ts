import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { closeBrowser, launchApp, type HarnessApp } from './harness';
import { DEMO_PASSPHRASE } from '../../electron/demo/constants';

/** Issue 2's end-to-end path: open the demo, the error messages, search and filter the list. */
describe('dataset: open, errors, request list', () => {
  let app: HarnessApp;
  const tmp = mkdtempSync(join(tmpdir(), 'bpj-e2e-files-'));

  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
  });

  async function openChosenFile(path: string, passphrase: string) {
    app.openDialogAnswers.push(path);
    await app.page.getByTestId('choose-file').click();
    await expect.poll(() => app.page.getByTestId('chosen-file').textContent()).toBe(basename(path));
    await app.page.getByTestId('passphrase').fill(passphrase);
    await app.page.getByTestId('open-button').click();
  }

  it('shows the unlock screen first', async () => {
    await app.page.getByTestId('open-demo').waitFor();
    expect(await app.page.textContent('body')).toContain('Buka dataset demo');
    await app.screenshot('dataset-01-unlock');
  });

  it('says the passphrase is wrong, in place, and stays on the unlock screen', async () => {
    await app.page.getByTestId('passphrase').fill('bukan-sandinya');
    await app.page.getByTestId('open-demo').click();
    const error = app.page.getByTestId('unlock-error');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toContain('Frasa sandi salah');
    expect(app.ctx.current).toBeNull();
    await app.screenshot('dataset-02-wrong-passphrase');
  });

  it('says a damaged file is damaged, and a non-dataset is not a dataset', async () => {
    const demo = readFileSync(resolve('resources/demo.bpj'));
    const corrupt = Buffer.from(demo);
    corrupt[corrupt.length - 100] = corrupt[corrupt.length - 100]! ^ 0xff;
    const corruptPath = join(tmp, 'rusak.bpj');
    writeFileSync(corruptPath, corrupt);
    await openChosenFile(corruptPath, DEMO_PASSPHRASE);
    const error = app.page.getByTestId('unlock-error');
    await expect.poll(async () => (await error.textContent()) ?? '', { timeout: 20_000 }).toContain('Isi dataset rusak');
    expect(app.ctx.current).toBeNull();
    await app.screenshot('dataset-03-corrupt-file');

    const notBpj = join(tmp, 'catatan.bpj');
    writeFileSync(notBpj, 'Ini hanya catatan rapat, bukan dataset.');
    await openChosenFile(notBpj, DEMO_PASSPHRASE);
    await expect.poll(async () => (await error.textContent()) ?? '').toContain('bukan dataset Baperjakat');
  });

  it('opens the demo with the right passphrase and lists every request', async () => {
    await app.page.getByTestId('passphrase').fill(DEMO_PASSPHRASE);
    await app.page.getByTestId('open-demo').click();
    await app.page.getByTestId('request-list').waitFor({ timeout: 30_000 });
    await app.page.getByTestId('request-row').first().waitFor();
    const total = app.ctx.dataset().db.value<number>('SELECT COUNT(*) FROM permohonan')!;
    expect(total).toBeGreaterThan(100);
    await expect.poll(() => app.page.getByTestId('request-count').textContent()).toBe(`${total} dari ${total} permohonan`);
    await app.screenshot('dataset-04-request-list');
  });

  it('searches by name and by NIP', async () => {
    const db = app.ctx.dataset().db;
    const someone = db.first<{ nama: string; nip: string }>(
      'SELECT p.nama, p.nip FROM permohonan r JOIN pegawai p ON p.nip = r.nip ORDER BY r.id LIMIT 1',
    )!;
    const firstName = someone.nama.split(' ')[0]!;
    const expected = db.value<number>(
      "SELECT COUNT(*) FROM permohonan r JOIN pegawai p ON p.nip = r.nip WHERE p.nama LIKE ? OR p.gelar_belakang LIKE ?",
      [`%${firstName}%`, `%${firstName}%`],
    )!;
    // The search is debounced: poll the list itself until every row shown matches, never a fixed wait.
    const rowsShown = () => app.page.getByTestId('request-row').allTextContents();
    await app.page.getByTestId('request-search').fill(firstName);
    await expect.poll(() => app.page.getByTestId('request-count').textContent()).toMatch(new RegExp(`^${expected} dari`));
    await expect.poll(async () => (await rowsShown()).filter((n) => !n.toLowerCase().includes(firstName.toLowerCase())))
      .toEqual([]);

    await app.page.getByTestId('request-search').fill(someone.nip.slice(0, 14));
    // The NIP is printed grouped "yyyymmdd yyyymm s nnn".
    const nipRows = async () => (await rowsShown()).map((r) => r.replace(/\s/g, ''));
    await expect.poll(async () => {
      const rows = await nipRows();
      return rows.length > 0 && rows.every((r) => r.includes(someone.nip.slice(0, 14)));
    }).toBe(true);
    await app.screenshot('dataset-05-search');
    await app.page.getByTestId('request-search').fill('');
  });

  it('filters by status and kecamatan, and the counts agree with the data', async () => {
    const db = app.ctx.dataset().db;
    const kec = db.value<string>(
      'SELECT p.kecamatan FROM permohonan r JOIN pegawai p ON p.nip = r.nip GROUP BY p.kecamatan ORDER BY COUNT(*) DESC LIMIT 1',
    )!;
    const expected = db.value<number>(
      "SELECT COUNT(*) FROM permohonan r JOIN pegawai p ON p.nip = r.nip WHERE p.kecamatan = ? AND r.status = 'diajukan'",
      [kec],
    )!;
    const diajukan = db.value<number>("SELECT COUNT(*) FROM permohonan WHERE status = 'diajukan'")!;
    const total = db.value<number>('SELECT COUNT(*) FROM permohonan')!;
    const count = () => app.page.getByTestId('request-count').textContent();
    // Each step waits for the list to settle, so the next filter builds on what is shown.
    await expect.poll(count).toBe(`${total} dari ${total} permohonan`);
    await app.page.getByTestId('filter-status').click();
    await app.page.getByRole('option', { name: 'Diajukan', exact: true }).click();
    await app.page.keyboard.press('Escape');
    await expect.poll(count).toMatch(new RegExp(`^${diajukan} dari`));
    await app.page.getByTestId('filter-kecamatan').click();
    await app.page.getByRole('option', { name: kec, exact: true }).click();
    await app.page.keyboard.press('Escape');
    await expect.poll(count).toMatch(new RegExp(`^${expected} dari`));
    const rows = await app.page.getByTestId('request-row').allTextContents();
    for (const r of rows) {
      expect(r).toContain('Diajukan');
      expect(r).toContain(kec);
    }
    await app.screenshot('dataset-06-filtered');
  });

  it('opens a request in the detail drawer', async () => {
    await app.page.getByTestId('request-row').first().click();
    const drawer = app.page.getByTestId('request-drawer');
    await expect.poll(async () => (await drawer.textContent()) ?? '', { timeout: 10_000 }).toContain('Jabatan yang dimohon');
    expect(await drawer.textContent()).toContain('Pakta mundur');
    await app.screenshot('dataset-07-detail');
    await app.page.keyboard.press('Escape');
  });

  it('filters the requests to stay, shows their kind, and the drawer says they name no post', async () => {
    const db = app.ctx.dataset().db;
    const tetap = db.value<number>("SELECT COUNT(*) FROM permohonan WHERE jenis = 'tetap'")!;
    const total = db.value<number>('SELECT COUNT(*) FROM permohonan')!;
    expect(tetap).toBeGreaterThanOrEqual(3);
    const count = () => app.page.getByTestId('request-count').textContent();
    await app.page.getByRole('button', { name: 'Atur ulang' }).click();
    await expect.poll(count).toBe(`${total} dari ${total} permohonan`);
    await app.page.getByTestId('filter-jenis').getByText('Tetap', { exact: true }).click();
    await expect.poll(count).toBe(`${tetap} dari ${total} permohonan`);
    const kinds = await app.page.getByTestId('request-jenis').allTextContents();
    expect(kinds.length).toBe(tetap);
    expect(new Set(kinds)).toEqual(new Set(['Tetap']));
    await app.screenshot('dataset-10-tetap');
    await app.page.getByTestId('request-row').first().click();
    const drawer = app.page.getByTestId('request-drawer');
    await expect.poll(async () => (await drawer.textContent()) ?? '', { timeout: 10_000 }).toContain('Permohonan tetap pada jabatan saat ini');
    expect(await drawer.getByRole('button', { name: 'Bandingkan di musyawarah' }).count()).toBe(0);
    expect(await drawer.textContent()).toContain('Pakta mundur');
    await app.page.keyboard.press('Escape');
    await app.page.getByTestId('filter-jenis').getByText('Pindah', { exact: true }).click();
    await expect.poll(count).toBe(`${total - tetap} dari ${total} permohonan`);
    expect(new Set(await app.page.getByTestId('request-jenis').allTextContents())).toEqual(new Set(['Pindah']));
    await app.page.getByTestId('filter-jenis').getByText('Semua', { exact: true }).click();
    await expect.poll(count).toBe(`${total} dari ${total} permohonan`);
  });

  it('picks 2 requests for the same post in the list and opens their comparison', async () => {
    const db = app.ctx.dataset().db;
    const post = db.first<{ id: string; nama: string; unit: string }>(
      `SELECT j.id, j.nama, u.nama AS unit FROM permohonan_pilihan pp JOIN jabatan j ON j.id = pp.jabatan_id
       JOIN unit_kerja u ON u.id = j.unit_id GROUP BY j.id HAVING COUNT(DISTINCT pp.permohonan_id) >= 3 ORDER BY j.id LIMIT 1`,
    )!;
    await app.page.getByRole('button', { name: 'Atur ulang' }).click();
    await app.page.getByTestId('filter-target').click();
    await app.page.getByRole('option', { name: `${post.nama} — ${post.unit}`, exact: true }).click();
    await app.page.keyboard.press('Escape');
    await expect.poll(async () => app.page.getByTestId('request-row').count()).toBeGreaterThanOrEqual(3);
    await app.page.getByTestId('request-pick').nth(0).click();
    expect(await app.page.getByTestId('pick-count').textContent()).toContain('pilih paling sedikit 2');
    await app.page.getByTestId('request-pick').nth(1).click();
    await app.screenshot('dataset-09-picked');
    await app.page.getByTestId('compare-picked').click();
    await app.page.getByTestId('comparison').waitFor({ timeout: 15_000 });
    expect(await app.page.getByTestId('pool-title').textContent()).toBe(post.nama);
    await app.page.getByTestId('nav-requests').click();
    await app.page.getByTestId('request-list').waitFor();
  });

  it('locks: the page then shows nothing personal, and data channels refuse', async () => {
    const nip = app.ctx.dataset().db.value<string>('SELECT nip FROM permohonan LIMIT 1')!;
    await app.page.getByTestId('lock-button').click();
    await app.page.getByTestId('passphrase').waitFor();
    const body = (await app.page.textContent('body')) ?? '';
    expect(body).toContain('Dataset terkunci');
    expect(body.replace(/\s/g, '')).not.toContain(nip);
    const res = await app.page.evaluate(() => (globalThis as any).api.dataset.listRequests({}));
    expect(res).toMatchObject({ ok: false, error: { code: 'DATASET_TERKUNCI' } });
    await app.screenshot('dataset-08-locked');
  });
});
