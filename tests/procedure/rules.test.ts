import { describe, expect, it } from 'vitest';
import { jenisMutasiSetara, jenjangFungsionalDariNama, tingkatSetara } from '../../shared/rules/penyetaraan';
import { DEFAULT_CONFIG, RuleConfig } from '../../shared/rules/params';
import { addMonths, jendelaPada, jendelaPilkada } from '../../shared/session/election-window';
import { cekKeputusanJpt, cekProsedurJpt, kutipanProsedur, type JptDecisionFacts, type ProsedurJpt } from '../../shared/session/procedure';
import { cekKeputusanTinjauan } from '../../shared/session/pledge';
import { permohonanSchema } from '../../shared/domain/permohonan';

const f = (level: 'fungsional' | 'pelaksana' | 'III.a' | 'III.b' | 'IV.a' | 'IV.b' | 'II.b', nama = '') => ({ level, nama });

describe('promosi / rotasi / demosi with functional levels (PermenPANRB 28/2019 penyetaraan)', () => {
  it('reads the functional jenjang from the post name', () => {
    expect(jenjangFungsionalDariNama('Analis Kebijakan Ahli Madya')).toBe('ahli_madya');
    expect(jenjangFungsionalDariNama('Pranata Komputer Ahli Pertama')).toBe('ahli_pertama');
    expect(jenjangFungsionalDariNama('Arsiparis Penyelia')).toBe('penyelia');
    expect(jenjangFungsionalDariNama('Staf Umum')).toBeNull();
  });
  it('administrator ≈ Ahli Madya, pengawas ≈ Ahli Muda, ex-eselon V ≈ Ahli Pertama', () => {
    expect(tingkatSetara(f('fungsional', 'Analis Ahli Madya'))).toBe(tingkatSetara(f('III.b')));
    expect(tingkatSetara(f('fungsional', 'Analis Ahli Muda'))).toBe(tingkatSetara(f('IV.a')));
    expect(tingkatSetara(f('fungsional', 'Analis Ahli Pertama'))).toBeGreaterThan(tingkatSetara(f('pelaksana')));
    expect(tingkatSetara(f('fungsional', 'Analis Ahli Pertama'))).toBeLessThan(tingkatSetara(f('IV.b')));
  });
  it('Ahli Madya → III.a is a rotation; Ahli Muda → III.b a promotion; III.a → Ahli Muda a demotion, never Promosi', () => {
    expect(jenisMutasiSetara(f('fungsional', 'Analis Ahli Madya'), f('III.a'), false)).toBe('Rotasi');
    expect(jenisMutasiSetara(f('fungsional', 'Analis Ahli Muda'), f('III.b'), false)).toBe('Promosi');
    expect(jenisMutasiSetara(f('III.a'), f('fungsional', 'Analis Ahli Muda'), false)).toBe('Demosi');
    expect(jenisMutasiSetara(f('IV.a'), f('fungsional', 'Analis Ahli Pertama'), false)).toBe('Demosi');
    // The old rule ranked every functional post with pelaksana, so this printed Promosi.
    expect(jenisMutasiSetara(f('fungsional', 'Analis Ahli Madya'), f('IV.a'), false)).toBe('Demosi');
  });
  it('structural moves keep the eselon order; the same post is Tetap', () => {
    expect(jenisMutasiSetara(f('III.b'), f('III.a'), false)).toBe('Promosi');
    expect(jenisMutasiSetara(f('III.a'), f('III.b'), false)).toBe('Demosi');
    expect(jenisMutasiSetara(f('IV.a'), f('IV.a'), false)).toBe('Rotasi');
    expect(jenisMutasiSetara(f('IV.a'), f('IV.a'), true)).toBe('Tetap');
    expect(jenisMutasiSetara(f('pelaksana'), f('IV.b'), false)).toBe('Promosi');
  });
});

