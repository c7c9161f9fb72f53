import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';

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
