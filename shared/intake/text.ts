/**
 * Spreadsheet text as people really type it: non-breaking and zero-width spaces pasted from
 * Word or the web, doubled spaces, stray tabs. Normalised once here so every rule sees clean text.
 */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\t\r\n]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

const PLAIN = /^[\x21-\x7e](?:[\x21-\x7e]| (?! ))*$/;

export function cleanText(s: string): string {
  // Most cells are plain ASCII already; skip the rewriting for them.
  if (PLAIN.test(s) && s.charCodeAt(s.length - 1) !== 32) return s;
  // NFC: "é" typed as e + combining accent must equal the precomposed one in names and keys.
  return s.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim().normalize('NFC');
}

/** Header/sheet key: case, spacing, punctuation and accents do not matter ("TMT_Golongan" = "tmt golongan"). */
export function headerKey(s: string): string {
  return cleanText(s).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A value as the problem list shows it: short, on one line. */
export function displayValue(s: string, max = 80): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max)}… (${one.length} karakter)` : one;
}