describe('election windows (UU 10/2016 Pasal 162 ayat (3), Pasal 71 ayat (2))', () => {
  const jadwal = { tanggalPelantikan: '2025-02-20', tanggalPenetapanCalon: '2029-09-22', akhirMasaJabatan: null };
  it('six months after the inauguration: the last day inside, the next day outside', () => {
    expect(jendelaPada('2025-02-20', jadwal, DEFAULT_CONFIG)?.jenis).toBe('pasca_pelantikan');
    expect(jendelaPada('2025-08-19', jadwal, DEFAULT_CONFIG)?.jenis).toBe('pasca_pelantikan');
    expect(jendelaPada('2025-08-20', jadwal, DEFAULT_CONFIG)).toBeNull();
    expect(jendelaPada('2025-02-19', jadwal, DEFAULT_CONFIG)).toBeNull();
  });
  it('from six months before the candidate designation to the end of the term (default five years)', () => {
    expect(jendelaPada('2029-03-21', jadwal, DEFAULT_CONFIG)).toBeNull();
    expect(jendelaPada('2029-03-22', jadwal, DEFAULT_CONFIG)?.jenis).toBe('pra_penetapan_calon');
    expect(jendelaPada('2030-02-19', jadwal, DEFAULT_CONFIG)?.jenis).toBe('pra_penetapan_calon');
    expect(jendelaPada('2030-02-20', jadwal, DEFAULT_CONFIG)).toBeNull();
  });
  it('months are parameters; no dates, no windows; month ends roll back', () => {
    const cfg = new RuleConfig({ 'pilkada.bulanSetelahPelantikan': 3 });
    expect(jendelaPilkada(jadwal, cfg)[0]!.sampai).toBe('2025-05-19');
    expect(jendelaPilkada({ tanggalPelantikan: null, tanggalPenetapanCalon: null, akhirMasaJabatan: null }, DEFAULT_CONFIG)).toEqual([]);
    expect(addMonths('2026-08-31', -6)).toBe('2026-02-28');
  });
});

const seleksi: ProsedurJpt = {
  jenis: 'seleksi_terbuka', nomorReferensi: '800/1/PANSEL/2026', tanggalReferensi: '2026-10-01',
  calon: [1, 2, 3].map((i) => ({ peringkat: i, nama: `Calon ${i}`, nip: `19800101200501100${i}` })), pengecualian: null, alasanPengecualian: '',
};
const facts = (over: Partial<JptDecisionFacts> = {}, calon: Partial<JptDecisionFacts['calon']> = {}): JptDecisionFacts => ({
  tanggalSidang: '2026-11-23',
  post: { level: 'II.b', nama: 'Kepala Dinas Uji', pemegangNip: null, pemegangTmt: null },
  calon: { nip: '198001012005011001', nama: 'Calon 1', tanggalLahir: '1980-01-01', jabatanSaatIniLevel: 'III.a', tmtJabatan: '2020-01-01', ...calon },
  prosedur: seleksi, ...over,
});
const code = (p: { code: string } | null) => p?.code ?? null;

describe('JPT Pratama procedure', () => {
  it('needs a named procedure; a non-JPT post does not', () => {
    expect(code(cekKeputusanJpt(facts({ prosedur: null }), DEFAULT_CONFIG))).toBe('JPT_TANPA_PROSEDUR');
    expect(code(cekKeputusanJpt(facts({ prosedur: null, post: { level: 'III.a', nama: 'x', pemegangNip: null, pemegangTmt: null } }), DEFAULT_CONFIG))).toBeNull();
    expect(code(cekKeputusanJpt(facts(), DEFAULT_CONFIG))).toBeNull();
  });
  it('open selection: exactly three ranked names, and the candidate is one of them', () => {
    expect(code(cekProsedurJpt({ ...seleksi, calon: seleksi.calon.slice(0, 2) }))).toBe('PANSEL_TIGA_NAMA');
    expect(code(cekProsedurJpt(seleksi))).toBeNull();
    expect(code(cekProsedurJpt({ ...seleksi, jenis: 'talent_pool' }))).toBe('PROSEDUR_TANPA_CALON_PANSEL');
    expect(code(cekKeputusanJpt(facts({}, { nip: '198001012005011009' }), DEFAULT_CONFIG))).toBe('JPT_BUKAN_CALON_PANSEL');
    expect(kutipanProsedur(seleksi)).toContain('Seleksi terbuka oleh panitia seleksi (800/1/PANSEL/2026 tanggal 1 Oktober 2026; tiga nama: Calon 1, Calon 2, Calon 3)');
  });
  it('age 56 years and 364 days passes; 57 on the session day fails', () => {
    expect(code(cekKeputusanJpt(facts({}, { tanggalLahir: '1969-11-24' }), DEFAULT_CONFIG))).toBeNull();
    expect(code(cekKeputusanJpt(facts({}, { tanggalLahir: '1969-11-23' }), DEFAULT_CONFIG))).toBe('JPT_USIA_LEBIH');
  });
  it('a holder appointed two years ago to the day may be replaced; a day later not, unless an exception is recorded', () => {
    const held = (tmt: string) => ({ level: 'II.b' as const, nama: 'Kepala Dinas Uji', pemegangNip: '197001012000011001', pemegangTmt: tmt });
    expect(code(cekKeputusanJpt(facts({ post: held('2024-11-23') }), DEFAULT_CONFIG))).toBeNull();
    expect(code(cekKeputusanJpt(facts({ post: held('2024-11-24') }), DEFAULT_CONFIG))).toBe('JPT_BELUM_DUA_TAHUN');
    const exc = { ...seleksi, pengecualian: 'tidak_memenuhi_syarat' as const, alasanPengecualian: 'Pemegang jabatan tidak lagi memenuhi syarat kesehatan.' };
    expect(code(cekKeputusanJpt(facts({ post: held('2024-11-24'), prosedur: exc }), DEFAULT_CONFIG))).toBeNull();
    expect(code(cekProsedurJpt({ ...exc, alasanPengecualian: 'singkat' }))).toBe('PENGECUALIAN_TANPA_ALASAN');
  });
  it('a JPT candidate leaving their own JPT post within two years counts too', () => {
    const mutasi = { ...seleksi, jenis: 'mutasi_jpt' as const, calon: [] };
    expect(code(cekKeputusanJpt(facts({ prosedur: mutasi }, { jabatanSaatIniLevel: 'II.b', tmtJabatan: '2025-01-02' }), DEFAULT_CONFIG))).toBe('JPT_BELUM_DUA_TAHUN');
    expect(code(cekKeputusanJpt(facts({ prosedur: mutasi }, { jabatanSaatIniLevel: 'II.b', tmtJabatan: '2024-11-23' }), DEFAULT_CONFIG))).toBeNull();
  });
});

