import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Fonts } from './fonts';
import { beginArtifact, beginPageContent, endPageContent } from './pdfa';

/** A4 in points; margins follow Tata Naskah Dinas (top 2 cm, left 3 cm, right and bottom 2 cm). */
export const PAGE = { width: 595.28, height: 841.89, top: 57, bottom: 62, left: 85, right: 57 } as const;

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
/** Stands in for the page while a run of blocks is only measured: every drawing call does nothing. */
const NO_PAGE = new Proxy({}, { get: () => () => undefined }) as unknown as PDFPage;
const DRY_TOP = 1e7;

/** Where an over-wide word may break before it is hyphenated: after a no-break space (NIP groups), "/" or "-". */
const BREAK_AFTER = /(?<=[\u00a0/-])/u;
const VOWEL = /[aeiouAEIOU]/;

export class Flow {
  private current!: PDFPage;
  /** True while measuring (see measure): nothing is drawn and no page is added. */
  private dry = false;
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

  get page(): PDFPage {
    return this.dry ? NO_PAGE : this.current;
  }

  get dryRun(): boolean {
    return this.dry;
  }

  /** Height a page offers between its margins. */
  static get usable(): number {
    return PAGE.height - PAGE.top - PAGE.bottom;
  }

  addPage(): void {
    if (this.dry) return;
    this.current = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pages.push(this.current);
    beginPageContent(this.current);
    this.y = PAGE.height - PAGE.top;
    this.onNewPage(this);
  }

  /** Starts a new page unless `h` points still fit. */
  ensure(h: number): void {
    if (this.dry) return;
    if (!this.current || this.y - h < PAGE.bottom) this.addPage();
  }

  /** Points that `draw` would take if nothing broke the page; draws nothing. */
  measure(draw: () => void): number {
    const y = this.y;
    this.dry = true;
    this.y = DRY_TOP;
    try {
      draw();
      return DRY_TOP - this.y;
    } finally {
      this.dry = false;
      this.y = y;
    }
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
        // A word wider than the column breaks where it may (NIP groups, "/", "-"), else with a hyphen.
        if (this.textWidth(w, font, size) > maxWidth) {
          const parts = this.breakWord(w, font, size, maxWidth);
          if (line) out.push({ text: line, end: false });
          for (const part of parts.slice(0, -1)) out.push({ text: part, end: false });
          line = '';
          w = parts.at(-1)!;
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

  /** Line pieces of a word wider than `maxWidth`; every piece but the last ends at a break point or a hyphen. */
  private breakWord(word: string, font: PDFFont, size: number, maxWidth: number): string[] {
    const fits = (t: string) => this.textWidth(t.replace(/\u00a0$/u, ''), font, size) <= maxWidth;
    const out: string[] = [];
    let cur = '';
    for (let part of word.split(BREAK_AFTER)) {
      if (fits(cur + part)) {
        cur += part;
        continue;
      }
      if (cur) out.push(cur.replace(/\u00a0$/u, ''));
      cur = '';
      while (!fits(part) && part.length > 3) {
        const cut = this.hyphenCut(part, font, size, maxWidth);
        out.push(`${part.slice(0, cut)}-`);
        part = part.slice(cut);
      }
      cur = part;
    }
    out.push(cur.replace(/\u00a0$/u, ''));
    return out;
  }

  /** Where to hyphenate: the longest prefix that fits with its hyphen, moved back to a syllable seam when one is near. */
  private hyphenCut(part: string, font: PDFFont, size: number, maxWidth: number): number {
    let cut = part.length - 2;
    while (cut > 2 && this.textWidth(`${part.slice(0, cut)}-`, font, size) > maxWidth) cut--;
    // Indonesian syllables split before a consonant that opens one: "Kepen-dudukan", not "Kepe-ndudukan".
    const letter = (ch: string | undefined) => !!ch && /\p{L}/u.test(ch);
    for (let c = cut; c > Math.max(2, cut - 4); c--) {
      if (letter(part[c - 1]) && letter(part[c]) && !VOWEL.test(part[c]!) && VOWEL.test(part[c + 1] ?? '')) return c;
    }
    return Math.max(2, cut);
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
    endPageContent(page);
    beginArtifact(page);
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
    endPageContent(page);
  });
}
