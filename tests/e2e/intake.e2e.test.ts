import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { closeBrowser, launchApp, type HarnessApp, unlockFromScreen } from './harness';
import { checkSource } from '../../electron/intake/intake-service';
import { sealNewDataset } from '../../electron/intake/seal-dataset';
import { workbookBytes } from '../../electron/intake/template';
import { OpenDataset } from '../../electron/dataset/open-dataset';
import { TEST_KDF } from '../support/dataset-context';
import { makeCity, nipFor, toFill, type KeyedFill } from '../intake/fixture-city';

/** Issue 3's path: import a file with mistakes, see the problem table, fix it, import, open the sealed dataset. */
describe('intake: check, problems, fix, seal, open', () => {
  let app: HarnessApp;
  const tmp = mkdtempSync(join(tmpdir(), 'bpj-e2e-intake-'));
  const BASE_PASS = 'dataset-awal-untuk-uji';
  const NEW_PASS = 'kopi-hujan-layang-tujuh';

  beforeAll(async () => {
    // The dataset the secretariat has open: a small city sealed with a cheap KDF.
    const { result } = await checkSource(await xlsx(makeCity({ pegawai: 20 }), 'awal.xlsx'), { today: '2026-11-23' });
    await sealNewDataset(result.data, { outPath: join(tmp, 'awal.bpj'), passphrase: BASE_PASS, kdf: TEST_KDF, at: '2026-11-01T00:00:00Z', actor: 'e2e', berkas: 'awal.xlsx', sha256: '-' });
    app = await launchApp({ now: () => new Date('2026-11-23T09:00:00Z') });
    await unlockFromScreen(app, join(tmp, 'awal.bpj'), BASE_PASS);
  });
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
    rmSync(tmp, { recursive: true, force: true });
  });

  async function xlsx(city: KeyedFill, name: string): Promise<string> {
    const p = join(tmp, name);
    writeFileSync(p, await workbookBytes(toFill(city)));
    return p;
  }

  function cityWithMistakes(): KeyedFill {
    const c = makeCity({ pegawai: 30 });
    c.Pegawai![2]!.golongan = 'III/e';
    c.Pegawai![5]!.tmtJabatan = '31 Juni 2020';
    c.SKP![3]!.predikat = 'Istimewa';
    c.Target![0]!.tenggat = '01-07-2025';
    return c;
  }

  it('writes the template through the save dialog', async () => {
    await app.page.getByTestId('nav-intake').click();
    const templatePath = join(tmp, 'template.xlsx');
    app.saveDialogAnswers.push(templatePath);
    await app.page.getByTestId('intake-template').click();
    await expect.poll(() => app.page.getByTestId('intake-notice').textContent()).toContain(templatePath);
    expect(existsSync(templatePath)).toBe(true);
    await app.screenshot('intake-01-start');
  });

  it('shows counts per sheet and every problem with sheet, row, column, value and reason', async () => {
    const src = await xlsx(cityWithMistakes(), 'isian-unit.xlsx');
    app.openDialogAnswers.push(src);
    await app.page.getByTestId('intake-choose').click();
    await expect.poll(() => app.page.getByTestId('intake-path').textContent()).toBe(basename(src));
    await app.page.getByTestId('intake-check').click();
    await app.page.getByTestId('problem-table').waitFor({ timeout: 30_000 });
    expect(await app.page.getByTestId('problem-count').textContent()).toMatch(/Masalah \(\d+\)/);
    const pegawai = await app.page.getByTestId('summary-Pegawai').textContent();
    expect(pegawai).toContain('30');
    expect(pegawai).toMatch(/282/); // 30 rows, 28 accepted, 2 rejected
    const table = (await app.page.getByTestId('problem-table').textContent()) ?? '';
    expect(table).toContain('Golongan');
    expect(table).toContain('III/e');
    expect(table).toContain('Nilai tidak ada dalam daftar');
    expect(table).toContain('Tanggal ini tidak ada di kalender');
    expect(table).toContain('Tenggat harus sesudah tanggal pengajuan');
    expect(await app.page.getByTestId('intake-blocked').isVisible()).toBe(true);
    expect(await app.page.getByTestId('seal-button').count()).toBe(0);
    await app.page.getByTestId('intake-preview').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await app.screenshot('intake-02-problems');

    // Projector mode: NIPs masked (in values and in reasons), other typed values hidden.
    await app.page.getByTestId('projector-switch').click({ force: true });
    await expect.poll(async () => (await app.page.getByTestId('problem-table').textContent()) ?? '').not.toContain('III/e');
    const masked = (await app.page.getByTestId('problem-table').textContent()) ?? '';
    expect(masked).toContain('•••');
    expect(masked).not.toMatch(/\d{18}/);
    expect(masked).not.toMatch(/\d{8} \d{6} \d \d{3}/);
    await app.page.getByTestId('problem-table').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await app.screenshot('intake-02b-problems-projector');
    await app.page.getByTestId('projector-switch').click({ force: true });
    await expect.poll(async () => (await app.page.getByTestId('problem-table').textContent()) ?? '').toContain('III/e');

    const report = join(tmp, 'masalah.xlsx');
    app.saveDialogAnswers.push(report);
    await app.page.getByTestId('save-problems').click();
    await expect.poll(() => existsSync(report)).toBe(true);
  });

  it('after the fix, seals a new dataset with a passphrase typed twice, then opens it', async () => {
    const fixed = makeCity({ pegawai: 30 });
    fixed.Pegawai![0]!.nama = 'Siti Rahmawati';
    await xlsx(fixed, 'isian-unit.xlsx'); // the unit sends the corrected file under the same name
    await app.page.getByTestId('intake-check').click();
    await app.page.getByTestId('intake-clean').waitFor({ timeout: 30_000 });
    expect(await app.page.getByTestId('intake-clean').textContent()).toContain('30 pegawai');

    await app.page.getByTestId('seal-passphrase').fill('bengkulu2026');
    expect(await app.page.getByTestId('passphrase-strength').getAttribute('data-acceptable')).toBe('false');
    expect(await app.page.getByTestId('passphrase-strength').textContent()).toMatch(/Kekuatan: (Sangat lemah|Lemah)/);
    await app.page.getByTestId('seal-passphrase').fill(NEW_PASS);
    await app.page.getByTestId('seal-passphrase-confirm').fill(`${NEW_PASS}x`);
    expect(await app.page.getByTestId('seal-button').isDisabled()).toBe(true);
    await app.page.getByTestId('seal-passphrase-confirm').fill(NEW_PASS);
    expect(await app.page.getByTestId('passphrase-strength').getAttribute('data-acceptable')).toBe('true');
    await app.page.getByTestId('intake-preview').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await app.screenshot('intake-03-clean-seal');

    const out = join(tmp, 'sidang-desember.bpj');
    app.saveDialogAnswers.push(out);
    await app.page.getByTestId('seal-button').click();
    await app.page.getByTestId('sealed-result').waitFor({ timeout: 60_000 });
    expect(existsSync(out)).toBe(true);
    await app.screenshot('intake-04-sealed');

    await app.page.getByTestId('open-sealed').click();
    await expect.poll(() => app.ctx.current?.path, { timeout: 30_000 }).toBe(out);
    await expect.poll(() => app.page.textContent('body')).toContain('sidang-desember.bpj');
    const ds = await OpenDataset.openFile(out, NEW_PASS);
    expect(ds.db.value('SELECT nama FROM pegawai WHERE nip = ?', [nipFor(0)])).toBe('Siti Rahmawati');
    expect(ds.header.kdf).toEqual({ log2N: 17, r: 8, p: 2 });
    ds.close();
    await app.screenshot('intake-05-opened');
  });

  it('imports new requests into the open dataset as a new version, keeping the previous file', async () => {
    await app.page.getByTestId('nav-intake').click();
    await app.page.getByText('Versi baru dataset yang terbuka').click();
    const src = await xlsx({
      Permohonan: [{ id: 'P-DES-1', nip: nipFor(7), tanggal: '20/11/2026', pilihan1: 'J-KASI-1', pilihan2: null, pilihan3: null, kategoriAlasan: 'dekat_domisili', alasan: 'Dekat rumah', paktaDitandatangani: 'Ya', tanggalPakta: '20/11/2026', status: null }],
      Target: [{ id: 'T-DES-1', nip: nipFor(7), permohonanId: 'P-DES-1', indikator: 'Waktu layanan', nilaiTarget: 2, satuan: 'hari', tenggat: '30 Juni 2027', realisasi: null, tanggalRealisasi: null, catatanBukti: '', denganPakta: 'Ya' }],
    }, 'permohonan-baru.xlsx');
    app.openDialogAnswers.push(src);
    await app.page.getByTestId('intake-choose').click();
    await expect.poll(() => app.page.getByTestId('intake-path').textContent()).toBe(basename(src));
    await app.page.getByTestId('intake-check').click();
    await app.page.getByTestId('import-open').click();
    await app.page.getByTestId('import-confirm').click();
    await app.page.getByTestId('import-result').waitFor({ timeout: 30_000 });
    const path = app.ctx.current!.path;
    expect(await app.page.getByTestId('import-result').textContent()).toContain(`${path}.bak1`);
    expect(existsSync(`${path}.bak1`)).toBe(true);
    expect(app.ctx.current!.db.value("SELECT COUNT(*) FROM permohonan WHERE id = 'P-DES-1'")).toBe(1);
    await app.screenshot('intake-06-new-version');
  });
});
