import type { LevelJabatan } from '../../shared/domain/eselon';
import { KODE_KOMPETENSI, type ProfilKompetensi } from '../../shared/domain/kompetensi';
import type { Diklat, Disiplin, Ketidakhadiran, Pendidikan } from '../../shared/domain/pegawai';
import type { PredikatSkp, Skp } from '../../shared/domain/skp';
import {
  addMonths, endOfWorkingDays, fromDay, nextWorkingDay, randomDay, yearOf, type Day,
} from './calendar';
import type { Rng } from './rng';

/** Career history of one ASN: training, competency, SKP, discipline, absences, potential. */

const clamp = (x: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, x));
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Leadership training up to the person's level; PIM before 2020, PKP/PKA/PKN after. */
export function drawDiklat(rng: Rng, level: LevelJabatan, tmtCpns: Day, tmtJabatan: Day, today: Day): Diklat[] {
  const first = yearOf(tmtCpns) + 2;
  const last = Math.min(yearOf(today), yearOf(tmtJabatan) + 1);
  const out: Diklat[] = [];
  const add = (tier: 4 | 3 | 2, byYear: number): number => {
    const tahun = clamp(byYear, first, Math.max(first, last));
    if (tahun > yearOf(today)) return tahun;
    const jenis = tier === 4 ? (tahun < 2020 ? 'PIM IV' : 'PKP') : tier === 3 ? (tahun < 2020 ? 'PIM III' : 'PKA') : tahun < 2020 ? 'PIM II' : 'PKN II';
    out.push({ jenis, tahun });
    return tahun;
  };
  const jab = yearOf(tmtJabatan);
  if (level === 'II.a' || level === 'II.b') {
    const t4 = add(4, jab - rng.int(10, 16));
    const t3 = add(3, Math.max(t4 + 3, jab - rng.int(4, 9)));
    add(2, Math.max(t3 + 2, jab - rng.int(0, 3)));
  } else if (level === 'III.a' || level === 'III.b') {
    const t4 = add(4, jab - rng.int(5, 11));
    if (rng.chance(0.85)) add(3, Math.max(t4 + 2, jab + rng.int(-3, 1)));
  } else if (level === 'IV.a' || level === 'IV.b') {
    if (rng.chance(0.78)) add(4, jab + rng.int(-2, 1));
  } else if (rng.chance(0.04)) {
    add(4, yearOf(today) - rng.int(0, 5));
  }
  return out.sort((a, b) => a.tahun - b.tahun);
}

/** All 10 codes. Holders sit around their post's standard; staff lower, both moved by quality. */
export function drawKompetensi(rng: Rng, standar: ProfilKompetensi | null, pendidikan: Pendidikan, kualitas: number): ProfilKompetensi {
  const out: ProfilKompetensi = {};
  const staffBase = pendidikan === 'SMA' ? 1.6 : pendidikan === 'D-III' ? 2 : pendidikan === 'S-2' || pendidikan === 'S-3' ? 2.7 : 2.3;
  for (const kode of KODE_KOMPETENSI) {
    const base = standar ? (standar[kode] ?? 3) - 0.25 : staffBase;
    out[kode] = clamp(Math.round(base + kualitas * 0.5 + rng.normal(0, 0.55)), 1, 5);
  }
  return out;
}

function predikat(score: number): PredikatSkp {
  if (score > 1.1) return 'Sangat Baik';
  if (score > -2.0) return 'Baik';
  if (score > -2.5) return 'Butuh Perbaikan';
  if (score > -3.0) return 'Kurang/Misconduct';
  return 'Sangat Kurang';
}

/** SKP of the three years before `today`'s year, from the year the person joined. */
export function drawSkp(rng: Rng, kualitas: number, tmtCpns: Day, today: Day): Skp[] {
  const y = yearOf(today);
  const out: Skp[] = [];
  for (let tahun = y - 3; tahun <= y - 1; tahun++) {
    if (tahun < yearOf(tmtCpns)) continue;
    out.push({ tahun, predikat: predikat(kualitas + rng.normal(0, 0.7)) });
  }
  return out;
}

