import { describe, expect, it } from 'vitest';
import { evaluateEligibility, type RuleResult } from '../../shared/compare/eligibility';
import { ELIGIBILITY_RULES, type RuleId } from '../../shared/rules/eligibility-rules';
import { DEFAULT_CONFIG, PARAM_DEFS, RuleConfig } from '../../shared/rules/params';
import type { ProfilPegawai } from '../../shared/domain/pegawai';
import type { CandidateInput, PostInput } from '../../shared/compare/types';
import { NIP, TODAY, candidate, pegawai, post } from './fixture';

function check(id: RuleId, p: Partial<ProfilPegawai>, opts: { c?: Partial<CandidateInput>; post?: PostInput; cfg?: RuleConfig } = {}): RuleResult {
  const c = candidate(pegawai({ nip: NIP.ani, ...p }), opts.c);
  const res = evaluateEligibility(c, opts.post ?? post(), opts.cfg ?? DEFAULT_CONFIG, TODAY);
  return res.results.find((r) => r.ruleId === id)!;
}
const status = (...a: Parameters<typeof check>) => check(...a).status;

describe('the rules table', () => {
  it('every rule names a legal source and only parameters that exist', () => {
    const keys = new Set(PARAM_DEFS.map((d) => d.key));
    for (const r of ELIGIBILITY_RULES) {
      expect(r.sumber.length).toBeGreaterThan(10);
      for (const p of r.params) expect(keys.has(p), `${r.id} → ${p}`).toBe(true);
    }
  });
  it('ignores an override that does not fit its definition', () => {
    const cfg = new RuleConfig({ 'usia.max.administrator': 'banyak', 'pangkat.min.III.b': 'V/z', 'skp.min': 'Baik' });
    expect(cfg.num('usia.max.administrator')).toBe(56);
    expect(cfg.golongan('pangkat.min.III.b')).toBe('III/d');
  });
});

describe('pangkat per eselon (PP 100/2000 jo. PP 13/2002)', () => {
  it('III.b needs III/d: at the floor meets, one step below needs attention, two below fails', () => {
    expect(status('pangkat', { golongan: 'III/d' })).toBe('memenuhi');
    expect(status('pangkat', { golongan: 'IV/b' })).toBe('memenuhi');
    expect(status('pangkat', { golongan: 'III/c' })).toBe('perlu_perhatian');
    expect(status('pangkat', { golongan: 'III/b' })).toBe('tidak_memenuhi');
  });
  it('with the tolerance set to 0, one step below fails', () => {
    expect(status('pangkat', { golongan: 'III/c' }, { cfg: new RuleConfig({ 'pangkat.toleransi': 0 }) })).toBe('tidak_memenuhi');
  });
  it('reads the floor for the post’s own eselon, and it is adjustable', () => {
    expect(status('pangkat', { golongan: 'III/d' }, { post: post({ level: 'III.a' }) })).toBe('perlu_perhatian');
    expect(status('pangkat', { golongan: 'III/d' }, { post: post({ level: 'III.a' }), cfg: new RuleConfig({ 'pangkat.min.III.a': 'III/d' }) })).toBe('memenuhi');
    expect(check('pangkat', { golongan: 'III/c' }).data).toContain('III/d');
  });
  it('does not apply to a pelaksana post', () => {
    expect(status('pangkat', { golongan: 'II/a' }, { post: post({ level: 'pelaksana' }) })).toBe('tidak_berlaku');
  });
});

describe('education (PP 11/2017 jo. PP 17/2020)', () => {
  it('administrator needs S-1 or D-IV', () => {
    expect(status('pendidikan', { pendidikan: 'D-IV' })).toBe('memenuhi');
    expect(status('pendidikan', { pendidikan: 'D-III' })).toBe('tidak_memenuhi');
  });
  it('pengawas needs D-III', () => {
    const pengawas = post({ level: 'IV.a' });
    expect(status('pendidikan', { pendidikan: 'D-III' }, { post: pengawas })).toBe('memenuhi');
    expect(status('pendidikan', { pendidikan: 'SMA' }, { post: pengawas })).toBe('tidak_memenuhi');
  });
});

