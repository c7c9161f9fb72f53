import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';

/** A4 in points; margins follow Tata Naskah Dinas (top 2 cm, left 3 cm, right and bottom 2 cm). */
export const PAGE = { width: 595.28, height: 841.89, top: 57, bottom: 62, left: 85, right: 57 } as const;

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
  serifBold: PDFFont;
}

const FONT_FILES = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
  serifBold: 'LiberationSerif-Bold.ttf',
} as const;

const fontBytes = new Map<string, Uint8Array>();
function readFont(dir: string, file: string): Uint8Array {
  const key = join(dir, file);
  let bytes = fontBytes.get(key);
  if (!bytes) {
    bytes = readFileSync(key);
    fontBytes.set(key, bytes);
  }
  return bytes;
}

/**
 * fontkit with parsed fonts kept per file: pdf-lib parses the TTF again for every document, which
 * was most of a short document's render time. Subsets are still made per document.
 */
const parsed = new Map<Uint8Array, ReturnType<typeof fontkit.create>>();
const cachingFontkit: typeof fontkit = {
  ...fontkit,
  create(data, postscriptName) {
    if (postscriptName) return fontkit.create(data, postscriptName);
    let f = parsed.get(data);
    if (!f) parsed.set(data, (f = fontkit.create(data)));
    return f;
  },
};

