import { describe, expect, it } from 'vitest';
import {
  DEFAULT_KUORUM, cekBolehDitutup, cekPerubahanStatus, cekBolehMemilih, cekKeputusan, kuorumDiperlukan, kuorumRuleSchema, kuorumStatus,
  namaKeluarga, paktaPerluDibahas, pemilihBerhak, petunjukKonflik, rekapSuara, statusTarget, tanggalWib,
} from '../../shared/session';

const present = (n: number, total: number) => Array.from({ length: total }, (_, i) => ({ hadir: i < n }));

describe('quorum', () => {
  it('default is more than half of all members', () => {
    expect(kuorumDiperlukan(5, DEFAULT_KUORUM)).toBe(3);
    expect(kuorumDiperlukan(4, DEFAULT_KUORUM)).toBe(3);
    expect(kuorumStatus(present(2, 4), DEFAULT_KUORUM).terpenuhi).toBe(false);
    expect(kuorumStatus(present(3, 4), DEFAULT_KUORUM)).toEqual({ hadir: 3, total: 4, diperlukan: 3, terpenuhi: true });
    expect(kuorumStatus(present(3, 5), DEFAULT_KUORUM).terpenuhi).toBe(true);
  });
  it('is configurable: two thirds, at least', () => {
    const rule = { pembilang: 2, penyebut: 3, lebihDari: false };
    expect(kuorumDiperlukan(6, rule)).toBe(4);
    expect(kuorumDiperlukan(5, rule)).toBe(4);
    expect(kuorumStatus(present(3, 6), rule).terpenuhi).toBe(false);
    expect(kuorumStatus(present(4, 6), rule).terpenuhi).toBe(true);
  });
  it('a session without members never has quorum; an impossible rule is refused', () => {
    expect(kuorumStatus([], DEFAULT_KUORUM).terpenuhi).toBe(false);
    expect(kuorumRuleSchema.safeParse({ pembilang: 1, penyebut: 1, lebihDari: true }).success).toBe(false);
    expect(kuorumRuleSchema.safeParse({ pembilang: 1, penyebut: 1, lebihDari: false }).success).toBe(true);
  });
});

describe('recusal and tallies', () => {
  const members = [
    { anggotaId: 'a', hadir: true }, { anggotaId: 'b', hadir: true }, { anggotaId: 'c', hadir: false }, { anggotaId: 'd', hadir: true },
  ];
  it('only present, non-recused members may vote', () => {
    expect(pemilihBerhak(members, ['b']).map((m) => m.anggotaId)).toEqual(['a', 'd']);
  });
  it('counts only eligible votes and what is still missing', () => {
    const votes = [
      { anggotaId: 'a', pilihan: 'setuju' as const }, { anggotaId: 'b', pilihan: 'tidak_setuju' as const },
    ];
    expect(rekapSuara(votes, ['a', 'd'])).toEqual({ setuju: 1, tidakSetuju: 0, abstain: 0, belum: 1, berhak: 2 });
  });
  it('refuses a recused, an absent member, and anyone without quorum', () => {
    const k = { hadir: 3, total: 4, diperlukan: 3, terpenuhi: true };
    const base = { status: 'berlangsung' as const, kuorum: k, recused: false, anggota: { anggotaId: 'a', nama: 'A', hadir: true } };
    expect(cekBolehMemilih(base)).toBeNull();
    expect(cekBolehMemilih({ ...base, recused: true })?.code).toBe('ANGGOTA_BERKONFLIK');
    expect(cekBolehMemilih({ ...base, anggota: { ...base.anggota, hadir: false } })?.code).toBe('ANGGOTA_TIDAK_HADIR');
    expect(cekBolehMemilih({ ...base, kuorum: { ...k, hadir: 2, terpenuhi: false } })?.code).toBe('SIDANG_TIDAK_KUORUM');
    expect(cekBolehMemilih({ ...base, status: 'selesai' })?.code).toBe('SIDANG_SUDAH_SELESAI');
    expect(cekBolehMemilih({ ...base, status: 'draf' })?.code).toBe('SIDANG_BELUM_DIMULAI');
  });
});

