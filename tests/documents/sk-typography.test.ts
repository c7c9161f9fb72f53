import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { buildSessionFixture } from './fixture';
import { pdftotext } from './tools';
import { loadDocSession } from '../../electron/documents/session-source';
import { renderPdf } from '../../electron/documents/pdf/render';
import { Flow } from '../../electron/documents/pdf/layout';
import { embedFonts } from '../../electron/documents/pdf/fonts';
import { composeRekomendasi } from '../../shared/documents/compose-rekomendasi';
import { composeBeritaAcara } from '../../shared/documents/compose-berita-acara';
import { DEFAULT_DOCUMENT_SETTINGS } from '../../shared/documents/defaults';
import { rapikanDokumen, rapikanTitik } from '../../shared/documents/typography';
import type { ComposedDocument } from '../../shared/documents/blocks';

const NOW = new Date('2026-11-23T03:00:00Z');
const HEAD = { seq: 3, hash: 'f'.repeat(64) };
let dir: string;

async function pdfPages(composed: ComposedDocument, name: string): Promise<string[]> {
  const r = await renderPdf(rapikanDokumen(composed), {
    kop: DEFAULT_DOCUMENT_SETTINGS.kop, fontsDir: 'resources/fonts', iccPath: 'resources/color/sRGB.icc', now: NOW, author: 'Uji',
  });
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, await r.doc.save({ useObjectStreams: false }));
  return pdftotext(path).split('\f');
}

/** Rejoins wrapped lines: a trailing hyphen the wrapper added joins directly, anything else with a space. */
function rejoin(lines: string[]): string {
  return lines.reduce((acc, l, i) => (i === 0 ? l : acc.endsWith('-') ? acc.slice(0, -1) + l : `${acc} ${l}`), '');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sk-typo-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('typography of the documents', () => {
  it('a gelar ending a sentence keeps one full stop; blanks to fill in keep their dots', () => {
    expect(rapikanTitik('tidak ikut memberikan suara: Ir. Hasan Basri, M.T..')).toBe('tidak ikut memberikan suara: Ir. Hasan Basri, M.T.');
    expect(rapikanTitik('Dr. A, M.Si.. Lalu')).toBe('Dr. A, M.Si. Lalu');
    expect(rapikanTitik('NOMOR ........ TAHUN 2026')).toBe('NOMOR ........ TAHUN 2026');
    expect(rapikanTitik('pada tanggal ................ 2026')).toBe('pada tanggal ................ 2026');
  });

  it('the berita acara PDF has no doubled full stop after a gelar (pdftotext)', async () => {
    const { db } = await buildSessionFixture(3);
    const text = (await pdfPages(composeBeritaAcara(loadDocSession(db, 's-1'), DEFAULT_DOCUMENT_SETTINGS, HEAD), 'ba-dots')).join('\n');
    expect(text).toContain('Ir. Hasan Basri, M.T.');
    expect(text).not.toMatch(/[A-Za-z]\.\.(?!\.)/);
  });

  it('"Demikian …" is on the same page as the signers, wherever the page break falls', async () => {
    const { db } = await buildSessionFixture(4);
    const s = loadDocSession(db, 's-1');
    const docs = [['rek', composeRekomendasi(s, DEFAULT_DOCUMENT_SETTINGS, HEAD)], ['ba', composeBeritaAcara(s, DEFAULT_DOCUMENT_SETTINGS, HEAD)]] as const;
    // Push the closing part down the page step by step, so every position near a page end is tried.
    for (const [name, base] of docs) {
      const at = base.blocks.findIndex((b) => b.t === 'table') + 1;
      for (let h = 0; h <= 760; h += 40) {
        const blocks = [...base.blocks.slice(0, at), { t: 'spacer' as const, h }, ...base.blocks.slice(at)];
        const pages = await pdfPages({ ...base, blocks }, `${name}-${h}`);
        const closing = pages.findIndex((p) => p.includes('Demikian'));
        expect(closing, `${name} +${h}pt`).toBeGreaterThanOrEqual(0);
        expect(pages[closing], `${name} +${h}pt: signer on the page of "Demikian"`).toContain('Ratna Dewi, S.H., M.H.');
        expect(pages[closing], `${name} +${h}pt`).toContain('Arif Gunadi, S.E., M.Si.');
      }
    }
  }, 600_000);

  it('table cells never split a word without a hyphen, and a NIP only between its groups', async () => {
    const doc = await PDFDocument.create();
    const flow = new Flow(doc, await embedFonts(doc, 'resources/fonts'));
    const nip = '19700101\u00a0199403\u00a01\u00a0000';
    const text = `Kecamatan Kependudukan Pemberdayaan Kesejahteraan NIP ${nip}`;
    for (const width of [30, 38, 45, 60, 80]) {
      const lines = flow.wrap(text, flow.fonts.regular, 8, width);
      for (const l of lines) expect(flow.textWidth(l, flow.fonts.regular, 8), `"${l}" in ${width}pt`).toBeLessThanOrEqual(width + 0.01);
      expect(rejoin(lines).replace(/\u00a0/g, ' '), `width ${width}`).toBe(text.replace(/\u00a0/g, ' '));
      // NIP groups come out whole in any column wide enough for eight digits.
      if (width >= 38) for (const group of ['19700101', '199403']) expect(lines.some((l) => l.includes(group)), `${group} at ${width}pt`).toBe(true);
    }
    // And in a rendered table: every broken line of the narrow column ends with a hyphen.
    const composed: ComposedDocument = {
      title: 'Uji', rahasia: false, draf: false,
      blocks: [{ t: 'table', size: 8, cols: [{ header: 'A', weight: 0.08 }, { header: 'B', weight: 0.92 }], rows: [['Kependudukan Kesejahteraan', 'x']] }],
    };
    await pdfPages(composed, 'narrow');
    // -bbox gives the words as drawn (plain pdftotext would quietly rejoin hyphenated lines).
    const words = [...execFileSync('pdftotext', ['-bbox', join(dir, 'narrow.pdf'), '-'], { encoding: 'utf8' }).matchAll(/<word [^>]*>([^<]*)<\/word>/g)]
      .map((m) => m[1]!).filter((w) => /^[A-Za-z-]{2,}$/.test(w) && w !== 'Halaman' && w !== 'dari');
    expect(words.length).toBeGreaterThan(2);
    // Rejoining only at added hyphens gives the words back: a cut without a hyphen would leave "Kepend udukan".
    expect(rejoin(words)).toBe('Kependudukan Kesejahteraan');
  }, 120_000);
});
