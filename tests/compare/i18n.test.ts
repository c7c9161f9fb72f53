import { describe, expect, it } from 'vitest';
import { compareStrings } from '../../renderer/src/features/compare/i18n';
import { ERROR_CATALOG } from '../../shared/errors';
import { compareErrors } from '../../shared/errors/catalog-compare';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
}

describe('compare strings', () => {
  it('Bahasa Indonesia and English have the same keys, none empty', () => {
    expect(keys(compareStrings.en)).toEqual(keys(compareStrings.id));
    for (const lang of [compareStrings.id, compareStrings.en]) {
      const flat = JSON.stringify(lang);
      expect(flat).not.toMatch(/:""/);
    }
  });
  it('every compare error has both languages with the same placeholders, and is in the catalog', () => {
    for (const [code, m] of Object.entries(compareErrors)) {
      expect(ERROR_CATALOG[code]).toBe(m);
      const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
      expect(ph(m.en)).toEqual(ph(m.id));
    }
  });
});