/** Embeds the TTFs (subset) so the PDF shows the same on every machine and passes archival checks. */
export async function embedFonts(doc: PDFDocument, fontsDir: string): Promise<Fonts> {
  doc.registerFontkit(cachingFontkit);
  const entries = await Promise.all(
    Object.entries(FONT_FILES).map(async ([k, f]) => [k, await doc.embedFont(readFont(fontsDir, f), { subset: true })] as const),
  );
  return Object.fromEntries(entries) as unknown as Fonts;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Cell {
  text: string;
  width: number;
  font?: PDFFont;
  align?: Align;
}

export interface TableColumn {
  header: string;
  /** Share of the table width. */
  weight: number;
  align?: Align;
}

/**
 * A top-down text flow over pdf-lib: wraps words to a width, breaks pages, and repeats a table's
 * header on every page it spans. Deliberately small: documents here are text and ruled tables.
 */
export class Flow {
  page!: PDFPage;
  /** Word widths per font and size: fontkit layout is the slow part of long tables. */
  private readonly widths = new Map<PDFFont, Map<string, number>>();
  y = 0;
  readonly pages: PDFPage[] = [];

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: Fonts,
    private readonly onNewPage: (flow: Flow) => void = () => {},
  ) {}

  get left(): number {
    return PAGE.left;
  }
  get width(): number {
    return PAGE.width - PAGE.left - PAGE.right;
  }

  addPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pages.push(this.page);
    this.y = PAGE.height - PAGE.top;
    this.onNewPage(this);
  }

  /** Starts a new page unless `h` points still fit. */
  ensure(h: number): void {
    if (!this.page || this.y - h < PAGE.bottom) this.addPage();
  }

  spacer(h: number): void {
    this.y -= h;
  }

  /** Width of a line at `size`, from cached per-word widths at 1 pt (spaces measured once). */
  textWidth(text: string, font: PDFFont, size: number): number {
    let m = this.widths.get(font);
    if (!m) this.widths.set(font, (m = new Map()));
    let total = 0;
    const words = text.split(' ');
    for (const w of words) {
      let v = m.get(w);
      if (v === undefined) m.set(w, (v = font.widthOfTextAtSize(w, 1)));
      total += v;
    }
    let space = m.get(' ');
    if (space === undefined) m.set(' ', (space = font.widthOfTextAtSize(' ', 1)));
    return (total + space * (words.length - 1)) * size;
  }

  wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
    return this.wrapLines(text, font, size, maxWidth).map((l) => l.text);
  }

  /** Wrapped lines, each marked when it ends a paragraph (justified text leaves those ragged). */
  wrapLines(text: string, font: PDFFont, size: number, maxWidth: number): { text: string; end: boolean }[] {
    const out: { text: string; end: boolean }[] = [];
    for (const para of text.split('\n')) {
      const words = para.split(/ +/).filter(Boolean);
      let line = '';
      for (const w0 of words) {
        let w = w0;
        // A word wider than the column is cut, so nothing ever runs over a ruling.
        while (this.textWidth(w, font, size) > maxWidth && w.length > 1) {
          let cut = w.length - 1;
          while (cut > 1 && this.textWidth(w.slice(0, cut), font, size) > maxWidth) cut--;
          if (line) out.push({ text: line, end: false });
          out.push({ text: w.slice(0, cut), end: false });
          line = '';
          w = w.slice(cut);
        }
        const candidate = line ? `${line} ${w}` : w;
        if (this.textWidth(candidate, font, size) <= maxWidth) line = candidate;
        else {
          if (line) out.push({ text: line, end: false });
          line = w;
        }
      }
      out.push({ text: line, end: true });
    }
    return out;
  }

  /** Draws one line at (x, baseline) within `width`, honouring alignment; justify spreads the words. */
  drawLine(line: string, x: number, baseline: number, width: number, font: PDFFont, size: number, align: Align, last = true): void {
    const w = this.textWidth(line, font, size);
    if (align === 'justify' && !last) {
      const words = line.split(' ');
      if (words.length > 1) {
        const gap = (width - words.reduce((s, t) => s + this.textWidth(t, font, size), 0)) / (words.length - 1);
        let cx = x;
        for (const word of words) {
          this.page.drawText(word, { x: cx, y: baseline, size, font });
          cx += this.textWidth(word, font, size) + gap;
        }
        return;
      }
    }
    const dx = align === 'center' ? (width - w) / 2 : align === 'right' ? width - w : 0;
    if (line) this.page.drawText(line, { x: x + dx, y: baseline, size, font });
  }

  /** Side-by-side wrapped cells (labels, hanging lists); lines flow across pages together. */
  columns(cells: Cell[], size = 11, lineGap = 1.35): void {
    const lh = size * lineGap;
    const wrapped = cells.map((c) => this.wrapLines(c.text, c.font ?? this.fonts.regular, size, c.width));
    const n = Math.max(...wrapped.map((w) => w.length));
    for (let i = 0; i < n; i++) {
      this.ensure(lh);
      let x = this.left;
      cells.forEach((c, ci) => {
        const lines = wrapped[ci]!;
        const line = lines[i];
        if (line !== undefined) {
          this.drawLine(line.text, x, this.y - size, c.width, c.font ?? this.fonts.regular, size, c.align ?? 'left', line.end);
        }
        x += c.width;
      });
      this.y -= lh;
    }
  }

  paragraph(text: string, opts: { size?: number; font?: PDFFont; align?: Align; indent?: number; after?: number } = {}): void {
    const indent = opts.indent ?? 0;
    this.columns([
      { text: '', width: indent },
      { text, width: this.width - indent, font: opts.font, align: opts.align ?? 'left' },
    ], opts.size ?? 11);
    this.y -= opts.after ?? 0;
  }

  /** A ruled table; the header (and its column-number row) repeats on each page. */
  table(cols: TableColumn[], rows: string[][], opts: { size?: number; numberRow?: boolean } = {}): void {
    const size = opts.size ?? 8.5;
    const pad = 3;
    const lh = size * 1.25;
    const total = cols.reduce((s, c) => s + c.weight, 0);
    const widths = cols.map((c) => (c.weight / total) * this.width);
    const border = rgb(0, 0, 0);

    const drawRow = (cells: string[], font: PDFFont, align: (i: number) => Align, fill?: boolean): void => {
      const wrapped = cells.map((t, i) => this.wrap(t, font, size, widths[i]! - 2 * pad));
      const h = Math.max(...wrapped.map((w) => w.length)) * lh + 2 * pad;
      let x = this.left;
      if (fill) this.page.drawRectangle({ x, y: this.y - h, width: this.width, height: h, color: rgb(0.9, 0.9, 0.9) });
      wrapped.forEach((lines, i) => {
        const w = widths[i]!;
        lines.forEach((line, li) => {
          this.drawLine(line, x + pad, this.y - pad - size * 0.95 - li * lh, w - 2 * pad, font, size, align(i));
        });
        this.page.drawRectangle({ x, y: this.y - h, width: w, height: h, borderColor: border, borderWidth: 0.6 });
        x += w;
      });
      this.y -= h;
    };
    const rowHeight = (cells: string[], font: PDFFont): number =>
      Math.max(...cells.map((t, i) => this.wrap(t, font, size, widths[i]! - 2 * pad).length)) * lh + 2 * pad;

    const header = (): void => {
      drawRow(cols.map((c) => c.header), this.fonts.bold, () => 'center', true);
      if (opts.numberRow !== false) drawRow(cols.map((_, i) => String(i + 1)), this.fonts.italic, () => 'center');
    };
    const headerHeight = rowHeight(cols.map((c) => c.header), this.fonts.bold) + (opts.numberRow !== false ? lh + 2 * pad : 0);

    this.ensure(headerHeight + lh * 2 + 2 * pad);
    header();
    for (const row of rows) {
      const h = rowHeight(row, this.fonts.regular);
      if (this.y - h < PAGE.bottom) {
        this.addPage();
        header();
      }
      drawRow(row, this.fonts.regular, (i) => cols[i]!.align ?? 'left');
    }
  }

  hr(thickness = 0.8, gapAfter = 0): void {
    this.page.drawLine({
      start: { x: this.left, y: this.y }, end: { x: this.left + this.width, y: this.y }, thickness, color: rgb(0, 0, 0),
    });
    this.y -= gapAfter;
  }
}

