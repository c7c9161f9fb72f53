import { jenjangOf, type Jenjang, type LevelJabatan } from '../domain/eselon';
import { golonganRank } from '../domain/golongan';
import { pendidikanRank } from '../domain/pegawai';
import { predikatScore } from '../domain/skp';
import { addYears, formatTanggal, yearsBetween } from '../format/tanggal';
import { ELIGIBILITY_RULES, type RuleId } from '../rules/eligibility-rules';
import { golonganBelow, type RuleConfig } from '../rules/params';
import { findAbsences } from './absence';
import { experienceVerdict } from './experience';
import { computeJpm } from './jpm';
import { retirementInfo } from './retirement';
import type { CandidateInput, PostInput, RuleStatus } from './types';

export interface RuleResult {
  ruleId: RuleId;
  status: RuleStatus;
  /** Plain-words reason. */
  alasan: { id: string; en: string };
  /** The data that decided it, e.g. "III/c (TMT 1 April 2022); batas III/d". */
  data: string;
  /** The same without the birth date or dates derived from it (projector mode); absent when data has none. */
  dataProjector?: string;
}

export interface Eligibility {
  status: Exclude<RuleStatus, 'tidak_berlaku'>;
  results: RuleResult[];
}

type Check = (c: CandidateInput, post: PostInput, cfg: RuleConfig, today: string) => Omit<RuleResult, 'ruleId'>;

const JENJANG_ORDER: Record<Jenjang, number> = { non_struktural: 0, pengawas: 1, administrator: 2, jpt_pratama: 3 };
const r = (status: RuleStatus, id: string, en: string, data: string) => ({ status, alasan: { id, en }, data });

