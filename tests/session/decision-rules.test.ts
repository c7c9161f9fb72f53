import { describe, expect, it } from 'vitest';
import {
  cekAlasanPengecualian, cekKelayakan, cekKlaimAlasan, cekSuaraKeputusan, cekSusunanPeran, cekTutupPemungutan, ringkasanKelayakan,
  suaraMendukung, type HasilAturanBeku, type RekapSuara,
} from '../../shared/session';

const rekap = (setuju: number, tidakSetuju: number, abstain: number, belum = 0): RekapSuara =>
  ({ setuju, tidakSetuju, abstain, belum, berhak: setuju + tidakSetuju + abstain + belum });

const rule = (ruleId: string, status: HasilAturanBeku['status'], extra: Partial<HasilAturanBeku> = {}): HasilAturanBeku => ({
  ruleId, nama: `Syarat ${ruleId}`, namaPendek: ruleId, status, alasan: `alasan ${ruleId}.`, data: '', diakui: false, pengecualian: null, ...extra,
});

describe('decision rule: which tally carries a recommendation', () => {
  it('majority of members present: 1 for, 0 against, 3 abstain does not carry; abstentions weigh as "not for"', () => {
    expect(suaraMendukung('mayoritas_hadir', rekap(1, 0, 3))).toEqual({ terbawa: false, ambang: 3, dasar: 4 });
    expect(suaraMendukung('mayoritas_hadir', rekap(2, 0, 2)).terbawa).toBe(false); // exactly half is not a majority
    expect(suaraMendukung('mayoritas_hadir', rekap(3, 0, 1)).terbawa).toBe(true);
    expect(suaraMendukung('mayoritas_hadir', rekap(2, 1, 0)).terbawa).toBe(true);
  });

  it('majority of votes cast: abstentions are not cast, a tie does not carry, no vote at all does not carry', () => {
    expect(suaraMendukung('mayoritas_suara', rekap(1, 0, 3))).toEqual({ terbawa: true, ambang: 1, dasar: 1 });
    expect(suaraMendukung('mayoritas_suara', rekap(1, 1, 2)).terbawa).toBe(false);
    expect(suaraMendukung('mayoritas_suara', rekap(2, 1, 1)).terbawa).toBe(true);
    expect(suaraMendukung('mayoritas_suara', rekap(0, 0, 4)).terbawa).toBe(false);
  });

  it('refuses with the tally in the parameters, and mufakat needs no votes', () => {
    expect(cekSuaraKeputusan({ aturan: 'mayoritas_hadir', rekap: rekap(1, 0, 3), hasil: 'direkomendasikan', pemungutanDitutup: false })).toEqual({
      code: 'SUARA_TIDAK_MENDUKUNG_HADIR', params: { setuju: 1, tidakSetuju: 0, abstain: 3, belum: 0, ambang: 3, dasar: 4 },
    });
    expect(cekSuaraKeputusan({ aturan: 'mufakat', rekap: rekap(0, 0, 0, 4), hasil: 'direkomendasikan', pemungutanDitutup: false })).toBeNull();
    // A refusal needs no carrying majority, only no pending votes.
    expect(cekSuaraKeputusan({ aturan: 'mayoritas_hadir', rekap: rekap(1, 0, 3), hasil: 'tidak_direkomendasikan', pemungutanDitutup: false })).toBeNull();
  });

  it('pending eligible votes block the record until the chair closes the vote; a deferral is exempt', () => {
    const pending = rekap(0, 0, 0, 4);
    expect(cekSuaraKeputusan({ aturan: 'mayoritas_suara', rekap: pending, hasil: 'tidak_direkomendasikan', pemungutanDitutup: false })?.code).toBe('SUARA_MASIH_BELUM');
    expect(cekSuaraKeputusan({ aturan: 'mayoritas_suara', rekap: rekap(2, 0, 0, 1), hasil: 'direkomendasikan', pemungutanDitutup: false })?.code).toBe('SUARA_MASIH_BELUM');
    expect(cekSuaraKeputusan({ aturan: 'mayoritas_suara', rekap: rekap(2, 0, 0, 1), hasil: 'direkomendasikan', pemungutanDitutup: true })).toBeNull();
    // Closed with pending votes: under "members present" they still count in the base.
    expect(cekSuaraKeputusan({ aturan: 'mayoritas_hadir', rekap: rekap(2, 0, 0, 2), hasil: 'direkomendasikan', pemungutanDitutup: true })?.code).toBe('SUARA_TIDAK_MENDUKUNG_HADIR');
    expect(cekSuaraKeputusan({ aturan: 'mayoritas_hadir', rekap: pending, hasil: 'ditunda', pemungutanDitutup: false })).toBeNull();
  });

  it('only the present chair closes the vote, once', () => {
    const base = { aturan: 'mayoritas_hadir' as const, rekap: rekap(1, 0, 0, 2), sudahDitutup: false, sudahDiputus: false };
    const ketua = { anggotaId: 'a', peran: 'ketua' as const, hadir: true, nama: 'K' };
    expect(cekTutupPemungutan({ ...base, ketua })).toBeNull();
    expect(cekTutupPemungutan({ ...base, ketua: { ...ketua, peran: 'sekretaris' } })?.code).toBe('TUTUP_SUARA_BUKAN_KETUA');
    expect(cekTutupPemungutan({ ...base, ketua: { ...ketua, hadir: false } })?.code).toBe('ANGGOTA_TIDAK_HADIR');
    expect(cekTutupPemungutan({ ...base, ketua, sudahDitutup: true })?.code).toBe('TUTUP_SUARA_SUDAH');
    expect(cekTutupPemungutan({ ...base, ketua, aturan: 'mufakat' })?.code).toBe('SUARA_SIDANG_MUFAKAT');
  });
});