/** Page furniture drawn once the page count is known: "Halaman n dari m", and RAHASIA / DRAF marks. */
export function finishPages(flow: Flow, opts: { rahasia: boolean; draf: boolean }): void {
  const { regular, bold } = flow.fonts;
  const total = flow.pages.length;
  flow.pages.forEach((page, i) => {
    const label = `Halaman ${i + 1} dari ${total}`;
    page.drawText(label, {
      x: PAGE.width - PAGE.right - regular.widthOfTextAtSize(label, 8), y: 30, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3),
    });
    if (opts.rahasia) {
      // Classified marking at the top and bottom centre of every page, as Tata Naskah prescribes.
      for (const y of [PAGE.height - 34, 30]) {
        const w = bold.widthOfTextAtSize('RAHASIA', 11);
        page.drawText('RAHASIA', { x: (PAGE.width - w) / 2, y, size: 11, font: bold, color: rgb(0.75, 0, 0) });
      }
    }
    if (opts.draf) {
      const w = bold.widthOfTextAtSize('DRAF', 10);
      page.drawRectangle({ x: PAGE.width - PAGE.right - w - 8, y: PAGE.height - 40, width: w + 8, height: 16, borderWidth: 0.8, borderColor: rgb(0.5, 0.5, 0.5) });
      page.drawText('DRAF', { x: PAGE.width - PAGE.right - w - 4, y: PAGE.height - 35, size: 10, font: bold, color: rgb(0.4, 0.4, 0.4) });
    }
  });
}

export async function newPdf(fontsDir: string, meta: { title: string; subject: string; author: string; now: Date }): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  const doc = await PDFDocument.create();
  doc.setTitle(meta.title);
  doc.setSubject(meta.subject);
  doc.setAuthor(meta.author);
  doc.setCreator('Baperjakat Desk');
  doc.setProducer('Baperjakat Desk (pdf-lib)');
  doc.setLanguage('id-ID');
  doc.setCreationDate(meta.now);
  doc.setModificationDate(meta.now);
  return { doc, fonts: await embedFonts(doc, fontsDir) };
}
