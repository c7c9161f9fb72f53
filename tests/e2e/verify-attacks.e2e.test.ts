import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFName } from 'pdf-lib';
import { closeBrowser, launchApp, type HarnessApp, unlockFromScreen } from './harness';
import { buildDemoDataset } from '../../electron/demo';
import { DEMO_CERT_PASSWORD } from '../../electron/demo/secretariat-identity';
import { listSidang } from '../../electron/session/sidang-store';
import { seal } from '../../electron/dataset/bpj-format';
import { Database } from '../../electron/dataset/database';
import { createSelfSignedIdentity, retireIdentity } from '../../electron/documents/identity';
import { generateDocument } from '../../electron/documents/generate';
import { verifySignedPdf } from '../../electron/documents/verify-pdf';
import { TEST_KDF, TEST_PASSPHRASE } from '../support/dataset-context';
import { appendApprovalSignature, appendUpdate, firstPage, memberIdentity } from '../documents/incremental';
import { pdfsig } from '../documents/tools';

const NOW = new Date('2026-11-23T03:00:00.000Z');
const RESOURCES = join(process.cwd(), 'resources');

/**
 * Issue 11's attacks, fed to the "Verifikasi dokumen" screen of the demo dataset: the verdict the
 * member sees must be the verifier's (one code path with the CLI), and pdfsig must agree wherever it
 * can say something. The files are built here, in Node, from a recommendation the demo signer signed.
 */
describe('Verifikasi dokumen screen against attacks built here', () => {
  let app: HarnessApp;
  const dir = mkdtempSync(join(tmpdir(), 'bpj-e2e-attack-'));
  const files: Record<string, string> = {};
  let signerName = '';
  let datasetPath = '';

  beforeAll(async () => {
    const db = await buildDemoDataset();
    const sidangId = listSidang(db).find((s) => s.status === 'selesai')!.id;
    const env = { resourcesDir: RESOURCES, now: NOW, actor: 'uji' };
    const req = { kind: 'rekomendasi' as const, format: 'pdf' as const, sidangId, sign: true, certPassword: DEMO_CERT_PASSWORD };
    const good = Buffer.from((await generateDocument(db, req, env)).bytes);
    signerName = (await verifySignedPdf(good, db)).signer!.commonName;

    const overlay = await appendUpdate(good, (ctx) => {
      const stream = ctx.register(ctx.stream('q 1 1 1 rg 40 300 520 200 re f Q'));
      const page = firstPage(ctx);
      const old = page.dict.get(PDFName.of('Contents'))!;
      const list = ctx.lookup(old) instanceof PDFArray ? (ctx.lookup(old) as PDFArray).asArray() : [old];
      page.dict.set(PDFName.of('Contents'), ctx.obj([...list, stream]));
      return [page.ref, stream];
    });
    const broken = Buffer.from(good);
    const at = broken.indexOf('/BaperjakatDoc (') + 20;
    broken[at] = broken[at] === 0x41 ? 0x42 : 0x41;
    const covered = await appendApprovalSignature(broken, await memberIdentity('Penutup', NOW), 'Anggota1', NOW);

    // The look-alike: a fresh self-signed certificate carrying the demo secretary's very name.
    const copy = await Database.create(db.export());
    retireIdentity(copy, NOW);
    createSelfSignedIdentity(copy, { commonName: signerName, organization: 'Pemerintah Kota Bengkulu', validYears: 2, password: 'sandi-palsu' }, NOW);
    const fake = Buffer.from((await generateDocument(copy, { ...req, certPassword: 'sandi-palsu' }, env)).bytes);
    copy.close();

    for (const [name, bytes] of Object.entries({ good, overlay, covered, fake, kosong: Buffer.alloc(0), bukan: Buffer.from('PK\x03\x04 bukan pdf') })) {
      files[name] = join(dir, `${name}.pdf`);
      writeFileSync(files[name], bytes);
    }
    const dataset = join(dir, 'demo-verifikasi.bpj');
    writeFileSync(dataset, (await seal(db.export(), TEST_PASSPHRASE, { kdf: TEST_KDF })).bytes);
    db.close();

    datasetPath = dataset;
    app = await launchApp({ now: () => NOW });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
    rmSync(dir, { recursive: true, force: true });
  });

  const tid = (id: string) => app.page.getByTestId(id);

  async function verifyOnScreen(name: string): Promise<string> {
    app.openDialogAnswers.push(files[name]!);
    await tid('doc-verify-choose').click();
    await expect.poll(async () => (await tid('doc-verify-result').textContent()) ?? '').toContain(`${name}.pdf`);
    return (await tid('doc-verify-verdict').textContent()) ?? '';
  }

  it('the untouched recommendation: valid, its signer registered, pdfsig agrees', async () => {
    await unlockFromScreen(app, datasetPath, TEST_PASSPHRASE, 'nav-documents');
    await tid('nav-documents').click();
    await tid('doc-tab-verifikasi').click();
    expect(await verifyOnScreen('good')).toBe('TANDA TANGAN SAH');
    expect(await tid('doc-signer-1').textContent()).toBe('terdaftar di dataset');
    expect(pdfsig(files.good!)).toContain('Signature is Valid');
  });

  it('an overlay drawn after signing: "diubah setelah ditandatangani", the revision and the change named in words', async () => {
    expect(await verifyOnScreen('overlay')).toBe('DIUBAH SETELAH DITANDATANGANI');
    const card = (await tid('doc-signature-1').textContent()) ?? '';
    expect(card).toContain('Revisi 2');
    expect(card).toContain('isi halaman diubah');
    expect(card).not.toContain('konten_halaman');
    expect(await tid('doc-verify-session').textContent()).toContain('telah diubah sesudahnya');
    expect(pdfsig(files.overlay!)).toContain('Not total document signed');
    await app.screenshot('doc-verifikasi-overlay');
  });

  it('a valid counter-signature over a broken Baperjakat signature: both listed, the first invalid, verdict invalid', async () => {
    expect(await verifyOnScreen('covered')).toBe('TANDA TANGAN TIDAK SAH');
    expect(await tid('doc-signature-1').textContent()).toContain('tidak sah');
    expect(await tid('doc-signature-2').textContent()).toContain('Penutup');
    const blocks = pdfsig(files.covered!).split(/^Signature #\d+:/m).slice(1);
    expect(blocks[0]).not.toContain('Signature is Valid');
    expect(blocks[1]).toContain('Signature is Valid');
    await app.screenshot('doc-verifikasi-kontra');
  });

  it("a look-alike certificate with the secretary's name: unknown signer, never cocok (pdfsig can only call it valid)", async () => {
    expect(await verifyOnScreen('fake')).toBe('PENANDA TANGAN TIDAK DIKENAL');
    expect(await tid('doc-signer-1').textContent()).toBe('penanda tangan tidak dikenal');
    expect(await tid('doc-signature-1').textContent()).toContain(signerName);
    expect(await tid('doc-verify-session').textContent()).not.toMatch(/^Cocok/);
    expect(pdfsig(files.fake!)).toContain('Signature is Valid');
    await app.screenshot('doc-verifikasi-mirip');
  });

  it('an empty file and a non-PDF say so', async () => {
    for (const [name, words] of [['kosong', 'kosong'], ['bukan', 'bukan PDF']] as const) {
      app.openDialogAnswers.push(files[name]!);
      await tid('doc-verify-choose').click();
      await expect.poll(async () => (await app.page.getByRole('alert').allTextContents()).join(' ')).toContain(words);
    }
  });
});
