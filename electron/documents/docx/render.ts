import {
  AlignmentType, BorderStyle, Document, Footer, Header, ImageRun, LineRuleType, Packer, PageNumber, Paragraph,
  Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type IBorderOptions,
} from 'docx';
import type { Align, Block, ComposedDocument } from '../../../shared/documents/blocks';
import type { KopSurat } from '../../../shared/documents/model';
import { sukuKata } from '../../../shared/documents/typography';

/** A4 in twips; margins as the PDF (top 2 cm, left 3 cm, right and bottom 2 cm). */
const PAGE = { width: 11906, height: 16838, top: 1134, right: 1134, bottom: 1134, left: 1701 };
const CONTENT = PAGE.width - PAGE.left - PAGE.right;
const FONT = 'Arial';

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED,
};
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function lines(text: string, opts: { size: number; bold?: boolean; italics?: boolean; align?: Align; keep?: boolean }): Paragraph[] {
  return text.split('\n').map((l) => new Paragraph({
    alignment: ALIGN[opts.align ?? 'left'],
    spacing: { before: 0, after: 0 },
    keepNext: opts.keep, keepLines: opts.keep,
    children: [new TextRun({ text: l, size: opts.size * 2, bold: opts.bold, italics: opts.italics, font: FONT })],
  }));
}

function spacer(pt: number, keep = false): Paragraph {
  return new Paragraph({ keepNext: keep, spacing: { before: 0, after: 0, line: Math.max(20, Math.round(pt * 20)), lineRule: LineRuleType.EXACT }, children: [] });
}

/** The instansi's emblem if imported; else a plain bordered "LOGO" box, never a stand-in emblem. */
function logoCell(kop: KopSurat, size: number): Paragraph {
  if (kop.logoBase64) {
    const data = Buffer.from(kop.logoBase64, 'base64');
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new ImageRun({ type: data[0] === 0x89 ? 'png' : 'jpg', data, transformation: { width: size, height: size } })],
    });
  }
  const box: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '8C8C8C' };
  return new Paragraph({
    alignment: AlignmentType.CENTER, border: { top: box, bottom: box, left: box, right: box },
    spacing: { before: 240, after: 240 },
    children: [new TextRun({ text: 'LOGO', bold: true, size: 22, color: '8C8C8C', font: FONT })],
  });
}

function kop(b: Extract<Block, { t: 'kop' }>, k: KopSurat): (Paragraph | Table)[] {
  if (b.gaya === 'kepala_daerah') {
    const logo = logoCell(k, 70);
    return [k.logoBase64 ? logo : new Table({
      width: { size: 1300, type: WidthType.DXA }, columnWidths: [1300], layout: TableLayoutType.FIXED, borders: NO_BORDERS,
      alignment: AlignmentType.CENTER, rows: [new TableRow({ children: [new TableCell({ width: { size: 1300, type: WidthType.DXA }, children: [logo] })] })],
    })];
  }
  const text = [
    ...lines(k.pemerintah.toUpperCase(), { size: 14, bold: true, align: 'center' }),
    // Long names drop to 13 pt so they stay on one line, as in the PDF.
    ...lines(k.instansi.toUpperCase(), { size: k.instansi.length > 34 ? 13 : 15, bold: true, align: 'center' }),
    ...(k.alamat ? lines(k.alamat, { size: 9, align: 'center' }) : []),
    ...(k.kontak ? lines(k.kontak, { size: 9, align: 'center' }) : []),
  ];
  return [
    new Table({
      width: { size: CONTENT, type: WidthType.DXA }, columnWidths: [1400, CONTENT - 1400], layout: TableLayoutType.FIXED,
      borders: { ...NO_BORDERS, bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: '000000' } },
      rows: [new TableRow({
        children: [
          new TableCell({ width: { size: 1400, type: WidthType.DXA }, children: [logoCell(k, 80)] }),
          new TableCell({ width: { size: CONTENT - 1400, type: WidthType.DXA }, children: text }),
        ],
      })],
    }),
    spacer(12),
  ];
}

