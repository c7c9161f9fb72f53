import { describe, expect, it } from 'vitest';
import {
  parseNip, formatNip, maskNip, namaLengkap, jenisMutasi, golonganRank, isoDateSchema, targetTercapai, pegawaiSchema,
  permohonanSchema, jenjangOf, formatPangkat,
} from '../../shared/domain';
import { formatTanggal, formatTanggalPendek, yearsBetween, addYears, daysBetween } from '../../shared/format/tanggal';

const TODAY = '2026-11-23';

describe('NIP', () => {
  it('reads a valid NIP into its parts', () => {
    expect(parseNip('198503122010011004', TODAY)).toEqual({
      ok: true, value: { tanggalLahir: '1985-03-12', tmtCpns: '2010-01', jenisKelamin: 'L', urut: '004' },
    });
    expect(parseNip('199002292015032001', TODAY)).toMatchObject({ ok: false, problem: 'tanggal_lahir_tidak_valid' }); // 1990 not leap
    expect(parseNip('199202292015032001', TODAY)).toMatchObject({ ok: true, value: { jenisKelamin: 'P' } });
  });

  it('names each problem', () => {
    expect(parseNip('19850312201001100', TODAY)).toMatchObject({ problem: 'bukan_18_digit' });
    expect(parseNip('1.98503122010011E17', TODAY)).toMatchObject({ problem: 'bukan_18_digit' });
    expect(parseNip('198513122010011004', TODAY)).toMatchObject({ problem: 'tanggal_lahir_tidak_valid' });
    expect(parseNip('198503122010131004', TODAY)).toMatchObject({ problem: 'tmt_cpns_tidak_valid' });
    expect(parseNip('198503122027011004', TODAY)).toMatchObject({ problem: 'tmt_cpns_tidak_valid' }); // future
    expect(parseNip('198503121999011004', TODAY)).toMatchObject({ problem: 'tmt_sebelum_usia_18' });
    expect(parseNip('198503122010013004', TODAY)).toMatchObject({ problem: 'kode_jenis_kelamin_tidak_valid' });
  });

  it('prints grouped 8 6 1 3 and masks for the projector', () => {
    expect(formatNip('198503122010011004')).toBe('19850312 201001 1 004');
    const masked = maskNip('198503122010011004');
    expect(masked).not.toContain('0312');
    expect(masked.endsWith('004')).toBe(true);
  });

  it('pins the exact masked form: the birth year and the serial, never the month, day, TMT or sex', () => {
    // Each position as printed: birth date (8), TMT CPNS (6), sex (1), serial (3).
    expect(maskNip('198503122010011004')).toBe('1985•••• •••••• • 004');
    expect(maskNip('197012312000122001')).toBe('1970•••• •••••• • 001');
    expect(formatNip('197012312000122001')).toBe('19701231 200012 2 001');
    // The masked form has the printed form's shape, so the projector layout does not jump.
    expect(maskNip('198503122010011004')).toHaveLength(formatNip('198503122010011004').length);
    // Not a NIP: nothing of it shows.
    expect(maskNip('1985031220100')).toBe('•'.repeat(13));
    expect(maskNip('')).toBe('');
  });
});

describe('names, ranks and levels', () => {
  it('writes names with gelar as documents do', () => {
    expect(namaLengkap({ nama: 'Ahmad Fauzi', gelarDepan: 'Dr.', gelarBelakang: 'S.E., M.M.' })).toBe('Dr. Ahmad Fauzi, S.E., M.M.');
    expect(namaLengkap({ nama: 'Siti Aisyah', gelarDepan: '', gelarBelakang: '' })).toBe('Siti Aisyah');
    expect(formatPangkat('III/d')).toBe('Penata Tingkat I (III/d)');
  });

  it('orders golongan and derives Promosi / Rotasi / Tetap', () => {
    expect(golonganRank('III/d')).toBeLessThan(golonganRank('IV/a'));
    expect(jenisMutasi('IV.a', 'III.b', false)).toBe('Promosi');
    expect(jenisMutasi('pelaksana', 'IV.b', false)).toBe('Promosi');
    expect(jenisMutasi('IV.a', 'IV.a', false)).toBe('Rotasi');
    expect(jenisMutasi('III.a', 'IV.a', false)).toBe('Rotasi');
    expect(jenisMutasi('IV.a', 'IV.a', true)).toBe('Tetap');
    expect(jenjangOf('II.b')).toBe('jpt_pratama');
    expect(jenjangOf('III.a')).toBe('administrator');
    expect(jenjangOf('IV.b')).toBe('pengawas');
  });
});

describe('schemas', () => {
  it('accepts only real calendar dates', () => {
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(isoDateSchema.safeParse('2025-02-29').success).toBe(false);
    expect(isoDateSchema.safeParse('29-02-2024').success).toBe(false);
  });

  it('requires 1–3 target posts in a request', () => {
    const base = {
      id: 'OK-1', nip: '198503122010011004', tanggal: '2026-07-02', kategoriAlasan: 'dekat_domisili', alasan: '',
      paktaDitandatangani: true, tanggalPakta: '2026-07-02', status: 'diajukan',
    };
    expect(permohonanSchema.safeParse({ ...base, pilihan: ['J1'] }).success).toBe(true);
    expect(permohonanSchema.safeParse({ ...base, pilihan: [] }).success).toBe(false);
    expect(permohonanSchema.safeParse({ ...base, pilihan: ['J1', 'J2', 'J3', 'J4'] }).success).toBe(false);
  });

  it('rejects a pegawai with an impossible golongan', () => {
    const r = pegawaiSchema.safeParse({ golongan: 'III/e' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.some((i) => i.path[0] === 'golongan')).toBe(true);
  });

  it('judges a target met only when reached by its deadline', () => {
    const t = { nilaiTarget: 90, tenggat: '2026-06-30' };
    expect(targetTercapai({ ...t, realisasi: null, tanggalRealisasi: null })).toBeNull();
    expect(targetTercapai({ ...t, realisasi: 92, tanggalRealisasi: '2026-06-30' })).toBe(true);
    expect(targetTercapai({ ...t, realisasi: 92, tanggalRealisasi: '2026-07-01' })).toBe(false);
    expect(targetTercapai({ ...t, realisasi: 89.9, tanggalRealisasi: '2026-06-01' })).toBe(false);
  });
});

describe('Indonesian dates', () => {
  it('formats and counts as documents need', () => {
    expect(formatTanggal('2026-11-23')).toBe('23 November 2026');
    expect(formatTanggal('2025-07-02')).toBe('2 Juli 2025');
    expect(formatTanggalPendek('2026-08-07')).toBe('7 Agt 2026');
    expect(yearsBetween('1968-11-24', '2026-11-23')).toBe(57);
    expect(yearsBetween('1968-11-23', '2026-11-23')).toBe(58);
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
    expect(daysBetween('2026-11-23', '2026-12-03')).toBe(10);
  });
});