describe('pledge review outcomes', () => {
  const pakta = [{ denganPakta: true }];
  it('a review is tetap (with a new pledged deadline), diberhentikan or ditunda', () => {
    expect(code(cekKeputusanTinjauan({ tinjauan: true, hasil: 'direkomendasikan', targetBaru: [] }))).toBe('TINJAUAN_HASIL_TIDAK_SAH');
    expect(code(cekKeputusanTinjauan({ tinjauan: true, hasil: 'tetap', targetBaru: [] }))).toBe('TINJAUAN_TETAP_TANPA_TENGGAT');
    expect(code(cekKeputusanTinjauan({ tinjauan: true, hasil: 'tetap', targetBaru: [{ denganPakta: false }] }))).toBe('TINJAUAN_TETAP_TANPA_TENGGAT');
    expect(code(cekKeputusanTinjauan({ tinjauan: true, hasil: 'tetap', targetBaru: pakta }))).toBeNull();
    expect(code(cekKeputusanTinjauan({ tinjauan: true, hasil: 'diberhentikan', targetBaru: [] }))).toBeNull();
    expect(code(cekKeputusanTinjauan({ tinjauan: true, hasil: 'diberhentikan', targetBaru: pakta }))).toBe('TINJAUAN_BERHENTI_TANPA_TARGET');
  });
  it('tetap and diberhentikan are refused on an ordinary item', () => {
    expect(code(cekKeputusanTinjauan({ tinjauan: false, hasil: 'diberhentikan', targetBaru: [] }))).toBe('HASIL_HANYA_TINJAUAN_PAKTA');
    expect(code(cekKeputusanTinjauan({ tinjauan: false, hasil: 'direkomendasikan', targetBaru: [] }))).toBeNull();
  });
});

describe('request kind: pindah names 1–3 posts, tetap names none', () => {
  const base = { id: 'p', nip: '198001012005011001', tanggal: '2026-09-01', kategoriAlasan: 'lainnya', alasan: 'x', paktaDitandatangani: true, tanggalPakta: null, status: 'diajukan' };
  it('boundaries', () => {
    expect(permohonanSchema.safeParse({ ...base, pilihan: [] }).success).toBe(false);
    expect(permohonanSchema.safeParse({ ...base, pilihan: ['j1'] }).success).toBe(true);
    expect(permohonanSchema.safeParse({ ...base, jenis: 'tetap', pilihan: [] }).success).toBe(true);
    expect(permohonanSchema.safeParse({ ...base, jenis: 'tetap', pilihan: ['j1'] }).success).toBe(false);
  });
});
