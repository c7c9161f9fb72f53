import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { closeBrowser, launchApp, type HarnessApp, unlockFromScreen } from './harness';
import { checkSource } from '../../electron/intake/intake-service';
import { sealNewDataset } from '../../electron/intake/seal-dataset';
import { workbookBytes } from '../../electron/intake/template';
import { TEST_KDF } from '../support/dataset-context';
import { makeCity, nipFor, toFill, type KeyedFill } from '../intake/fixture-city';

/** A SIASN "data utama" export as a CSV: SIASN's field names, plus the unit's own domicile columns. */
function siasnCsv(n: number): string {
  const head = 'nipBaru,nama,gelarBelakang,golRuangAkhir,tmtGolAkhir,jabatanNama,tmtJabatan,unorId,tkPendidikanTerakhir,alamat,KEL_DOMISILI,KEC_DOMISILI,Lintang Domisili,Bujur Domisili';
  const rows = Array.from({ length: n }, (_, i) => {
    const nip = nipFor(100 + i);
    const y = Number(nip.slice(8, 12));
    return [nip, `Pegawai SIASN ${i + 1}`, 'S.E.', 'III/c', `01-04-${y + 1}`, 'Pengelola Data', `02-01-${y + 2}`, 'U1', 'S1', `Jl. Suprapto No. ${i + 1}`, 'Padang Jati', 'Ratu Samban', '-3.8', '102.26'].join(',');
  });
  return [head, ...rows].join('\r\n');
}

/** Issue 13: a SIASN-named CSV mapped in the UI (profile, one column edited), saved as a profile, previewed, imported. */
describe('intake: column mapping of a SIASN export', () => {
  let app: HarnessApp;
  const tmp = mkdtempSync(join(tmpdir(), 'bpj-e2e-mapping-'));
  const PASS = 'dataset-awal-untuk-uji';

  beforeAll(async () => {
    const city: KeyedFill = makeCity({ pegawai: 10 });
    const src = join(tmp, 'awal.xlsx');
    writeFileSync(src, await workbookBytes(toFill(city)));
    const { result } = await checkSource(src, { today: '2026-11-23' });
    await sealNewDataset(result.data, { outPath: join(tmp, 'awal.bpj'), passphrase: PASS, kdf: TEST_KDF, at: '2026-11-01T00:00:00Z', actor: 'e2e', berkas: 'awal.xlsx', sha256: '-' });
    app = await launchApp({ now: () => new Date('2026-11-23T09:00:00Z') });
    await unlockFromScreen(app, join(tmp, 'awal.bpj'), PASS);
  });
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
    rmSync(tmp, { recursive: true, force: true });
  });

  async function pick(testId: string, option: string) {
    await app.page.getByTestId(testId).click();
    await app.page.getByRole('option', { name: option, exact: true }).click();
  }

  it('maps the columns, saves the mapping by name, previews 20 mapped rows and imports', async () => {
    const page = app.page;
    await page.getByTestId('nav-intake').click();
    await page.getByText('Versi baru dataset yang terbuka').click();
    const src = join(tmp, 'siasn-data-utama.csv');
    writeFileSync(src, siasnCsv(25));
    app.openDialogAnswers.push(src);
    await page.getByTestId('intake-choose').click();
    await expect.poll(() => page.getByTestId('intake-path').textContent()).toBe(basename(src));
    await page.getByTestId('mapping-panel').waitFor({ timeout: 30_000 });

    // Without a profile only the template's own names are known; SIASN's profile knows the rest.
    await pick('mapping-profile', 'SIASN (bawaan)');
    await expect.poll(() => page.getByTestId('mapping-field-golRuangAkhir').inputValue()).toBe('Golongan *');
    expect(await page.getByTestId('mapping-field-nipBaru').inputValue()).toBe('NIP *');
    expect(await page.getByTestId('mapping-field-Lintang Domisili').inputValue()).toBe('Lintang Domisili *');
    expect(await page.getByTestId('mapping-field-KEL_DOMISILI').inputValue()).toBe('');
    await pick('mapping-field-KEL_DOMISILI', 'Kelurahan *');
    await pick('mapping-field-KEC_DOMISILI', 'Kecamatan *');

    await page.getByTestId('mapping-name').fill('SIASN Kota Bengkulu');
    await page.getByTestId('mapping-save').click();
    await expect.poll(() => page.getByTestId('mapping-saved').textContent()).toContain('SIASN Kota Bengkulu');
    await page.getByTestId('mapping-panel').scrollIntoViewIfNeeded();
    await page.getByTestId('mapping-panel').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await app.screenshot('intake-mapping-01-columns');

    await page.getByTestId('mapping-check').click();
    await page.getByTestId('mapped-preview').waitFor({ timeout: 30_000 });
    const preview = page.getByTestId('mapped-preview');
    expect(await preview.locator('tbody tr').count()).toBe(20);
    const head = await preview.locator('thead').textContent();
    expect(head).toContain('Kelurahan');
    expect(await preview.locator('tbody tr').first().textContent()).toContain('Pegawai SIASN 1');
    await page.getByTestId('intake-clean').waitFor();
    await preview.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await app.screenshot('intake-mapping-02-preview');

    await page.getByTestId('import-open').click();
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-result').waitFor({ timeout: 30_000 });
    const db = app.ctx.current!.db;
    expect(db.value("SELECT COUNT(*) FROM pegawai WHERE nama LIKE 'Pegawai SIASN %'")).toBe(25);
    expect(db.value('SELECT kelurahan FROM pegawai WHERE nip = ?', [nipFor(100)])).toBe('Padang Jati');
    // The saved profile is offered next time, beside the built-in one.
    await page.getByTestId('mapping-profile').click();
    await page.getByRole('option', { name: 'SIASN Kota Bengkulu', exact: true }).waitFor();
    await page.keyboard.press('Escape');
  });
});
