import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from '../../shared/compare/eligibility';
import { experienceAtLevel, type RiwayatJabatan } from '../../shared/compare/experience';
import { DEFAULT_CONFIG } from '../../shared/rules/params';
import { NIP, TODAY, candidate, pegawai, post } from '../compare/fixture';

const kasubbag: RiwayatJabatan = { namaJabatan: 'Kepala Subbagian Umum', level: 'IV.a', unit: 'Dinas Kesehatan', tmtMulai: '2021-01-04', tmtSelesai: '2023-11-24' };
const kasi: RiwayatJabatan = { namaJabatan: 'Kepala Seksi Pelayanan', level: 'IV.a', unit: 'Kecamatan Selebar', tmtMulai: '2023-11-24', tmtSelesai: null };
const staf: RiwayatJabatan = { namaJabatan: 'Pengelola Data', level: 'pelaksana', unit: 'BKPSDM', tmtMulai: '2012-03-01', tmtSelesai: '2021-01-04' };

function pengalaman(riwayat?: RiwayatJabatan[]) {
  // Two years in the current Kasi post, on 23 November 2026; administrator needs 3 years at pengawas level.
  const c = candidate(pegawai({ nip: NIP.ani, tmtJabatan: '2024-11-24' }), riwayat ? { riwayatJabatan: riwayat } : {});
  return evaluateEligibility(c, post(), DEFAULT_CONFIG, TODAY).results.find((r) => r.ruleId === 'pengalaman')!;
}

describe('experience from the career history', () => {
  it('counts every post at the level, overlaps once, a post still held up to today', () => {
    const acting: RiwayatJabatan = { ...kasi, namaJabatan: 'Plt. Kasi', tmtMulai: '2023-06-01', tmtSelesai: '2024-01-31' };
    const e = experienceAtLevel([staf, kasubbag, kasi, acting], 'pengawas', TODAY);
    expect(e.posts).toHaveLength(3);
    expect(e.days).toBe((Date.UTC(2026, 10, 23) - Date.UTC(2021, 0, 4)) / 86_400_000);
    expect(experienceAtLevel([staf], 'pengawas', TODAY).days).toBe(0);
  });

  it('without history the rule asks the committee; with complete history it decides', () => {
    expect(pengalaman()).toMatchObject({ status: 'perlu_perhatian', alasan: expect.objectContaining({ id: expect.stringContaining('tidak ada di dataset') }) });
    expect(pengalaman([staf, kasubbag, kasi])).toMatchObject({ status: 'memenuhi', alasan: expect.objectContaining({ id: expect.stringContaining('riwayat jabatan') }) });
    expect(pengalaman([staf, kasi])).toMatchObject({ status: 'tidak_memenuhi' });
  });
});