describe('decisions and revisions', () => {
  const k = { hadir: 3, total: 4, diperlukan: 3, terpenuhi: true };
  const args = {
    status: 'berlangsung' as const, kuorum: k, versiSebelumnya: 0, jabatanDiminta: ['j1', 'j2'],
    draft: { hasil: 'direkomendasikan' as const, jabatanId: 'j1', alasan: 'Memenuhi seluruh syarat jabatan.', alasanRevisi: null },
  };
  it('accepts a complete first decision', () => expect(cekKeputusan(args)).toBeNull());
  it('needs quorum, in a session that has started and is not closed', () => {
    expect(cekKeputusan({ ...args, kuorum: { ...k, terpenuhi: false } })?.code).toBe('SIDANG_TIDAK_KUORUM');
    expect(cekKeputusan({ ...args, status: 'draf' })?.code).toBe('SIDANG_BELUM_DIMULAI');
    expect(cekKeputusan({ ...args, status: 'selesai' })?.code).toBe('SIDANG_SUDAH_SELESAI');
  });
  it('needs a rationale', () => {
    expect(cekKeputusan({ ...args, draft: { ...args.draft, alasan: '   singkat ' } })?.code).toBe('KEPUTUSAN_TANPA_ALASAN');
  });
  it('a recommendation names one of the requested posts; other outcomes name none', () => {
    expect(cekKeputusan({ ...args, draft: { ...args.draft, jabatanId: null } })?.code).toBe('KEPUTUSAN_TANPA_JABATAN');
    expect(cekKeputusan({ ...args, draft: { ...args.draft, jabatanId: 'j9' } })?.code).toBe('KEPUTUSAN_JABATAN_BUKAN_PILIHAN');
    expect(cekKeputusan({ ...args, draft: { ...args.draft, hasil: 'ditunda' } })?.code).toBe('KEPUTUSAN_JABATAN_TIDAK_PERLU');
  });
  it('a revision needs its reason', () => {
    expect(cekKeputusan({ ...args, versiSebelumnya: 1 })?.code).toBe('REVISI_TANPA_ALASAN');
    expect(cekKeputusan({ ...args, versiSebelumnya: 1, draft: { ...args.draft, alasanRevisi: 'Berkas SKP baru diterima.' } })).toBeNull();
    expect(cekKeputusan({ ...args, draft: { ...args.draft, alasanRevisi: 'Berkas SKP baru diterima.' } })?.code).toBe('REVISI_TANPA_VERSI');
  });
  it('a session moves forward only', () => {
    expect(cekPerubahanStatus('draf', 'berlangsung')).toBeNull();
    expect(cekPerubahanStatus('berlangsung', 'selesai')).toBeNull();
    expect(cekPerubahanStatus('draf', 'selesai')?.code).toBe('SIDANG_STATUS_TIDAK_SAH');
    expect(cekPerubahanStatus('berlangsung', 'draf')?.code).toBe('SIDANG_STATUS_TIDAK_SAH');
    expect(cekPerubahanStatus('selesai', 'berlangsung')?.code).toBe('SIDANG_SUDAH_SELESAI');
  });
  it('a session closes only when every item is decided', () => {
    expect(cekBolehDitutup([{ urutan: 1, keputusan: 1 }, { urutan: 2, keputusan: null }])).toEqual({ code: 'SIDANG_MASIH_ADA_AGENDA', params: { urutan: 2 } });
    expect(cekBolehDitutup([{ urutan: 1, keputusan: 1 }])).toBeNull();
  });
});

describe('target status and pledges', () => {
  const t = { nilaiTarget: 90, realisasi: null, tanggalRealisasi: null, tenggat: '2026-12-10', denganPakta: true };
  it('due soon within 30 days, running before that, overdue after the deadline', () => {
    expect(statusTarget(t, '2026-11-23')).toBe('segera');
    expect(statusTarget(t, '2026-10-01')).toBe('berjalan');
    expect(statusTarget(t, '2026-12-10')).toBe('segera');
    expect(statusTarget(t, '2026-12-11')).toBe('terlambat');
  });
  it('met only when reached by the deadline', () => {
    expect(statusTarget({ ...t, realisasi: 92, tanggalRealisasi: '2026-12-01' }, '2027-01-01')).toBe('tercapai');
    expect(statusTarget({ ...t, realisasi: 92, tanggalRealisasi: '2026-12-20' }, '2027-01-01')).toBe('tidak_tercapai');
    expect(statusTarget({ ...t, realisasi: 80, tanggalRealisasi: '2026-12-01' }, '2027-01-01')).toBe('tidak_tercapai');
  });
  it('a missed or overdue pledged target flags the pledge; an unpledged one does not', () => {
    expect(paktaPerluDibahas(t, '2026-12-11')).toBe(true);
    expect(paktaPerluDibahas({ ...t, denganPakta: false }, '2026-12-11')).toBe(false);
    expect(paktaPerluDibahas({ ...t, realisasi: 95, tanggalRealisasi: '2026-12-09' }, '2027-02-01')).toBe(false);
    expect(paktaPerluDibahas(t, '2026-11-23')).toBe(false);
  });
  it('today is the WIB calendar date', () => {
    expect(tanggalWib('2026-11-23T18:30:00.000Z')).toBe('2026-11-24');
    expect(tanggalWib('2026-11-23T03:00:00.000Z')).toBe('2026-11-23');
  });
});

describe('likely conflicts (hints)', () => {
  it('extracts a family name without titles, ignoring common given names', () => {
    expect(namaKeluarga('Drs. Hotman Simanjuntak, M.Si.')).toBe('simanjuntak');
    expect(namaKeluarga('Andi Saputra')).toBeNull();
    expect(namaKeluarga('Rahmat')).toBeNull();
  });
  it('hints same unit and family name', () => {
    const hints = petunjukKonflik(
      [
        { anggotaId: 'k', nama: 'Drs. Hotman Simanjuntak, M.Si.', unitId: null },
        { anggotaId: 'd', nama: 'dr. Sinta Anggraini', unitId: 'u-dinkes' },
        { anggotaId: 'x', nama: 'Ir. Bambang Irawan', unitId: 'u-kec' },
      ],
      { nama: 'Rudi Simanjuntak', unitId: 'u-dinkes', unitNama: 'Dinas Kesehatan' },
    );
    expect(hints).toEqual([
      { anggotaId: 'k', jenis: 'nama_keluarga', rincian: 'simanjuntak' },
      { anggotaId: 'd', jenis: 'unit_sama', rincian: 'Dinas Kesehatan' },
    ]);
  });
});