describe('experience one level below', () => {
  it('administrator: 3 years as pengawas — exactly 3 years meets, a day short asks for the earlier posts', () => {
    expect(status('pengalaman', { tmtJabatan: '2023-11-23' })).toBe('memenuhi');
    expect(check('pengalaman', { tmtJabatan: '2023-11-24' })).toMatchObject({
      status: 'perlu_perhatian', alasan: expect.objectContaining({ id: expect.stringContaining('riwayat jabatan sebelumnya') }),
    });
  });
  it('pengawas: 4 years as pelaksana', () => {
    const c = { levelSaatIni: null };
    expect(status('pengalaman', { tmtJabatan: '2022-11-23' }, { post: post({ level: 'IV.b' }), c })).toBe('memenuhi');
    expect(status('pengalaman', { tmtJabatan: '2022-11-24' }, { post: post({ level: 'IV.b' }), c })).toBe('perlu_perhatian');
  });
  it('a rotation at the same level meets; skipping a level fails; a functional post needs a look', () => {
    expect(status('pengalaman', { tmtJabatan: '2026-10-01' }, { c: { levelSaatIni: 'III.a' } })).toBe('memenuhi');
    expect(status('pengalaman', {}, { c: { levelSaatIni: 'pelaksana' } })).toBe('tidak_memenuhi');
    expect(status('pengalaman', {}, { c: { levelSaatIni: 'fungsional' } })).toBe('perlu_perhatian');
  });
});

describe('SKP at least "Baik" for the last 2 years', () => {
  it('checks 2024 and 2025 on 23 November 2026', () => {
    expect(status('skp', { skp: [{ tahun: 2024, predikat: 'Baik' }, { tahun: 2025, predikat: 'Baik' }] })).toBe('memenuhi');
    expect(status('skp', { skp: [{ tahun: 2023, predikat: 'Sangat Kurang' }, { tahun: 2024, predikat: 'Baik' }, { tahun: 2025, predikat: 'Sangat Baik' }] })).toBe('memenuhi');
    expect(status('skp', { skp: [{ tahun: 2024, predikat: 'Baik' }, { tahun: 2025, predikat: 'Butuh Perbaikan' }] })).toBe('tidak_memenuhi');
    expect(status('skp', { skp: [{ tahun: 2025, predikat: 'Baik' }] })).toBe('perlu_perhatian');
  });
  it('the minimum rating is adjustable', () => {
    const cfg = new RuleConfig({ 'skp.min': 'Sangat Baik' });
    expect(status('skp', { skp: [{ tahun: 2024, predikat: 'Sangat Baik' }, { tahun: 2025, predikat: 'Baik' }] }, { cfg })).toBe('tidak_memenuhi');
  });
});

describe('no moderate/heavy sanction in the last 2 years', () => {
  const sanction = (tingkat: 'ringan' | 'sedang' | 'berat', mulai: string, selesai: string | null) =>
    ({ disiplin: [{ hukuman: 'Uji', tingkat, mulai, selesai, keterangan: '' }] });
  it('imposed exactly 2 years ago counts; a day earlier (and over) does not', () => {
    expect(status('disiplin', sanction('sedang', '2024-11-23', '2025-05-22'))).toBe('tidak_memenuhi');
    expect(status('disiplin', sanction('sedang', '2024-11-22', '2025-05-21'))).toBe('memenuhi');
  });
  it('a heavy sanction still running counts however old; a light one never bars', () => {
    expect(status('disiplin', sanction('berat', '2020-01-01', null))).toBe('tidak_memenuhi');
    expect(status('disiplin', sanction('ringan', '2026-01-01', '2026-01-01'))).toBe('memenuhi');
  });
});

describe('age at appointment: 56 for JPT Pratama; administrator/pengawas only as opt-in local policy', () => {
  const aktif = new RuleConfig({ 'usia.aktif.administrator': 1 });
  it('no national limit for administrator: off by default, whatever the age', () => {
    expect(status('usia', { tanggalLahir: '1960-01-01' })).toBe('tidak_berlaku');
    expect(status('usia', { tanggalLahir: '1960-01-01' }, { post: post({ level: 'IV.a' }) })).toBe('tidak_berlaku');
  });
  it('enabled: 56 years and 364 days meets; 57 today fails', () => {
    expect(status('usia', { tanggalLahir: '1969-11-24' }, { cfg: aktif })).toBe('memenuhi');
    expect(status('usia', { tanggalLahir: '1969-11-23' }, { cfg: aktif })).toBe('tidak_memenuhi');
  });
  it('JPT Pratama always applies its 56', () => {
    const jpt = post({ level: 'II.b' });
    expect(status('usia', { tanggalLahir: '1969-11-24' }, { post: jpt })).toBe('memenuhi');
    expect(status('usia', { tanggalLahir: '1969-11-23' }, { post: jpt })).toBe('tidak_memenuhi');
  });
  it('the one-grade-below allowance cites PP 100/2000 Pasal 5 huruf b, as local policy', () => {
    expect(check('pangkat', { golongan: 'III/c' }).alasan.id).toContain('Pasal 5 huruf b');
  });
});

