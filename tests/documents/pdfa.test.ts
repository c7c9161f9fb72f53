import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import UPNG from '@pdf-lib/upng';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream, decodePDFRawStream } from 'pdf-lib';
import { contextWithDataset } from '../support/dataset-context';
import { buildSessionFixture } from './fixture';
import { pdfsig, pdftotext, qpdfCheck, renderPdf } from './tools';
import { DEFAULT_DOCUMENT_SETTINGS } from '../../shared/documents/defaults';

const NOW = new Date('2026-11-23T03:00:00Z');
const PASSWORD = 'sandi-sertifikat-uji';
/** 8×8 RGBA PNG, half transparent: must not leave a soft mask in an archival PDF. */
const PNG_ALPHA = Buffer.from(UPNG.encode([new Uint8Array(8 * 8 * 4).map((_, i) => (i % 4 === 3 ? 128 : 200)).buffer], 8, 8, 0)).toString('base64');

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

describe('PDF/A-2b structure of every document (pdf-lib, qpdf, pdffonts, pdfinfo as checks)', () => {
  let t: Awaited<ReturnType<typeof contextWithDataset>>;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    const { db } = await buildSessionFixture(8);
    t = await contextWithDataset(db, { now: () => NOW });
    await t.call('documents:createIdentity', { commonName: 'Ratna Dewi, S.H., M.H.', organization: 'Pemerintah Kota Bengkulu', validYears: 2, password: PASSWORD });
    for (const [kind, sign] of [['rekomendasi', true], ['berita-acara', true], ['sk', false], ['sk-pemberhentian', false]] as const) {
      const out = await renderPdf(t, { sidangId: 's-1', kind, sign, certPassword: sign ? PASSWORD : undefined });
      files[kind] = join(t.dir, `${kind}.pdf`);
      writeFileSync(files[kind]!, Buffer.from(out.pdfBase64, 'base64'));
    }
    await t.call('documents:updateSettings', { ...DEFAULT_DOCUMENT_SETTINGS, kop: { ...DEFAULT_DOCUMENT_SETTINGS.kop, logoBase64: PNG_ALPHA } });
    const withLogo = await renderPdf(t, { sidangId: 's-1', kind: 'sk' });
    files['sk-logo'] = join(t.dir, 'sk-logo.pdf');
    writeFileSync(files['sk-logo'], Buffer.from(withLogo.pdfBase64, 'base64'));
  }, 240_000);
  afterAll(() => t?.cleanup());

  it('qpdf finds no error and pdffonts reports every font embedded', () => {
    for (const [kind, path] of Object.entries(files)) {
      expect(qpdfCheck(path).ok, kind).toBe(true);
      const fonts = run('pdffonts', [path]).split('\n').slice(2).filter(Boolean);
      expect(fonts.length, kind).toBeGreaterThan(0);
      for (const f of fonts) expect(f, `${kind}: ${f}`).toMatch(/ yes (?:yes|no) {2}yes /);
    }
  });

  it('XMP says PDF/A-2B and repeats the Info dictionary; title, language id-ID; Author is the signer, not the OS account', async () => {
    for (const [kind, path] of Object.entries(files)) {
      const xmp = run('pdfinfo', ['-meta', path]);
      expect(xmp, kind).toContain('<pdfaid:part>2</pdfaid:part>');
      expect(xmp, kind).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
      const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
      expect(doc.catalog.lookup(PDFName.of('Lang'))?.toString(), kind).toBe('(id-ID)');
      const title = doc.getTitle()!;
      expect(title.length, kind).toBeGreaterThan(10);
      expect(xmp).toContain(`<rdf:li xml:lang="x-default">${title.replace(/&/g, '&amp;')}</rdf:li>`);
      expect(xmp).toContain(`<pdf:Producer>${doc.getProducer()}</pdf:Producer>`);
      expect(xmp).toContain(`<xmp:CreatorTool>${doc.getCreator()}</xmp:CreatorTool>`);
      expect(xmp).toContain('<xmp:CreateDate>2026-11-23T03:00:00Z</xmp:CreateDate>');
      expect(doc.getCreationDate()?.toISOString()).toBe(NOW.toISOString());
      const author = doc.getAuthor();
      expect(author, kind).not.toBe('uji');
      expect(author, kind).toBe(kind === 'rekomendasi' || kind === 'berita-acara' ? 'Ratna Dewi, S.H., M.H.' : DEFAULT_DOCUMENT_SETTINGS.kop.instansi);
      expect(xmp).toContain(`<dc:creator><rdf:Seq><rdf:li>${author}</rdf:li></rdf:Seq></dc:creator>`);
    }
  });

  it('sRGB OutputIntent with the ICC profile embedded, a file identifier, /MarkInfo and a structure tree; no encryption, JavaScript or soft masks', async () => {
    for (const [kind, path] of Object.entries(files)) {
      const bytes = readFileSync(path);
      const doc = await PDFDocument.load(bytes, { updateMetadata: false });
      const intents = doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
      const intent = intents.lookup(0, PDFDict);
      expect(intent.get(PDFName.of('S'))?.toString(), kind).toBe('/GTS_PDFA1');
      const icc = intent.lookup(PDFName.of('DestOutputProfile'), PDFStream) as PDFRawStream;
      expect(icc.dict.get(PDFName.of('N'))?.toString()).toBe('3');
      const profile = Buffer.from(decodePDFRawStream(icc).decode());
      expect(profile.subarray(36, 40).toString('latin1'), 'ICC signature').toBe('acsp');
      expect(profile.subarray(16, 20).toString('latin1'), 'RGB colour space').toBe('RGB ');
      expect(doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
      const tree = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
      const root = tree.lookup(PDFName.of('K'), PDFDict);
      expect(root.get(PDFName.of('S'))?.toString()).toBe('/Document');
      expect(root.lookup(PDFName.of('K'), PDFArray).size(), kind).toBe(doc.getPageCount());
      expect(doc.context.trailerInfo.ID, kind).toBeDefined();
      expect(doc.context.trailerInfo.Encrypt, kind).toBeUndefined();
      const raw = bytes.toString('latin1');
      expect(raw, kind).not.toMatch(/\/JavaScript|\/JS\s|\/SMask|\/CA\s+0?\.\d|\/Encrypt/);
      // Every page's content opens its marked-content sequence and closes it before the furniture artifact.
      const contents = doc.getPage(0).node.Contents()!;
      const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r) as PDFRawStream) : [contents as PDFRawStream];
      const page0 = streams.map((c) => Buffer.from(decodePDFRawStream(c).decode()).toString('latin1')).join('\n');
      expect(page0, kind).toMatch(/^\/Div <<[\s\S]*\/MCID 0[\s\S]*>> BDC/);
      expect(page0, kind).toMatch(/EMC\s*\/Artifact BMC[\s\S]*EMC\s*$/);
    }
  });

  it('the imported logo with an alpha channel is flattened (no soft mask), and the placeholder says LOGO only without one', () => {
    expect(pdftotext(files['sk-logo']!)).not.toContain('LOGO');
    expect(pdftotext(files.sk!)).toContain('LOGO');
  });

  it('the signature box shows the document date and, separately, the signing time; pdfsig still says valid', () => {
    const text = pdftotext(files.rekomendasi!).replace(/\s+/g, ' ');
    expect(text).toContain('Tanggal dokumen: 20 November 2026');
    expect(text).toContain('Waktu penandatanganan: 23 November 2026 pukul 10.00 WIB');
    for (const kind of ['rekomendasi', 'berita-acara']) {
      const out = pdfsig(files[kind]!);
      expect(out, kind).toContain('Signature is Valid');
      expect(out, kind).toContain('Total document signed');
    }
  });
});
