import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { closeBrowser, launchApp, SCREENSHOT_DIR, type HarnessApp } from './harness';
import { buildDemoDataset } from '../../electron/demo';
import { listSidang } from '../../electron/session/sidang-store';
import { seal } from '../../electron/dataset/bpj-format';
import { TEST_KDF, TEST_PASSPHRASE } from '../support/dataset-context';
import { pdfsig, qpdfCheck } from '../documents/tools';

const CERT = 'sandi-sekretaris-2026';

/**
 * Issue 6 end to end on the demo city's closed session: create the secretary's certificate, sign and
 * save the recommendation, save the SK draft (PDF and DOCX) and the berita acara, print, and check the
 * saved file on the "Verifikasi dokumen" screen — then a tampered copy. Every PDF page is rendered
 * with pdftoppm into SCREENSHOT_DIR/doc-*.png (docs/screenshots/ only with UPDATE_SCREENSHOTS=1).
 */
describe('documents: sign, save, print and verify on the demo dataset', () => {
  let app: HarnessApp;
  const dir = mkdtempSync(join(tmpdir(), 'bpj-e2e-doc-'));
  const path = join(dir, 'demo-dokumen.bpj');
  let sidangId = '';

  beforeAll(async () => {
    const db = await buildDemoDataset();
    sidangId = listSidang(db).find((s) => s.status === 'selesai')!.id;
    writeFileSync(path, (await seal(db.export(), TEST_PASSPHRASE, { kdf: TEST_KDF })).bytes);
    db.close();
    app = await launchApp({ now: () => new Date('2026-11-23T03:00:00.000Z') });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
    rmSync(dir, { recursive: true, force: true });
  });

  const tid = (id: string) => app.page.getByTestId(id);

  /** pdftoppm pages of a PDF into SCREENSHOT_DIR/doc-<name>-<n>.png (old pages of that name removed). */
  function renderPages(pdf: string, name: string): number {
    for (const f of readdirSync(SCREENSHOT_DIR)) if (f.startsWith(`doc-${name}-`) && /-\d+\.png$/.test(f)) rmSync(join(SCREENSHOT_DIR, f));
    execFileSync('pdftoppm', ['-r', '80', '-png', pdf, join(SCREENSHOT_DIR, `doc-${name}`)]);
    return readdirSync(SCREENSHOT_DIR).filter((f) => f.startsWith(`doc-${name}-`)).length;
  }

  async function savePdf(name: string, signed: boolean): Promise<string> {
    const out = join(dir, `${name}.pdf`);
    app.saveDialogAnswers.push(out);
    await tid('doc-save-pdf').click();
    if (signed) {
      await tid('doc-cert-password').fill(CERT);
      await tid('doc-cert-password-ok').click();
    }
    await expect.poll(() => tid('doc-message').textContent(), { timeout: 30_000 }).toContain(out);
    return out;
  }

  it('creates the secretary certificate and shows subject, validity and fingerprint', async () => {
    app.openDialogAnswers.push(path);
    await tid('choose-file').click();
    await expect.poll(() => tid('chosen-file').textContent()).toBe(basename(path));
    await tid('passphrase').fill(TEST_PASSPHRASE);
    await tid('open-button').click();
    await tid('nav-documents').waitFor({ timeout: 30_000 });
    await tid('nav-documents').click();
    await tid('doc-tab-sertifikat').click();
    await tid('doc-create-identity').click();
    await tid('cert-nama').fill('Dr. Hotman Sitompul, S.Sos., M.Si.');
    await tid('cert-sandi').fill(CERT);
    await tid('cert-ulang').fill(CERT);
    await tid('cert-submit').click();
    await tid('doc-identity').waitFor();
    expect(await tid('doc-identity').textContent()).toContain('Dr. Hotman Sitompul, S.Sos., M.Si.');
    expect(await tid('doc-fingerprint').textContent()).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    await app.screenshot('doc-sertifikat');
  });

  it('signs and saves the recommendation; pdfsig agrees', async () => {
    await tid('doc-tab-sesi').click();
    await tid('doc-preview').waitFor({ timeout: 30_000 });
    expect(await tid('doc-preview').textContent()).toContain('Rekomendasi Pengangkatan dalam Jabatan');
    await app.screenshot('doc-sesi-rekomendasi');
    const out = await savePdf('rekomendasi', true);
    expect(await tid('doc-message').textContent()).toContain('ditandatangani');
    expect(pdfsig(out)).toContain('Signature is Valid');
    expect(pdfsig(out)).toContain('Total document signed');
    expect(qpdfCheck(out).ok).toBe(true);
    expect(renderPages(out, 'rekomendasi')).toBeGreaterThanOrEqual(2);
  });

  it('saves the SK draft as PDF and DOCX, and the signed berita acara', async () => {
    await tid('doc-kind').getByText('Draf SK Pengangkatan').click();
    await expect.poll(() => tid('doc-preview').textContent()).toContain('MEMUTUSKAN');
    await app.screenshot('doc-sesi-sk');
    const sk = await savePdf('sk', false);
    expect(qpdfCheck(sk).ok).toBe(true);
    renderPages(sk, 'sk');
    const docx = join(dir, 'sk.docx');
    app.saveDialogAnswers.push(docx);
    await tid('doc-save-docx').click();
    await expect.poll(() => tid('doc-message').textContent()).toContain(docx);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');

    await tid('doc-kind').getByText('Berita acara sidang').click();
    await expect.poll(() => tid('doc-preview').textContent()).toContain('BERITA ACARA');
    const ba = await savePdf('berita-acara', true);
    expect(pdfsig(ba)).toContain('Signature is Valid');
    renderPages(ba, 'berita-acara');
  });

  it('prints through the print channel (no system dialog in the harness) and leaves no plaintext PDF on disk', async () => {
    await tid('doc-print').click();
    await tid('doc-cert-password').fill(CERT);
    await tid('doc-cert-password-ok').click();
    await expect.poll(() => tid('doc-message').textContent(), { timeout: 30_000 }).toContain('cetak');
    expect(readdirSync(app.userDataDir, { recursive: true }).some((f) => String(f).endsWith('.pdf'))).toBe(false);
  });

  it('"Verifikasi dokumen" reports the saved recommendation valid and matching, a tampered copy invalid', async () => {
    await tid('doc-tab-verifikasi').click();
    app.openDialogAnswers.push(join(dir, 'rekomendasi.pdf'));
    await tid('doc-verify-choose').click();
    await expect.poll(() => tid('doc-verify-verdict').textContent()).toBe('TANDA TANGAN SAH');
    expect(await tid('doc-verify-session').textContent()).toContain('Cocok');
    await app.screenshot('doc-verifikasi');

    // One hex digit of the signed /Title changes: still a well-formed PDF, no longer the signed bytes.
    const bad = readFileSync(join(dir, 'rekomendasi.pdf'));
    const at = bad.indexOf('/Title <FEFF') + 12;
    expect(at).toBeGreaterThan(12);
    bad[at] = bad[at] === 0x30 ? 0x31 : 0x30;
    writeFileSync(join(dir, 'rekomendasi-ubah.pdf'), bad);
    app.openDialogAnswers.push(join(dir, 'rekomendasi-ubah.pdf'));
    await tid('doc-verify-choose').click();
    await expect.poll(() => tid('doc-verify-verdict').textContent()).toBe('TANDA TANGAN TIDAK SAH');
    expect(pdfsig(join(dir, 'rekomendasi-ubah.pdf'))).not.toContain('Signature is Valid');
    expect(await tid('doc-verify-session').textContent()).toContain('Tidak dibandingkan');
    await app.screenshot('doc-verifikasi-diubah');
    expect(sidangId).toBeTruthy();
  });
});