const CHECKS: Record<RuleId, Check> = {
  pangkat: (c, post, cfg) => {
    const level = post.jabatan.level;
    const min = cfg.golongan(`pangkat.min.${level}`);
    const tol = cfg.num('pangkat.toleransi');
    const diff = golonganRank(c.profil.golongan) - golonganRank(min);
    const data = `${c.profil.golongan} (TMT ${formatTanggal(c.profil.tmtGolongan)}); terendah eselon ${level}: ${min}`;
    if (diff >= 0) return r('memenuhi', `Golongan ${c.profil.golongan} sudah dalam jenjang pangkat eselon ${level}.`, `Grade ${c.profil.golongan} is within the range for eselon ${level}.`, data);
    if (-diff <= tol) {
      return r('perlu_perhatian',
        `Golongan ${c.profil.golongan} ${-diff} tingkat di bawah ${min}; masih dalam toleransi ${tol} tingkat (kebijakan instansi mengikuti PP 100/2000 Pasal 5 huruf b).`,
        `Grade ${c.profil.golongan} is ${-diff} step(s) below ${min}; within the tolerance of ${tol}.`, data);
    }
    return r('tidak_memenuhi', `Golongan ${c.profil.golongan} lebih rendah dari batas ${golonganBelow(min, tol)}.`,
      `Grade ${c.profil.golongan} is below the limit ${golonganBelow(min, tol)}.`, data);
  },
  pendidikan: (c, post, cfg) => {
    const min = cfg.pendidikan(`pendidikan.min.${jenjangOf(post.jabatan.level)}`);
    const data = `${c.profil.pendidikan}${c.profil.jurusan ? ` ${c.profil.jurusan}` : ''}; minimal ${min}`;
    return pendidikanRank(c.profil.pendidikan) >= pendidikanRank(min)
      ? r('memenuhi', `Pendidikan ${c.profil.pendidikan} memenuhi syarat minimal ${min}.`, `Education ${c.profil.pendidikan} meets the minimum ${min}.`, data)
      : r('tidak_memenuhi', `Pendidikan ${c.profil.pendidikan} di bawah syarat minimal ${min}.`, `Education ${c.profil.pendidikan} is below the minimum ${min}.`, data);
  },
  pengalaman: (c, post, cfg, today) => {
    const target = jenjangOf(post.jabatan.level);
    const current = jenjangOf(c.levelSaatIni ?? 'pelaksana');
    const years = cfg.num(`pengalaman.min.${target}`);
    const inPost = yearsBetween(c.profil.tmtJabatan, today);
    const data = `${c.profil.namaJabatan} (${c.levelSaatIni ?? 'pelaksana'}), TMT ${formatTanggal(c.profil.tmtJabatan)}: ${inPost} tahun; minimal ${years} tahun`;
    const gap = JENJANG_ORDER[target] - JENJANG_ORDER[current];
    if (gap <= 0) return r('memenuhi', 'Sudah menduduki jenjang yang sama atau lebih tinggi (rotasi).', 'Already holds the same or a higher level (rotation).', data);
    // A functional post may count as the level below (e.g. ahli muda ≈ pengawas); the dataset does not say which.
    if (c.levelSaatIni === 'fungsional' && target !== 'pengawas') {
      return r('perlu_perhatian', 'Pejabat fungsional: kesetaraan jenjang fungsional perlu diperiksa manual.', 'Functional post: check the equivalent level by hand.', data);
    }
    if (gap > 1) return r('tidak_memenuhi', 'Jabatan saat ini lebih dari satu jenjang di bawah jabatan yang dituju.', 'Current post is more than one level below the post sought.', data);
    if (c.riwayatJabatan?.length) return experienceVerdict(c.riwayatJabatan, target, years, today);
    return addYears(c.profil.tmtJabatan, years) <= today
      ? r('memenuhi', `Sudah ${inPost} tahun di jenjang di bawahnya (minimal ${years}).`, `${inPost} years one level below (minimum ${years}).`, data)
      // Only the current post's TMT is in the dataset; an earlier post at the same level may make up the
      // difference, so this asks the committee to check rather than ruling the candidate out.
      : r('perlu_perhatian', `Baru ${inPost} tahun di jabatan saat ini; minimal ${years} tahun di jenjang ini. Periksa riwayat jabatan sebelumnya (tidak ada di dataset).`,
        `Only ${inPost} years in the current post; ${years} required at this level. Check earlier posts (not in the dataset).`, data);
  },
  skp: (c, _post, cfg, today) => {
    const n = cfg.num('skp.tahun');
    const min = cfg.predikat('skp.min');
    const year = Number(today.slice(0, 4));
    const years = Array.from({ length: n }, (_, i) => year - n + i);
    const byYear = new Map(c.profil.skp.map((s) => [s.tahun, s.predikat]));
    const data = years.map((y) => `${y}: ${byYear.get(y) ?? '—'}`).join('; ');
    const low = years.filter((y) => byYear.has(y) && predikatScore(byYear.get(y)!) < predikatScore(min));
    if (low.length) return r('tidak_memenuhi', `Predikat SKP tahun ${low.join(', ')} di bawah "${min}".`, `SKP rating for ${low.join(', ')} is below "${min}".`, data);
    const missing = years.filter((y) => !byYear.has(y));
    if (missing.length) return r('perlu_perhatian', `SKP tahun ${missing.join(', ')} tidak ada di dataset.`, `SKP for ${missing.join(', ')} is missing.`, data);
    return r('memenuhi', `Predikat SKP ${n} tahun terakhir paling rendah "${min}".`, `SKP of the last ${n} years at least "${min}".`, data);
  },
  disiplin: (c, _post, cfg, today) => {
    const from = addYears(today, -cfg.num('disiplin.tahun'));
    const inWindow = c.profil.disiplin.filter((d) => d.mulai >= from || d.selesai === null || d.selesai >= today);
    const heavy = inWindow.filter((d) => d.tingkat !== 'ringan');
    const fmt = (list: typeof inWindow) => list.map((d) => `${d.hukuman} (${d.tingkat}, ${formatTanggal(d.mulai)}${d.selesai ? `–${formatTanggal(d.selesai)}` : ''})`).join('; ');
    if (heavy.length) {
      return r('tidak_memenuhi', `Hukuman disiplin tingkat ${heavy.map((d) => d.tingkat).join('/')} sejak ${formatTanggal(from)}.`,
        `Disciplinary sanction (${heavy.map((d) => d.tingkat).join('/')}) since ${formatTanggal(from)}.`, fmt(heavy));
    }
    if (inWindow.length) return r('memenuhi', 'Hanya hukuman disiplin ringan dalam periode; tidak menghalangi.', 'Only light sanctions in the period; not a bar.', fmt(inWindow));
    return r('memenuhi', `Tidak ada hukuman disiplin sejak ${formatTanggal(from)}.`, `No sanction since ${formatTanggal(from)}.`, '—');
  },
  usia: (c, post, cfg, today) => {
    const jenjang = jenjangOf(post.jabatan.level);
    if (!usiaBerlaku(jenjang, cfg)) {
      return r('tidak_berlaku', 'Tidak ada batas usia nasional untuk jenjang ini; batas kebijakan instansi tidak diaktifkan.',
        'No national age limit for this level; the local limit is not enabled.', '—');
    }
    const max = cfg.num(`usia.max.${jenjang}`);
    const age = yearsBetween(c.profil.tanggalLahir, today);
    const data = `Lahir ${formatTanggal(c.profil.tanggalLahir)}: ${age} tahun; maksimal ${max}`;
    const res = age <= max
      ? r('memenuhi', `Usia ${age} tahun, tidak melebihi ${max}.`, `Age ${age}, not above ${max}.`, data)
      : r('tidak_memenuhi', `Usia ${age} tahun melebihi batas ${max} tahun saat pengangkatan.`, `Age ${age} is above the limit of ${max} at appointment.`, data);
    return { ...res, dataProjector: `${age} tahun; maksimal ${max}` };
  },
  masa_kerja: (c, post, cfg, today) => {
    const info = retirementInfo(c.profil.tanggalLahir, post.jabatan.level, cfg, today);
    const min = cfg.num('masakerja.minSisa');
    const data = `BUP ${info.bup} tahun pada ${formatTanggal(info.tanggalBup)}; sisa ${info.sisaTahun.toLocaleString('id-ID')} tahun`;
    const dataProjector = `BUP ${info.bup} tahun; sisa ${info.sisaTahun.toLocaleString('id-ID')} tahun`;
    const out = (x: Omit<RuleResult, 'ruleId'>) => ({ ...x, dataProjector });
    if (info.tanggalBup <= today) return out(r('tidak_memenuhi', `Sudah mencapai batas usia pensiun ${info.bup} tahun.`, `Already at retirement age ${info.bup}.`, data));
    if (info.sisaTahun < min) {
      return out(r('perlu_perhatian', `Sisa masa kerja ${info.sisaTahun.toLocaleString('id-ID')} tahun, kurang dari ${min} tahun.`,
        `Only ${info.sisaTahun} years left, under ${min}.`, data));
    }
    return out(r('memenuhi', `Sisa masa kerja ${info.sisaTahun.toLocaleString('id-ID')} tahun sebelum BUP.`, `${info.sisaTahun} years left before retirement.`, data));
  },
  ketidakhadiran: (c, _post, cfg, today) => {
    const f = findAbsences(c.profil.ketidakhadiran, today, {
      berturut: cfg.num('absen.berturut'), kumulatif: cfg.num('absen.kumulatif'), tahun: cfg.num('absen.tahun'),
    });
    const data = f.runs.length
      ? `${f.runs.map((x) => `${formatTanggal(x.mulai)}–${formatTanggal(x.selesai)}: ${x.hariKerja} hari kerja`).join('; ')}`
      : '—';
    if (f.melanggarBerturut) {
      return r('tidak_memenuhi', `Tidak masuk ${f.maxBerturut} hari kerja berturut-turut tanpa alasan sah (batas ${cfg.num('absen.berturut')}): kasus hukuman disiplin berat PP 94/2021.`,
        `Absent ${f.maxBerturut} working days in a row without valid reason (limit ${cfg.num('absen.berturut')}): a heavy-sanction case under PP 94/2021.`, data);
    }
    if (f.melanggarKumulatif) {
      return r('tidak_memenuhi', `Tidak masuk ${f.maxKumulatif} hari kerja dalam setahun tanpa alasan sah (batas ${cfg.num('absen.kumulatif')}).`,
        `Absent ${f.maxKumulatif} working days in one year without valid reason (limit ${cfg.num('absen.kumulatif')}).`, data);
    }
    if (f.totalTanpaAlasan > 0) {
      return r('perlu_perhatian', `Ada ${f.totalTanpaAlasan} hari kerja tanpa alasan sah, di bawah batas PP 94/2021.`,
        `${f.totalTanpaAlasan} unexcused working days, below the PP 94/2021 limits.`, data);
    }
    return r('memenuhi', 'Tidak ada ketidakhadiran tanpa alasan sah.', 'No unexcused absence.', data);
  },
  kompetensi: (c, post, cfg) => {
    const jpm = computeJpm(post.jabatan.standarKompetensi, c.profil.kompetensi, cfg);
    if (jpm.persen === null) return r('perlu_perhatian', 'Jabatan belum memiliki standar kompetensi.', 'The post has no competency standard.', '—');
    const data = `JPM ${jpm.persen.toLocaleString('id-ID')}%; optimal ≥ ${cfg.num('jpm.optimal')}, cukup ≥ ${cfg.num('jpm.cukup')}`;
    if (jpm.belumDiases === jpm.items.length) return r('perlu_perhatian', 'Belum ada hasil penilaian kompetensi.', 'No competency assessment yet.', data);
    if (jpm.kategori === 'kurang_optimal') {
      return r('perlu_perhatian', `JPM ${jpm.persen.toLocaleString('id-ID')}% (kurang optimal): perlu pengembangan kompetensi.`, `JPM ${jpm.persen}% (below optimal): development needed.`, data);
    }
    return r('memenuhi', `JPM ${jpm.persen.toLocaleString('id-ID')}% (${jpm.kategori === 'optimal' ? 'optimal' : 'cukup optimal'}).`, `JPM ${jpm.persen}% (${jpm.kategori === 'optimal' ? 'optimal' : 'fairly optimal'}).`, data);
  },
};