const HUKUMAN: Record<Disiplin['tingkat'], ReadonlyArray<readonly [string, number]>> = {
  ringan: [['Teguran lisan', 0], ['Teguran tertulis', 0], ['Pernyataan tidak puas secara tertulis', 0]],
  sedang: [
    ['Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan', 6], ['Pemotongan tunjangan kinerja sebesar 25% selama 9 bulan', 9],
    ['Pemotongan tunjangan kinerja sebesar 25% selama 12 bulan', 12],
  ],
  berat: [
    ['Penurunan jabatan setingkat lebih rendah selama 12 bulan', 12],
    ['Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan', 12],
  ],
};
const PELANGGARAN: Record<Disiplin['tingkat'], readonly string[]> = {
  ringan: ['Tidak menaati ketentuan jam kerja', 'Tidak masuk kerja tanpa alasan yang sah selama 3 hari kerja',
    'Tidak menyelesaikan tugas kedinasan dengan penuh tanggung jawab'],
  sedang: ['Tidak masuk kerja tanpa alasan yang sah selama 12 hari kerja dalam satu tahun',
    'Tidak mencapai sasaran kinerja yang ditetapkan', 'Tidak menjaga netralitas ASN dalam pemilihan umum'],
  berat: ['Menyalahgunakan wewenang dalam pelayanan', 'Tidak masuk kerja tanpa alasan yang sah selama 22 hari kerja dalam satu tahun',
    'Memberikan dukungan kepada calon kepala daerah dengan menggunakan fasilitas jabatan'],
};

export function disiplinRecord(rng: Rng, tingkat: Disiplin['tingkat'], mulai: Day): Disiplin {
  const [hukuman, bulan] = rng.pick(HUKUMAN[tingkat]);
  return {
    hukuman, tingkat, mulai: fromDay(mulai), selesai: fromDay(bulan === 0 ? mulai : addMonths(mulai, bulan)),
    keterangan: rng.pick(PELANGGARAN[tingkat]),
  };
}

/** Penalties under PP 94/2021: rare, more likely for weaker performers; heavy ones never recent for holders. */
export function drawDisiplin(rng: Rng, kualitas: number, holder: boolean, tmtCpns: Day, today: Day): Disiplin[] {
  const p = kualitas < -1.2 ? 0.12 : kualitas < 0 ? 0.035 : 0.012;
  if (!rng.chance(p)) return [];
  const tingkat = rng.weighted([['ringan', 60], ['sedang', 28], ['berat', 12]] as const);
  const latest = holder && tingkat !== 'ringan' ? addMonths(today, -36) : addMonths(today, -1);
  const earliest = Math.max(tmtCpns + 365, addMonths(today, -84));
  if (earliest >= latest) return [];
  return [disiplinRecord(rng, tingkat, nextWorkingDay(randomDay(rng, earliest, latest)))];
}

const SAH = ['Sakit dengan surat keterangan dokter', 'Izin karena keluarga inti sakit', 'Izin karena keluarga meninggal dunia',
  'Sakit rawat inap'];
const TIDAK_SAH = ['Tidak masuk tanpa keterangan', 'Tidak hadir tanpa izin atasan', 'Alasan tidak dapat diterima atasan'];

export function absenceRecord(rng: Rng, start: Day, hariKerja: number, alasanSah: boolean): Ketidakhadiran {
  const mulai = nextWorkingDay(start);
  const keterangan = hariKerja >= 10 && !alasanSah
    ? `Tidak masuk kerja tanpa alasan yang sah ${hariKerja} hari kerja berturut-turut`
    : rng.pick(alasanSah ? SAH : TIDAK_SAH);
  return { mulai: fromDay(mulai), selesai: fromDay(endOfWorkingDays(mulai, hariKerja)), hariKerja, alasanSah, keterangan };
}

/** Absence stretches in the last three years; a very few of 10+ working days without valid reason. */
export function drawKetidakhadiran(rng: Rng, kualitas: number, tmtCpns: Day, today: Day): Ketidakhadiran[] {
  const earliest = Math.max(tmtCpns + 30, addMonths(today, -36));
  const latest = today - 30;
  if (earliest >= latest) return [];
  const out: Ketidakhadiran[] = [];
  if (rng.chance(kualitas < -1 ? 0.2 : 0.08)) {
    const n = rng.int(1, 3);
    for (let i = 0; i < n; i++) {
      const sah = rng.chance(0.72);
      out.push(absenceRecord(rng, randomDay(rng, earliest, latest), sah ? rng.int(1, 6) : rng.int(1, 4), sah));
    }
  }
  if (rng.chance(kualitas < -1.3 ? 0.02 : 0.0015)) out.push(absenceRecord(rng, randomDay(rng, earliest, latest), rng.int(10, 16), false));
  return out.sort((a, b) => (a.mulai < b.mulai ? -1 : a.mulai > b.mulai ? 1 : 0));
}

/** Assessment-centre potential 0–100; about one in eight has not been assessed. */
export function drawPotensi(rng: Rng, kualitas: number, holder: boolean): number | null {
  if (rng.chance(holder ? 0.06 : 0.14)) return null;
  return clamp(round1(61 + kualitas * 10 + (holder ? 6 : 0) + rng.normal(0, 6)), 0, 100);
}