describe('years before retirement (BUP 58 administrative, 60 JPT)', () => {
  it('reaching 58 today fails, tomorrow needs attention, far off meets', () => {
    expect(status('masa_kerja', { tanggalLahir: '1968-11-23' })).toBe('tidak_memenuhi');
    expect(status('masa_kerja', { tanggalLahir: '1968-11-24' })).toBe('perlu_perhatian');
    expect(status('masa_kerja', { tanggalLahir: '1975-01-01' })).toBe('memenuhi');
  });
  it('a JPT post uses 60', () => {
    const jpt = post({ level: 'II.b' });
    expect(status('masa_kerja', { tanggalLahir: '1968-11-23' }, { post: jpt })).toBe('memenuhi');
    expect(status('masa_kerja', { tanggalLahir: '1966-11-24' }, { post: jpt })).toBe('perlu_perhatian');
    expect(status('masa_kerja', { tanggalLahir: '1966-11-23' }, { post: jpt })).toBe('tidak_memenuhi');
  });
});

describe('absence (PP 94/2021 Pasal 11 ayat (2) huruf d)', () => {
  const a = (mulai: string, selesai: string, hariKerja: number, alasanSah = false) => ({ mulai, selesai, hariKerja, alasanSah, keterangan: '' });
  it('10 consecutive unexcused working days fail; 9 need attention', () => {
    expect(status('ketidakhadiran', { ketidakhadiran: [a('2026-03-02', '2026-03-13', 10)] })).toBe('tidak_memenuhi');
    expect(status('ketidakhadiran', { ketidakhadiran: [a('2026-03-02', '2026-03-12', 9)] })).toBe('perlu_perhatian');
  });
  it('two stretches split only by a weekend are one run (5 + 7 = 12)', () => {
    const r = check('ketidakhadiran', { ketidakhadiran: [a('2026-03-02', '2026-03-06', 5), a('2026-03-09', '2026-03-17', 7)] });
    expect(r.status).toBe('tidak_memenuhi');
    expect(r.alasan.id).toContain('12 hari kerja berturut-turut');
  });
  it('a working day in between breaks the run', () => {
    expect(status('ketidakhadiran', { ketidakhadiran: [a('2026-03-02', '2026-03-06', 5), a('2026-03-10', '2026-03-13', 4)] })).toBe('perlu_perhatian');
  });
  it('28 cumulative days in a year fail even without a long run; excused absence never counts', () => {
    const spread = Array.from({ length: 7 }, (_, i) => a(`2026-0${i + 1}-05`, `2026-0${i + 1}-08`, 4));
    expect(status('ketidakhadiran', { ketidakhadiran: spread })).toBe('tidak_memenuhi');
    expect(status('ketidakhadiran', { ketidakhadiran: [a('2026-03-02', '2026-03-27', 20, true)] })).toBe('memenuhi');
  });
  it('old absences outside the window are not held against anyone', () => {
    expect(status('ketidakhadiran', { ketidakhadiran: [a('2020-03-02', '2020-03-20', 15)] })).toBe('memenuhi');
  });
});

describe('overall status', () => {
  it('any failing rule makes the candidate ineligible, with the reason', () => {
    const c = candidate(pegawai({ nip: NIP.citra, golongan: 'III/b' }));
    const res = evaluateEligibility(c, post(), DEFAULT_CONFIG, TODAY);
    expect(res.status).toBe('tidak_memenuhi');
    expect(res.results.find((r) => r.status === 'tidak_memenuhi')?.alasan.id).toMatch(/III\/b/);
    expect(res.results).toHaveLength(ELIGIBILITY_RULES.length);
  });
});
