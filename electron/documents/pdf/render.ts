import QRCode from 'qrcode';
import { rgb, type PDFDocument, type PDFPage } from 'pdf-lib';
import type { Block, ComposedDocument } from '../../../shared/documents/blocks';
import type { KopSurat } from '../../../shared/documents/model';
import { drawKopInstansi, drawKopKepalaDaerah, embedLogo } from './kop';
import { Flow, finishPages } from './layout';
import { makeArchival, newPdf } from './pdfa';

/** What the visible signature box shows; the QR carries the content hash and the session reference. */
export interface VisibleSignature {
  lines: string[];
  qrText: string;
}

export interface RenderedPdf {
  doc: PDFDocument;
  /** Where the signature box was drawn: its page and [x1, y1, x2, y2]. */
  signatureSlot: { page: PDFPage; rect: [number, number, number, number] } | null;
}

/** Draws a QR code as vector squares: crisp when printed and cheap to embed. */
function drawQr(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const cell = size / (n + 2);
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (qr.modules.get(r, c)) {
        page.drawRectangle({ x: x + (c + 1) * cell, y: y + size - (r + 2) * cell, width: cell, height: cell, color: rgb(0, 0, 0) });
      }
    }
  }
}

function drawSignatureBox(flow: Flow, sig: VisibleSignature | undefined): RenderedPdf['signatureSlot'] {
  const h = 104;
  flow.ensure(h + 6);
  const x = flow.left;
  const top = flow.y;
  const w = flow.width;
  const page = flow.page;
  page.drawRectangle({ x, y: top - h, width: w, height: h, borderColor: rgb(0.2, 0.3, 0.5), borderWidth: 0.8 });
  const qrSize = h - 8;
  if (sig) drawQr(page, sig.qrText, x + 4, top - h + 4, qrSize);
  const tx = x + qrSize + 14;
  const lines = sig?.lines ?? ['Dokumen ini belum ditandatangani secara elektronik.'];
  let ty = top - 14;
  lines.forEach((line, i) => {
    const font = i === 0 ? flow.fonts.bold : flow.fonts.regular;
    for (const l of flow.wrap(line, font, 8, w - qrSize - 30)) {
      page.drawText(l, { x: tx, y: ty, size: 8, font, color: rgb(0.1, 0.15, 0.3) });
      ty -= 10.5;
    }
  });
  flow.y = top - h - 4;
  return { page, rect: [x, top - h, x + w, top] };
}

function drawBlock(flow: Flow, b: Block, kop: KopSurat, logo: Awaited<ReturnType<typeof embedLogo>>): void {
  const { fonts } = flow;
  switch (b.t) {
    case 'kop':
      if (b.gaya === 'instansi') drawKopInstansi(flow, kop, logo);
      else drawKopKepalaDaerah(flow, kop, logo);
      return;
    case 'heading': {
      const size = b.size ?? 12;
      const font = b.bold === false ? fonts.regular : fonts.bold;
      for (const line of b.lines) {
        if (!line) {
          flow.y -= size * 0.6;
          continue;
        }
        for (const l of flow.wrap(line, font, size, flow.width)) {
          flow.ensure(size * 1.3);
          flow.drawLine(l, flow.left, flow.y - size, flow.width, font, size, 'center');
          flow.y -= size * 1.3;
        }
      }
      return;
    }
    case 'para':
      flow.paragraph(b.text, { align: b.align, indent: b.indent, font: b.bold ? fonts.bold : undefined });
      return;
    case 'spacer':
      flow.spacer(b.h);
      return;
    case 'grid':
      for (const row of b.rows) {
        flow.columns(
          row.map((text, i) => ({
            text, width: b.widths[i]! * flow.width, align: b.align?.[i] ?? 'left', font: b.bold?.[i] ? fonts.bold : undefined,
          })),
          b.size ?? 11,
        );
      }
      return;
    case 'table':
      flow.table(b.cols, b.rows, { size: b.size });
      return;
    case 'pageBreak':
      flow.addPage();
      return;
    case 'keep':
      if (b.h !== undefined) flow.ensure(b.h);
      return; // a measured keep is handled by the caller, which sees the blocks that follow
    case 'note':
      for (const l of flow.wrap(b.text, fonts.italic, 7, flow.width)) {
        flow.ensure(9);
        flow.page.drawText(l, { x: flow.left, y: flow.y - 7, size: 7, font: fonts.italic, color: rgb(0.3, 0.3, 0.3) });
        flow.y -= 9;
      }
      return;
    case 'signatureBox':
      return; // handled by the caller, which needs the slot
  }
}

/** The blocks a measured keep holds together: up to the next keep or page break, or through the signature box. */
function keepRun(blocks: Block[], from: number): Block[] {
  const run: Block[] = [];
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.t === 'keep' || b.t === 'pageBreak') break;
    run.push(b);
    if (b.t === 'signatureBox') break;
  }
  return run;
}

export interface RenderOptions {
  kop: KopSurat;
  fontsDir: string;
  /** sRGB ICC profile for the PDF/A OutputIntent. */
  iccPath: string;
  now: Date;
  author: string;
  signature?: VisibleSignature;
  keywords?: string[];
}

/** Renders a composed document to a PDF/A-2b pdf-lib document (not yet saved, so a signature can be added). */
export async function renderPdf(composed: ComposedDocument, opts: RenderOptions): Promise<RenderedPdf> {
  const meta = { title: composed.title, subject: composed.title, author: opts.author, keywords: opts.keywords ?? [], now: opts.now };
  const { doc, fonts } = await newPdf(opts.fontsDir, meta);
  const flow = new Flow(doc, fonts);
  flow.addPage();
  const logo = await embedLogo(flow, opts.kop);
  let signatureSlot: RenderedPdf['signatureSlot'] = null;
  const draw = (b: Block): void => {
    if (b.t !== 'signatureBox') drawBlock(flow, b, opts.kop, logo);
    else if (flow.dryRun) drawSignatureBox(flow, opts.signature);
    else signatureSlot = drawSignatureBox(flow, opts.signature);
  };
  composed.blocks.forEach((b, i) => {
    if (b.t === 'keep' && b.h === undefined) {
      const h = flow.measure(() => keepRun(composed.blocks, i + 1).forEach(draw));
      if (h <= Flow.usable) flow.ensure(h);
    } else draw(b);
  });
  finishPages(flow, { rahasia: composed.rahasia, draf: composed.draf });
  makeArchival(doc, flow.pages, meta, opts.iccPath);
  return { doc, signatureSlot };
}
