/**
 * A passphrase strength estimate the UI shows while typing and main enforces when sealing. It is a
 * rough entropy count (character pool × length, discounting repeats, sequences and common words),
 * not a guarantee: its job is to stop "bengkulu2026" and nudge towards several words.
 */
export const MIN_PASSPHRASE_LENGTH = 12;

const COMMON = [
  'password', 'sandi', 'rahasia', 'bengkulu', 'baperjakat', 'bkpsdm', 'admin', 'qwerty', 'asdf', 'indonesia',
  'pemkot', 'kota', 'welcome', 'letmein', 'abc', '123', 'iloveyou', 'merdeka', 'bismillah',
];

export type StrengthLevel = 0 | 1 | 2 | 3 | 4;

export interface PassphraseStrength {
  /** 0 sangat lemah … 4 sangat kuat. */
  level: StrengthLevel;
  bits: number;
  /** May this passphrase seal a dataset? */
  acceptable: boolean;
  /** Short hints in Bahasa Indonesia. */
  hints: string[];
}

export const STRENGTH_LABELS = ['Sangat lemah', 'Lemah', 'Cukup', 'Kuat', 'Sangat kuat'] as const;

export function passphraseStrength(p: string): PassphraseStrength {
  const hints: string[] = [];
  const s = p.normalize('NFC');
  let pool = 0;
  if (/[a-z]/.test(s)) pool += 26;
  if (/[A-Z]/.test(s)) pool += 26;
  if (/\d/.test(s)) pool += 10;
  if (/[^A-Za-z0-9]/.test(s)) pool += 33;
  // Repeats and runs ("aaaa", "1234", "abcd") add almost nothing.
  let effective = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const prev = s.charCodeAt(i - 1);
    const prev2 = s.charCodeAt(i - 2);
    if (i > 0 && c === prev) effective += 0.1;
    else if (i > 1 && c - prev === prev - prev2 && Math.abs(c - prev) === 1) effective += 0.2;
    else effective += 1;
  }
  const lower = s.toLowerCase();
  let common = 0;
  for (const w of COMMON) {
    let at = lower.indexOf(w);
    while (at >= 0) {
      common += w.length - 1;
      at = lower.indexOf(w, at + w.length);
    }
  }
  effective = Math.max(0, effective - common);
  const charBits = effective * Math.log2(Math.max(pool, 1));
  const words = s.split(/[\s\-_.]+/).filter((w) => w.length >= 3).length;
  // Real words are guessed as words, not letters: ≈ 14 bits each from a large vocabulary, plus
  // a little for whatever is not a letter.
  const wordBits = words * 14 + (s.match(/[^A-Za-z\s\-_.]/g) ?? []).length * 4;
  const bits = Math.round(words >= 2 ? Math.min(charBits, wordBits) : charBits);
  let level: StrengthLevel = bits < 28 ? 0 : bits < 45 ? 1 : bits < 60 ? 2 : bits < 80 ? 3 : 4;
  if (s.length < MIN_PASSPHRASE_LENGTH && level > 1) level = 1;
  if (s.length < MIN_PASSPHRASE_LENGTH) hints.push(`Minimal ${MIN_PASSPHRASE_LENGTH} karakter.`);
  if (common > 0) hints.push('Hindari kata yang mudah ditebak (nama kota, instansi, "sandi", "123").');
  if (words < 3 && level < 3) hints.push('Gunakan tiga kata atau lebih yang tidak berhubungan, mis. "kopi-hujan-layang-7".');
  return { level, bits, acceptable: s.length >= MIN_PASSPHRASE_LENGTH && level >= 2, hints };
}
