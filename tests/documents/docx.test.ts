import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { contextWithDataset } from '../support/dataset-context';
import { buildSessionFixture } from './fixture';
import { pdftotext, qpdfCheck, sofficeToPdf } from './tools';

import { SCREENSHOT_DIR } from '../support/screenshots';

// Soft hyphens (syllable break points in narrow DOCX cells): invisible, or a hyphen ending a line that rejoins the word.
const tokens = (text: string): string[] => text.replace(/\u00ad\n/g, '').replace(/\u00ad/g, ' ').split(/[\s\f]+/u).filter(Boolean);

describe('SK draft and berita acara as DOCX (LibreOffice as the oracle)', () => {
  let t: Awaited<ReturnType<typeof contextWithDataset>>;
  const saved: Record<string, string> = {};

  beforeAll(async () => {
    const { db } = await buildSessionFixture(30);
    t = await contextWithDataset(db, { now: () => new Date('2026-11-23T03:00:00Z') });
    for (const [kind, format] of [['sk', 'pdf'], ['sk', 'docx'], ['berita-acara', 'docx'], ['rekomendasi', 'docx']] as const) {
      const path = join(t.dir, `${kind}.${format}`);
      t.ctx.platform.chooseSaveFile = async () => path;
      const out = await t.call('documents:save', { sidangId: 's-1', kind, format });
      expect(out.path).toBe(path);
      saved[`${kind}.${format}`] = path;
    }
    mkdirSync(join(t.dir, 'lo'));
    const conv = sofficeToPdf([saved['sk.docx']!, saved['berita-acara.docx']!, saved['rekomendasi.docx']!], join(t.dir, 'lo'));
    expect(conv.status, conv.output).toBe(0);
  }, 240_000);
  afterAll(() => t?.cleanup());

  it('LibreOffice opens and converts every DOCX', () => {
    for (const name of ['sk', 'berita-acara', 'rekomendasi']) {
      const pdf = join(t.dir, 'lo', `${name}.pdf`);
      expect(existsSync(pdf), name).toBe(true);
      expect(qpdfCheck(pdf).ok).toBe(true);
      // First page of LibreOffice's rendering, kept beside the PDF renders for review.
      execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, join(SCREENSHOT_DIR, `doc-${name}-docx`)]);
    }
    expect(pdftotext(join(t.dir, 'lo', 'berita-acara.pdf'))).toContain('BERITA ACARA');
    // Word's repeated header rows: every lampiran page LibreOffice lays out starts with the header.
    const pages = pdftotext(join(t.dir, 'lo', 'sk.pdf')).split('\f').filter((p) => p.trim());
    const lampiran = pages.slice(pages.findIndex((p) => p.includes('LAMPIRAN')));
    expect(lampiran.length).toBeGreaterThan(1);
    for (const p of lampiran.slice(0, -1)) expect(p).toMatch(/Nama \/ NIP/);
  });

  it("the SK DOCX text matches the SK PDF's text (pdftotext, whitespace normalised)", () => {
    const pdfText = pdftotext(saved['sk.pdf']!);
    const docxText = pdftotext(join(t.dir, 'lo', 'sk.pdf'));
    const fromPdf = tokens(pdfText);
    const fromDocx = tokens(docxText);
    // Word and pdf-lib break pages in different places, so page furniture (the repeated lampiran
    // header, "Halaman n dari m", the DRAF mark) may occur a different number of times. Everything
    // else must be the same words the same number of times, and the opening must read the same.
    const header = tokens('No Nama / NIP Pangkat/ Gol. Ruang Jabatan Lama Jabatan Baru Eselon TMT');
    const perPage = tokens('Halaman dari DRAF');
    const count = (list: string[]) => list.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());
    const a = count(fromPdf);
    const b = count(fromDocx);
    const perHeader = count(header);
    const headerDiff = (b.get('Pangkat/') ?? 0) - (a.get('Pangkat/') ?? 0);
    const pageDiff = (b.get('Halaman') ?? 0) - (a.get('Halaman') ?? 0);
    for (const w of new Set([...a.keys(), ...b.keys()])) {
      if (/^\d+$/.test(w)) continue; // page numbers and column numbers
      const diff = (b.get(w) ?? 0) - (a.get(w) ?? 0);
      const furniture = (perHeader.get(w) ?? 0) * headerDiff + (perPage.includes(w) ? pageDiff : 0);
      expect(diff - furniture, `"${w}": ${diff} more in the DOCX`).toBe(0);
    }
    // The heading reads the same word for word; from the Menimbang/Mengingat columns on, pdftotext
    // orders list labels by page, and the two layouts end page 1 at different items.
    const opening = fromPdf.indexOf('Menimbang') + 2;
    expect(opening).toBeGreaterThan(20);
    expect(fromDocx.slice(0, opening)).toEqual(fromPdf.slice(0, opening));
    expect(fromPdf.join(' ')).toContain('KEPUTUSAN WALI KOTA BENGKULU');
    expect(fromPdf).toContain('MEMUTUSKAN:');
    expect(fromPdf).toContain('KESATU');
  });

  it('the SK PDF passes qpdf, is marked DRAF and repeats the lampiran header on each page', () => {
    expect(qpdfCheck(saved['sk.pdf']!).ok).toBe(true);
    const pages = pdftotext(saved['sk.pdf']!).split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const p of pages) expect(p).toContain('DRAF');
    const lampiran = pages.slice(pages.findIndex((p) => p.includes('LAMPIRAN')));
    expect(lampiran.length).toBeGreaterThan(1);
    for (const p of lampiran.slice(0, -1)) expect(p).toMatch(/Nama \/ NIP/);
  });
});
