import { describe, expect, it } from 'vitest';
import { core } from '../../renderer/src/i18n/core';
import { FEATURE_RESOURCES } from '../../renderer/src/features/resources';
import { auditStrings } from '../../renderer/src/features/session/audit-i18n';

/**
 * Issue 15: the English UI has no Indonesian left. Walks every English string table and looks for
 * Indonesian function words (domain terms such as eselon, jabatan, SKP, pakta stay Indonesian by design).
 */
const INDONESIAN = ['atau', 'dan', 'yang', 'tidak', 'ada', 'dari', 'untuk', 'dengan', 'belum', 'sudah', 'oleh', 'pada', 'ini', 'itu', 'akan', 'harus', 'dapat', 'tanpa', 'sebagai'];
const WORD = new RegExp(`(^|[^\\p{L}])(${INDONESIAN.join('|')})(?=[^\\p{L}]|$)`, 'iu');

/** Strings that name an Indonesian document phrase on purpose (the SK's subject as it is printed). */
const QUOTES_INDONESIAN = new Set(['documents.kop.tentang']);

function strings(node: unknown, path: string): { path: string; text: string }[] {
  if (typeof node === 'string') return [{ path, text: node }];
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

describe('English strings', () => {
  it('carry no Indonesian function words', () => {
    const tables = { core: core.en, audit: auditStrings.en, ...Object.fromEntries(Object.entries(FEATURE_RESOURCES).map(([ns, r]) => [ns, r.en])) };
    const found = Object.entries(tables).flatMap(([ns, t]) => strings(t, ns))
      // Interpolated values ({{nama}}) and quoted Indonesian document titles are not UI words.
      .map((s) => ({ ...s, bare: s.text.replace(/\{\{[^}]+\}\}/g, '').replace(/“[^”]*”|"[^"]*"/g, '') }))
      .filter((s) => WORD.test(s.bare) && !QUOTES_INDONESIAN.has(s.path))
      .map((s) => `${s.path}: ${s.text}`);
    expect(found).toEqual([]);
  });

  it('the check itself finds Indonesian', () => {
    expect(WORD.test('Tidak ada data')).toBe(true);
    expect(WORD.test('Baperjakat atau panitia')).toBe(true);
    expect(WORD.test('No data yet')).toBe(false);
  });
});
