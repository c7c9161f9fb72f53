import { describe, expect, it } from 'vitest';
import { parseCell, parseNumberText, matchChoice, type ColumnKind } from '../../shared/intake/cells';
import { fromExcelSerial, parseTanggalText } from '../../shared/intake/dates';
import { cleanText, headerKey } from '../../shared/intake/text';
import { GOLONGAN } from '../../shared/domain/golongan';
import { PREDIKAT_SKP } from '../../shared/domain/skp';
import { LEVEL_JABATAN } from '../../shared/domain/eselon';
import { passphraseStrength } from '../../shared/intake/passphrase';

const TODAY = '2026-11-23';
const nip: ColumnKind = { type: 'nip' };
const tanggal: ColumnKind = { type: 'tanggal' };
const code = (r: ReturnType<typeof parseCell>) => (r.ok ? 'ok' : r.code);
const value = (r: ReturnType<typeof parseCell>) => (r.ok ? r.value : undefined);

describe('NIP', () => {
  it('accepts 18 digits with a real birth date, plausible TMT and sex digit, spaces allowed', () => {
    expect(value(parseCell('19850312 201001 1 004', nip, TODAY))).toBe('198503122010011004');
    expect(value(parseCell('\u00a0198503122010012004\u200b', nip, TODAY))).toBe('198503122010012004');
  });
  it('says precision was lost when the NIP arrives as a number, or as scientific notation text', () => {
    expect(code(parseCell(198503122010011000, nip, TODAY))).toBe('NIP_ANGKA');
    expect(code(parseCell('1,98503E+17', nip, TODAY))).toBe('NIP_ANGKA');
    expect(code(parseCell('1.98503122010011E+17', nip, TODAY))).toBe('NIP_ANGKA');
  });
  it('names each NIP defect', () => {
    expect(code(parseCell('19850312201001100', nip, TODAY))).toBe('NIP_BUKAN_18_DIGIT');
    expect(code(parseCell('198502302010011004', nip, TODAY))).toBe('NIP_TANGGAL_LAHIR'); // 30 Feb
    expect(code(parseCell('198503122030011004', nip, TODAY))).toBe('NIP_TMT_CPNS'); // future TMT
    expect(code(parseCell('198503122010131004', nip, TODAY))).toBe('NIP_TMT_CPNS'); // month 13
    expect(code(parseCell('198503121995011004', nip, TODAY))).toBe('NIP_TMT_USIA'); // CPNS at 9
    expect(code(parseCell('198503122010013004', nip, TODAY))).toBe('NIP_JENIS_KELAMIN');
  });
});

describe('dates', () => {
  it.each([
    ['2025-07-02', '2025-07-02'], ['02-07-2025', '2025-07-02'], ['2/7/2025', '2025-07-02'], ['02.07.2025', '2025-07-02'],
    ['2 Juli 2025', '2025-07-02'], ['2 juli 2025', '2025-07-02'], ['02-Jul-2025', '2025-07-02'], ['17 Agustus 1945', '1945-08-17'],
    ['1 Nopember 2020', '2020-11-01'], ['31 Desember 2024', '2024-12-31'], ['45840', '2025-07-02'], ['2025-07-02T00:00:00Z', '2025-07-02'],
  ])('reads %s', (input, iso) => {
    expect(value(parseCell(input, tanggal, TODAY))).toBe(iso);
  });
  it('reads Excel serial numbers and exceljs dates', () => {
    expect(fromExcelSerial(45840)).toEqual({ ok: true, iso: '2025-07-02' });
    expect(fromExcelSerial(61)).toEqual({ ok: true, iso: '1900-03-01' });
    expect(value(parseCell(45840, tanggal, TODAY))).toBe('2025-07-02');
    expect(value(parseCell({ date: '2025-07-02' }, tanggal, TODAY))).toBe('2025-07-02');
  });
  it('refuses dates that do not exist, and text that is not a date', () => {
    expect(code(parseCell('31 Juni 2025', tanggal, TODAY))).toBe('TANGGAL_TIDAK_ADA');
    expect(code(parseCell('29-02-2023', tanggal, TODAY))).toBe('TANGGAL_TIDAK_ADA');
    expect(code(parseCell('2 Juky 2025', tanggal, TODAY))).toBe('TANGGAL_FORMAT');
    expect(code(parseCell('besok', tanggal, TODAY))).toBe('TANGGAL_FORMAT');
    expect(parseTanggalText('07/2025').ok).toBe(false);
  });
});