function grid(b: Extract<Block, { t: 'grid' }>, keep: boolean): Table {
  const widths = b.widths.map((w) => Math.round(w * CONTENT));
  return new Table({
    width: { size: CONTENT, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: NO_BORDERS,
    rows: b.rows.map((row) => new TableRow({
      cantSplit: keep,
      children: row.map((text, i) => new TableCell({
        width: { size: widths[i]!, type: WidthType.DXA },
        margins: { left: 0, right: 60, top: 0, bottom: 0 },
        children: lines(text, { size: b.size ?? 11, bold: b.bold?.[i], align: b.align?.[i], keep }),
      })),
    })),
  });
}

/**
 * A word too wide for its cell (estimated at Arial's average advance, 0.6 em) gets soft hyphens at its
 * syllables, so Word and LibreOffice break it with a visible hyphen instead of cutting it anywhere.
 * Words that fit are left alone: a soft hyphen invites a break even where a plain wrap would do.
 */
function tanpaPotongKata(text: string, cellPt: number, size: number): string {
  return text.replace(/\p{L}+/gu, (w) => (w.length * 0.6 * size > cellPt ? sukuKata(w) : w));
}

function table(b: Extract<Block, { t: 'table' }>): Table {
  const total = b.cols.reduce((s, c) => s + c.weight, 0);
  const widths = b.cols.map((c) => Math.round((c.weight / total) * CONTENT));
  const size = b.size ?? 8.5;
  const cell = (text: string, i: number, o: { bold?: boolean; italics?: boolean; align?: Align; shade?: boolean }) => new TableCell({
    width: { size: widths[i]!, type: WidthType.DXA },
    margins: { left: 60, right: 60, top: 40, bottom: 40 },
    shading: o.shade ? { fill: 'E6E6E6', color: 'auto', type: 'clear' } : undefined,
    children: lines(tanpaPotongKata(text, widths[i]! / 20 - 6, size), { size, bold: o.bold, italics: o.italics, align: o.align }),
  });
  return new Table({
    width: { size: CONTENT, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [
      // Both header rows repeat on every page, as in the PDF.
      new TableRow({ tableHeader: true, children: b.cols.map((c, i) => cell(c.header, i, { bold: true, align: 'center', shade: true })) }),
      new TableRow({ tableHeader: true, children: b.cols.map((_, i) => cell(String(i + 1), i, { italics: true, align: 'center' })) }),
      ...b.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((t, i) => cell(t, i, { align: b.cols[i]!.align })) })),
    ],
  });
}

function block(b: Block, k: KopSurat, keep: boolean): (Paragraph | Table)[] {
  switch (b.t) {
    case 'kop': return kop(b, k);
    case 'heading':
      return b.lines.map((l) => new Paragraph({
        alignment: AlignmentType.CENTER, spacing: { before: 0, after: 40 },
        children: [new TextRun({ text: l, bold: b.bold !== false, size: (b.size ?? 12) * 2, font: FONT })],
      }));
    case 'para':
      return [new Paragraph({
        alignment: ALIGN[b.align ?? 'left'], indent: b.indent ? { left: Math.round(b.indent * 20) } : undefined, keepNext: keep, keepLines: keep,
        spacing: { before: 0, after: 0, line: 300 },
        children: [new TextRun({ text: b.text, size: 22, bold: b.bold, font: FONT })],
      })];
    case 'spacer': return [spacer(b.h, keep)];
    case 'grid': return [grid(b, keep)];
    case 'table': return [table(b)];
    case 'pageBreak': return [new Paragraph({ pageBreakBefore: true, children: [] })];
    case 'keep': return []; // Word keeps rows together on its own
    case 'note': return lines(b.text, { size: 7, italics: true });
    case 'signatureBox':
      return lines('Salinan DOCX ini tidak memuat tanda tangan elektronik; naskah yang sah adalah PDF bertanda tangan elektronik.', { size: 8, italics: true, keep });
  }
}

/**
 * A measured keep in Word terms: every paragraph of the run (table cells included) keeps with the
 * next, and its rows do not split, so "Demikian …" and the signatures land on one page.
 */
function withKeeps(blocks: Block[], k: KopSurat): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let keeping = false;
  for (const b of blocks) {
    if (b.t === 'keep') keeping = b.h === undefined;
    else if (b.t === 'pageBreak') keeping = false;
    out.push(...block(b, k, keeping));
    if (b.t === 'signatureBox') keeping = false;
  }
  return out;
}

/** The same composed document as the PDF, as an editable Word file for the secretariat. */
export async function renderDocx(composed: ComposedDocument, k: KopSurat): Promise<Buffer> {
  const mark = (text: string) => new Paragraph({
    alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true, color: 'BF0000', size: 22, font: FONT })],
  });
  const header = new Header({
    children: [
      ...(composed.rahasia ? [mark('RAHASIA')] : []),
      ...(composed.draf ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'DRAF', bold: true, size: 20, color: '666666', font: FONT })] })] : []),
    ],
  });
  const footer = new Footer({
    children: [
      ...(composed.rahasia ? [mark('RAHASIA')] : []),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES], size: 16, color: '4D4D4D', font: FONT })],
      }),
    ],
  });
  const doc = new Document({
    creator: 'Baperjakat Desk',
    title: composed.title,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [{
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height },
          margin: { top: PAGE.top, right: PAGE.right, bottom: PAGE.bottom, left: PAGE.left, header: 567, footer: 567 },
        },
      },
      headers: { default: header },
      footers: { default: footer },
      children: withKeeps(composed.blocks, k),
    }],
  });
  return Packer.toBuffer(doc);
}
