import type { Block, ComposedDocument } from './blocks';

/**
 * "M.Si." at the end of a sentence must not print as "M.Si..": a title's own full stop ends the
 * sentence. Runs of three or more dots (blanks to fill in, "........") are left alone.
 */
export function rapikanTitik(text: string): string {
  return text.replace(/(?<=[\p{L}\p{N})])\.\.(?!\.)/gu, '.');
}

function tidyBlock(b: Block): Block {
  switch (b.t) {
    case 'heading': return { ...b, lines: b.lines.map(rapikanTitik) };
    case 'para': return { ...b, text: rapikanTitik(b.text) };
    case 'grid': return { ...b, rows: b.rows.map((r) => r.map(rapikanTitik)) };
    case 'table': return { ...b, rows: b.rows.map((r) => r.map(rapikanTitik)) };
    case 'note': return { ...b, text: rapikanTitik(b.text) };
    default: return b;
  }
}

/** The typographic pass every composed document goes through before any renderer sees it. */
export function rapikanDokumen(doc: ComposedDocument): ComposedDocument {
  return { ...doc, title: rapikanTitik(doc.title), blocks: doc.blocks.map(tidyBlock) };
}

const VOKAL = /[aeiouAEIOU]/;

/**
 * Soft hyphens (U+00AD) at Indonesian syllable seams — before a consonant that opens a syllable,
 * "Pe\u00adlak\u00adsa\u00adna" — so Word and LibreOffice can break a long word in a narrow table cell
 * with a visible hyphen instead of cutting it anywhere. Words under seven letters are left whole.
 */
export function sukuKata(text: string): string {
  return text.replace(/\p{L}{7,}/gu, (w) => {
    let out = w[0]!;
    for (let i = 1; i < w.length; i++) {
      const seam = i >= 2 && i <= w.length - 2 && !VOKAL.test(w[i]!) && VOKAL.test(w[i + 1] ?? '') && /\p{L}/u.test(w[i - 1]!);
      out += (seam ? '\u00ad' : '') + w[i]!;
    }
    return out;
  });
}