describe('text, numbers and lists', () => {
  it('trims non-breaking and zero-width spaces and collapses runs', () => {
    expect(cleanText('\u00a0 Ahmad\u00a0\u00a0Fauzi \u200b\t')).toBe('Ahmad Fauzi');
    expect(headerKey(' TMT_Golongan ')).toBe(headerKey('tmt golongan'));
  });
  it('reads Indonesian and English number formats', () => {
    expect(parseNumberText('-3,7956')).toBe(-3.7956);
    expect(parseNumberText('1.234,5')).toBe(1234.5);
    expect(parseNumberText('1,234.5')).toBe(1234.5);
    expect(parseNumberText('12,345')).toBe(12.345);
    expect(parseNumberText('1,234,567')).toBe(1234567);
    expect(parseNumberText('1.000.000')).toBe(1000000);
    expect(parseNumberText('12 abc')).toBeNull();
  });
  it('matches golongan, eselon and predikat from their lists whatever the case or separator', () => {
    expect(matchChoice('iii/d', GOLONGAN)).toBe('III/d');
    expect(matchChoice('IV-a', GOLONGAN)).toBe('IV/a');
    expect(matchChoice('III/e', GOLONGAN)).toBeNull();
    expect(matchChoice('iii.a', LEVEL_JABATAN)).toBe('III.a');
    expect(matchChoice('sangat baik', PREDIKAT_SKP)).toBe('Sangat Baik');
    expect(code(parseCell('Istimewa', { type: 'pilihan', values: PREDIKAT_SKP }, TODAY))).toBe('PILIHAN_TIDAK_DIKENAL');
  });
  it('reads Ya/Tidak and refuses anything else', () => {
    expect(value(parseCell('YA', { type: 'yaTidak' }, TODAY))).toBe(true);
    expect(value(parseCell('tidak', { type: 'yaTidak' }, TODAY))).toBe(false);
    expect(code(parseCell('mungkin', { type: 'yaTidak' }, TODAY))).toBe('YA_TIDAK');
  });
  it('refuses formulas, error cells and 10,000-character cells', () => {
    expect(code(parseCell({ formula: 'HYPERLINK("http://x")' }, { type: 'teks', max: 100 }, TODAY))).toBe('RUMUS');
    expect(code(parseCell({ error: '#REF!' }, { type: 'teks', max: 100 }, TODAY))).toBe('GALAT_SEL');
    expect(code(parseCell('x'.repeat(10_000), { type: 'teks', max: 2000 }, TODAY))).toBe('TERLALU_PANJANG');
    expect(code(parseCell('x'.repeat(10_000), nip, TODAY))).toBe('TERLALU_PANJANG');
  });
  it('checks ranges and integers', () => {
    expect(code(parseCell('6', { type: 'bulat', min: 1, max: 5 }, TODAY))).toBe('DI_LUAR_RENTANG');
    expect(code(parseCell('2,5', { type: 'bulat', min: 1, max: 5 }, TODAY))).toBe('BUKAN_BULAT');
    expect(code(parseCell('lima', { type: 'bulat', min: 1, max: 5 }, TODAY))).toBe('BUKAN_ANGKA');
  });
});

describe('passphrase strength', () => {
  it('refuses short or guessable passphrases and accepts several unrelated words', () => {
    expect(passphraseStrength('bengkulu2026').acceptable).toBe(false);
    expect(passphraseStrength('aaaaaaaaaaaaaaaa').acceptable).toBe(false);
    expect(passphraseStrength('Ab1!').level).toBeLessThanOrEqual(1);
    const good = passphraseStrength('kopi-hujan-layang-tujuh');
    expect(good.acceptable).toBe(true);
    expect(good.level).toBeGreaterThanOrEqual(2);
    expect(passphraseStrength('x7#Kp9!qLm2@vB').level).toBe(4);
  });
});
