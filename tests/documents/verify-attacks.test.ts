import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef } from 'pdf-lib';
import { contextWithDataset } from '../support/dataset-context';
import { Database } from '../../electron/dataset/database';
import { createSelfSignedIdentity, retireIdentity } from '../../electron/documents/identity';
import { generateDocument } from '../../electron/documents/generate';
import { verifySignedPdf } from '../../electron/documents/verify-pdf';
import { buildSessionFixture } from './fixture';
import { renderPdf } from './tools';
import { appendApprovalSignature, appendUpdate, firstPage, memberIdentity } from './incremental';
import { pdfsig } from './tools';

const NOW = new Date('2026-11-23T03:00:00Z');
const PASSWORD = 'sandi-sertifikat-uji';
const SEKRETARIS = 'Ratna Dewi, S.H., M.H.';

/** pdfsig's per-signature blocks, in file order. */
function pdfsigBlocks(path: string): string[] {
  return pdfsig(path).split(/^Signature #\d+:/m).slice(1);
}

describe('verifier against attacks built here (pdfsig as the oracle)', () => {
  let t: Awaited<ReturnType<typeof contextWithDataset>>;
  let rek: Buffer;
  const write = (name: string, bytes: Buffer): string => {
    const p = join(t.dir, name);
    writeFileSync(p, bytes);
    return p;
  };

  beforeAll(async () => {
    const { db } = await buildSessionFixture(6);
    t = await contextWithDataset(db, { now: () => NOW });
    await t.call('documents:createIdentity', { commonName: SEKRETARIS, organization: 'Pemerintah Kota Bengkulu', validYears: 2, password: PASSWORD });
    const out = await renderPdf(t as never, { sidangId: 's-1', kind: 'rekomendasi', sign: true, certPassword: PASSWORD });
    rek = Buffer.from(out.pdfBase64, 'base64');
  });
  afterAll(() => t?.cleanup());

  it('the Baperjakat signature is a DocMDP P 2 certification, valid, covering revision 1 = the whole file', async () => {
    const r = await verifySignedPdf(rek, t.ctx.dataset().db);
    expect(r.verdict).toBe('sah');
    expect(r.signatures).toHaveLength(1);
    expect(r.signatures[0]).toMatchObject({ certificationP: 2, revision: 1, coversWholeFile: true, signerStatus: 'terdaftar', valid: true });
    expect(r.signatures[0]!.byteRange[0]).toBe(0);
    expect(rek.toString('latin1')).toMatch(/\/Perms\s*<<\s*\/DocMDP \d+ 0 R/);
    expect(r.signer?.keyUsage).toEqual(['digitalSignature', 'nonRepudiation']);
    const blocks = pdfsigBlocks(write('rek.pdf', rek));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toContain('Signature is Valid');
    expect(blocks[0]).toContain('Total document signed');
  });

  it('an overlay update drawing over page 1 after signing: "diubah setelah ditandatangani", revision 2 named', async () => {
    const bad = await appendUpdate(rek, (ctx) => {
      const stream = ctx.register(ctx.stream('q 1 1 1 rg 40 300 520 200 re f Q'));
      const page = firstPage(ctx);
      const old = page.dict.get(PDFName.of('Contents'))!;
      page.dict.set(PDFName.of('Contents'), ctx.obj([...(ctx.lookup(old) instanceof PDFArray ? (ctx.lookup(old) as PDFArray).asArray() : [old]), stream]));
      return [page.ref, stream];
    });
    const r = await verifySignedPdf(bad, t.ctx.dataset().db);
    expect(r.verdict).toBe('diubah_setelah_ditandatangani');
    expect(r.valid).toBe(false);
    expect(r.signatures[0]!.checks).toMatchObject({ messageDigestMatches: true, signatureValid: true });
    expect(r.signatures[0]!.changesAfter.map((c) => [c.revision, c.kind])).toContainEqual([2, 'konten_halaman']);
    // What the page shows is not what was signed: never a plain "cocok" beside it.
    expect(r.sessionMatch).toBe('revisi_ditandatangani_cocok');
    const blocks = pdfsigBlocks(write('overlay.pdf', bad));
    expect(blocks[0]).toContain('Signature is Valid');
    expect(blocks[0]).toContain('Not total document signed');
  });

  it('a page added after signing', async () => {
    const bad = await appendUpdate(rek, (ctx) => {
      const catalog = ctx.lookup(ctx.trailerInfo.Root) as PDFDict;
      const pagesRef = catalog.get(PDFName.of('Pages')) as PDFRef;
      const pages = ctx.lookup(pagesRef, PDFDict);
      const content = ctx.register(ctx.stream('q 0 0 0 rg 100 700 200 20 re f Q'));
      const page = ctx.register(ctx.obj({ Type: 'Page', Parent: pagesRef, MediaBox: [0, 0, 595, 842], Resources: {}, Contents: content }));
      pages.lookup(PDFName.of('Kids'), PDFArray).push(page);
      pages.set(PDFName.of('Count'), PDFNumber.of(pages.lookup(PDFName.of('Count'), PDFNumber).asNumber() + 1));
      return [pagesRef, page, content];
    });
    const r = await verifySignedPdf(bad, null);
    expect(r.verdict).toBe('diubah_setelah_ditandatangani');
    expect(r.signatures[0]!.changesAfter.map((c) => c.kind)).toContain('halaman_ditambah');
    expect(pdfsigBlocks(write('page.pdf', bad))[0]).toContain('Not total document signed');
  });

  it('an object replaced after signing (page 1 content stream rewritten under the same number)', async () => {
    const bad = await appendUpdate(rek, (ctx) => {
      const page = firstPage(ctx);
      const contents = page.dict.get(PDFName.of('Contents'))!;
      const ref = (ctx.lookup(contents) instanceof PDFArray ? (ctx.lookup(contents) as PDFArray).get(0) : contents) as PDFRef;
      ctx.assign(ref, ctx.stream('BT ET'));
      return [ref];
    });
    const r = await verifySignedPdf(bad, null);
    expect(r.verdict).toBe('diubah_setelah_ditandatangani');
    expect(r.signatures[0]!.changesAfter[0]).toMatchObject({ revision: 2, kind: 'konten_halaman' });
    expect(r.problems.join('\n')).toMatch(/revisi 2/);
  });

  it("a member's approval signature after the certification is allowed: both valid, verdict sah", async () => {
    const anggota = await memberIdentity('Drs. Anggota Satu');
    const two = await appendApprovalSignature(rek, anggota, 'Anggota1', NOW);
    const r = await verifySignedPdf(two, null);
    expect(r.signatures.map((s) => [s.valid, s.revision, s.coversWholeFile])).toEqual([[true, 1, false], [true, 2, true]]);
    expect(r.signatures[0]!.changesAfter).toEqual([]);
    expect(r.verdict).toBe('sah');
    const blocks = pdfsigBlocks(write('two.pdf', two));
    expect(blocks.map((b) => b.includes('Signature is Valid'))).toEqual([true, true]);
    expect(blocks[1]).toContain('Total document signed');
  });

  it('a counter-signature over a broken Baperjakat signature does not hide it', async () => {
    const broken = Buffer.from(rek);
    const at = broken.indexOf('/BaperjakatDoc (') + 20;
    broken[at] = broken[at] === 0x41 ? 0x42 : 0x41;
    const covered = await appendApprovalSignature(broken, await memberIdentity('Penutup'), 'Anggota1', NOW);
    const r = await verifySignedPdf(covered, t.ctx.dataset().db);
    expect(r.verdict).toBe('tidak_sah');
    expect(r.signatures.map((s) => s.valid)).toEqual([false, true]);
    expect(r.signatures[0]!.checks.messageDigestMatches).toBe(false);
    expect(r.checks.messageDigestMatches).toBe(false);
    expect(r.sessionMatch).not.toBe('cocok');
    const blocks = pdfsigBlocks(write('covered.pdf', covered));
    expect(blocks[0]).not.toContain('Signature is Valid');
    expect(blocks[0]).toMatch(/Digest Mismatch|Signature is Invalid/);
    expect(blocks[1]).toContain('Signature is Valid');
  });

  it("a look-alike self-signed certificate with the secretary's name is \"penanda tangan tidak dikenal\", never cocok", async () => {
    const db = t.ctx.dataset().db;
    const copy = await Database.create(db.export());
    retireIdentity(copy, NOW);
    const fake = createSelfSignedIdentity(copy, { commonName: SEKRETARIS, organization: 'Pemerintah Kota Bengkulu', validYears: 2, password: PASSWORD }, NOW);
    const doc = await generateDocument(copy, { kind: 'rekomendasi', format: 'pdf', sidangId: 's-1', sign: true, certPassword: PASSWORD }, {
      resourcesDir: t.ctx.platform.resourcesDir, now: NOW, actor: 'penyerang',
    });
    const r = await verifySignedPdf(doc.bytes, db);
    expect(r.signer?.commonName).toBe(SEKRETARIS);
    expect(r.signer?.fingerprintSha256).toBe(fake.fingerprintSha256);
    expect(r.signatures[0]!.signerStatus).toBe('tidak_dikenal');
    expect(r.verdict).toBe('penanda_tangan_tidak_dikenal');
    expect(r.sessionMatch).toBe('penanda_tangan_tidak_dikenal');
    // pdfsig can only say the signature itself holds; who signed is the dataset's call.
    expect(pdfsigBlocks(write('fake.pdf', doc.bytes))[0]).toContain('Signature is Valid');
    copy.close();
  });

  it('a non-PDF and an empty file say so', async () => {
    await expect(verifySignedPdf(Buffer.alloc(0), null)).rejects.toMatchObject({ code: 'DOK_BERKAS_KOSONG' });
    await expect(verifySignedPdf(Buffer.from('PK\x03\x04 bukan pdf'), null)).rejects.toMatchObject({ code: 'DOK_BUKAN_PDF' });
  });
});
