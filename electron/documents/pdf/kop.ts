import { rgb, type PDFImage } from 'pdf-lib';
import type { KopSurat } from '../../../shared/documents/model';
import { PAGE, type Flow } from './layout';

/** The instansi's logo if one is configured (PNG or JPEG), else null and a drawn emblem is used. */
export async function embedLogo(flow: Flow, kop: KopSurat): Promise<PDFImage | null> {
  if (!kop.logoBase64) return null;
  const bytes = Buffer.from(kop.logoBase64, 'base64');
  const isPng = bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return isPng ? flow.doc.embedPng(bytes) : flow.doc.embedJpg(bytes);
}

/** A plain shield with a star: stands in for the regional emblem until the instansi uploads its own. */
function drawEmblem(flow: Flow, x: number, yTop: number, size: number): void {
  const s = size / 100;
  flow.page.drawSvgPath('M 50 0 L 95 12 L 95 55 C 95 80 70 95 50 100 C 30 95 5 80 5 55 L 5 12 Z', {
    x, y: yTop, scale: s, color: rgb(0.1, 0.4, 0.2), borderColor: rgb(0.75, 0.6, 0.1), borderWidth: 3,
  });
  flow.page.drawSvgPath('M 50 18 L 58 42 L 83 42 L 63 57 L 71 81 L 50 66 L 29 81 L 37 57 L 17 42 L 42 42 Z', {
    x, y: yTop, scale: s, color: rgb(0.95, 0.8, 0.2),
  });
}

function drawLogo(flow: Flow, logo: PDFImage | null, x: number, yTop: number, size: number): void {
  if (!logo) return drawEmblem(flow, x, yTop, size);
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
