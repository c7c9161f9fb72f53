import UPNG from '@pdf-lib/upng';
import { rgb, type PDFImage } from 'pdf-lib';
import type { KopSurat } from '../../../shared/documents/model';
import { PAGE, type Flow } from './layout';

/**
 * A PNG with an alpha channel (colour types 4 and 6, or a tRNS chunk) is flattened onto white, so the
 * archival PDF carries no soft mask; anything else is embedded as it is.
 */
function opaquePng(bytes: Uint8Array): Uint8Array {
  const png = UPNG.decode(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  if (png.ctype !== 4 && png.ctype !== 6 && png.tabs.tRNS === undefined) return bytes;
  const rgba = new Uint8Array(UPNG.toRGBA8(png)[0]!);
  for (let i = 0; i < rgba.length; i += 4) {
    const a = rgba[i + 3]! / 255;
    for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(rgba[i + c]! * a + 255 * (1 - a));
    rgba[i + 3] = 255;
  }
  // Lossless; with every pixel opaque UPNG writes no alpha channel and no tRNS.
  return new Uint8Array(UPNG.encode([rgba.buffer], png.width, png.height, 0));
}

/** The instansi's emblem if one was imported (PNG or JPEG), else null and a plain "LOGO" box is drawn. */
export async function embedLogo(flow: Flow, kop: KopSurat): Promise<PDFImage | null> {
  if (!kop.logoBase64) return null;
  const bytes = Buffer.from(kop.logoBase64, 'base64');
  const isPng = bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return isPng ? flow.doc.embedPng(opaquePng(bytes)) : flow.doc.embedJpg(bytes);
}

/** Where the emblem goes until one is imported: says "LOGO" plainly rather than imitating an emblem. */
function drawPlaceholder(flow: Flow, x: number, yTop: number, size: number): void {
  const grey = rgb(0.55, 0.55, 0.55);
  flow.page.drawRectangle({ x, y: yTop - size, width: size, height: size, borderColor: grey, borderWidth: 0.8 });
  const font = flow.fonts.bold;
  const w = font.widthOfTextAtSize('LOGO', 11);
  flow.page.drawText('LOGO', { x: x + (size - w) / 2, y: yTop - size / 2 - 4, size: 11, font, color: grey });
}

function drawLogo(flow: Flow, logo: PDFImage | null, x: number, yTop: number, size: number): void {
  if (!logo) return drawPlaceholder(flow, x, yTop, size);
  const scale = Math.min(size / logo.width, size / logo.height);
  flow.page.drawImage(logo, { x, y: yTop - logo.height * scale, width: logo.width * scale, height: logo.height * scale });
}

function centered(flow: Flow, text: string, size: number, font = flow.fonts.bold, x0 = flow.left, width = flow.width): void {
  for (const line of flow.wrap(text, font, size, width)) {
    flow.drawLine(line, x0, flow.y - size, width, font, size, 'center');
    flow.y -= size * 1.2;
  }
}

/** Kop surat of the issuing body: logo left, names centred, address, and the double rule under it. */
export function drawKopInstansi(flow: Flow, kop: KopSurat, logo: PDFImage | null): void {
  const top = flow.y + 12;
  const logoSize = 66;
  drawLogo(flow, logo, flow.left, top, logoSize);
  const textLeft = flow.left + logoSize + 6;
  const textWidth = flow.width - logoSize - 6;
  flow.y = top;
  centered(flow, kop.pemerintah.toUpperCase(), 14, flow.fonts.bold, textLeft, textWidth);
  // The body's name on one line if it fits at 12 pt or more, as printed letterheads do.
  const instansi = kop.instansi.toUpperCase();
  let size = 15;
  while (size > 12 && flow.textWidth(instansi, flow.fonts.serifBold, size) > textWidth) size -= 0.5;
  centered(flow, instansi, size, flow.fonts.serifBold, textLeft, textWidth);
  if (kop.alamat) centered(flow, kop.alamat, 9, flow.fonts.regular, textLeft, textWidth);
  if (kop.kontak) centered(flow, kop.kontak, 9, flow.fonts.regular, textLeft, textWidth);
  flow.y = Math.min(flow.y, top - logoSize) - 4;
  flow.hr(2.2, 2.2);
  flow.hr(0.6, 14);
}

/** Head of a Keputusan by the head of region: the emblem centred above the title. */
export function drawKopKepalaDaerah(flow: Flow, kop: KopSurat, logo: PDFImage | null): void {
  const size = 58;
  drawLogo(flow, logo, (PAGE.width - size) / 2, flow.y + 8, size);
  flow.y -= size + 4;
}
