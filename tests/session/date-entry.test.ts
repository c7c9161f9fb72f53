import { describe, expect, it } from 'vitest';
import { parseTanggalKetik } from '../../shared/format/tanggal';

describe('dates typed into the app\'s date fields', () => {
  it('reads yyyy-mm-dd and the Indonesian dd-mm-yyyy / dd/mm/yyyy / d.m.yyyy forms', () => {
    expect(parseTanggalKetik('2026-11-26')).toBe('2026-11-26');
    expect(parseTanggalKetik('26-11-2026')).toBe('2026-11-26');
    expect(parseTanggalKetik(' 1/2/2024 ')).toBe('2024-02-01');
    expect(parseTanggalKetik('29.02.2024')).toBe('2024-02-29');
  });
  it('refuses days the calendar lacks and anything else', () => {
    expect(parseTanggalKetik('29-02-2026')).toBeNull();
    expect(parseTanggalKetik('2026-02-30')).toBeNull();
    expect(parseTanggalKetik('31-04-2026')).toBeNull();
    expect(parseTanggalKetik('2026-13-01')).toBeNull();
    expect(parseTanggalKetik('26 November 2026')).toBeNull();
    expect(parseTanggalKetik('')).toBeNull();
  });
});