describe('membership: exactly one ketua and one sekretaris', () => {
  it('refuses a second sekretaris at any time and a missing one at the start', () => {
    expect(cekSusunanPeran(['ketua', 'sekretaris', 'sekretaris', 'sekretaris', 'sekretaris'], false)).toEqual({
      code: 'SIDANG_SEKRETARIS_TIDAK_TUNGGAL', params: { jumlah: 4 },
    });
    expect(cekSusunanPeran(['ketua', 'anggota'], false)).toBeNull();
    expect(cekSusunanPeran(['ketua', 'anggota'], true)?.code).toBe('SIDANG_SEKRETARIS_TIDAK_TUNGGAL');
    expect(cekSusunanPeran(['sekretaris', 'anggota'], true)?.code).toBe('SIDANG_TANPA_KETUA');
    expect(cekSusunanPeran(['ketua', 'ketua', 'sekretaris'], false)?.code).toBe('SIDANG_TANPA_KETUA');
    expect(cekSusunanPeran(['anggota', 'sekretaris', 'ketua'], true)).toBeNull();
  });
});

describe('eligibility binds a recommendation', () => {
  it('a failed rule needs an exception; a rule needing attention needs acknowledgement; other outcomes bind nothing', () => {
    const pangkat = rule('pangkat', 'tidak_memenuhi');
    const skp = rule('skp', 'perlu_perhatian');
    expect(cekKelayakan('direkomendasikan', [pangkat, skp])?.code).toBe('KELAYAKAN_TIDAK_MEMENUHI');
    const excepted = { ...pangkat, pengecualian: { alasan: 'x', diusulkanOleh: 'a', namaPengusul: 'A' } };
    expect(cekKelayakan('direkomendasikan', [excepted, skp])?.code).toBe('KELAYAKAN_PERLU_DIAKUI');
    expect(cekKelayakan('direkomendasikan', [excepted, { ...skp, diakui: true }])).toBeNull();
    expect(cekKelayakan('tidak_direkomendasikan', [pangkat, skp])).toBeNull();
  });

  it('a rationale may not claim a rule the outcomes say is not met', () => {
    const outcomes = [rule('pangkat', 'tidak_memenuhi'), rule('pendidikan', 'memenuhi'), rule('skp', 'perlu_perhatian')];
    expect(cekKlaimAlasan('Memenuhi syarat pangkat, pendidikan dan masa jabatan.', outcomes)?.code).toBe('ALASAN_BERTENTANGAN');
    expect(cekKlaimAlasan('Memenuhi seluruh persyaratan jabatan.', outcomes)?.code).toBe('ALASAN_BERTENTANGAN');
    expect(cekKlaimAlasan('Memenuhi syarat pendidikan; kinerja perlu dibina.', outcomes)).toBeNull();
    expect(cekKlaimAlasan('Tidak memenuhi syarat pangkat, tetapi dikecualikan.', outcomes)).toBeNull();
    expect(cekKlaimAlasan('Memenuhi seluruh syarat.', [rule('pangkat', 'memenuhi')])).toBeNull();
  });

  it('an exception reason must be at least 20 characters and four words', () => {
    expect(cekAlasanPengecualian('Jabatan kosong lama.')?.code).toBe('PENGECUALIAN_TANPA_ALASAN'); // 20 chars, 3 words
    expect(cekAlasanPengecualian('aaaaaaaaaaaaaaaaaaaaaaaaa')?.code).toBe('PENGECUALIAN_TANPA_ALASAN');
    expect(cekAlasanPengecualian('Satu-satunya pelamar yang menguasai tugas')).toBeNull();
  });

  it('states the real outcomes for the documents, exceptions with their reason', () => {
    const text = ringkasanKelayakan([
      rule('pangkat', 'tidak_memenuhi', { pengecualian: { alasan: 'jabatan lowong lama', diusulkanOleh: 'a', namaPengusul: 'A' } }),
      rule('skp', 'perlu_perhatian', { diakui: true }), rule('usia', 'memenuhi'),
    ]);
    expect(text).toBe('Hasil pemeriksaan syarat: tidak memenuhi syarat pangkat — dikecualikan karena jabatan lowong lama; perlu perhatian pada syarat skp (alasan skp), telah dibahas sidang.');
    expect(ringkasanKelayakan([rule('usia', 'memenuhi')])).toBe('Hasil pemeriksaan syarat: memenuhi seluruh syarat yang berlaku.');
  });
});