/** JPT Pratama always has its statutory limit; administrator and pengawas only under an opt-in local policy. */
function usiaBerlaku(jenjang: Jenjang, cfg: RuleConfig): boolean {
  if (jenjang === 'jpt_pratama') return true;
  if (jenjang === 'administrator' || jenjang === 'pengawas') return cfg.num(`usia.aktif.${jenjang}`) === 1;
  return false;
}

function structural(level: LevelJabatan): boolean {
  return jenjangOf(level) !== 'non_struktural';
}

/** Every rule of the table for one candidate; posts outside a rule's levels get "tidak berlaku". */
export function evaluateEligibility(c: CandidateInput, post: PostInput, cfg: RuleConfig, todayIso: string): Eligibility {
  const results = ELIGIBILITY_RULES.map((rule): RuleResult => {
    if (!rule.umum && !structural(post.jabatan.level)) {
      return { ruleId: rule.id, status: 'tidak_berlaku', alasan: { id: 'Tidak berlaku untuk jabatan ini.', en: 'Not applicable to this post.' }, data: '—' };
    }
    return { ruleId: rule.id, ...CHECKS[rule.id](c, post, cfg, todayIso) };
  });
  const status = results.some((x) => x.status === 'tidak_memenuhi')
    ? 'tidak_memenuhi'
    : results.some((x) => x.status === 'perlu_perhatian') ? 'perlu_perhatian' : 'memenuhi';
  return { status, results };
}
