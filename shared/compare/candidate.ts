import { golonganRank } from '../domain/golongan';
import { parseNip } from '../domain/nip';
import { namaLengkap } from '../domain/pegawai';
import { predikatScore } from '../domain/skp';
import { daysBetween } from '../format/tanggal';
import type { RuleConfig } from '../rules/params';
import { evaluateEligibility } from './eligibility';
import { haversineKm, roundKm } from './geo';
import { computeJpm } from './jpm';
import { placeNineBox, recentSkp } from './nine-box';
import type { FactorValues } from './ranking';
import { retirementInfo } from './retirement';
import type { CandidateSummary, PostSummary } from './schemas';
import { targetRecord } from './targets';
import type { CandidateInput, PostInput } from './types';
import { KOMPETENSI } from '../domain/kompetensi';

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Years since TMT CPNS (from the NIP), or since the current grade when the NIP does not parse. */
export function masaKerjaTahun(c: CandidateInput, todayIso: string): number {
  const p = parseNip(c.profil.nip, todayIso);
  const from = p.ok ? `${p.value.tmtCpns}-01` : c.profil.tmtGolongan;
  return Math.max(0, daysBetween(from, todayIso) / 365.25);
}

/**
 * The 0–1 factor values the ranking weighs (docs/rules.md, "Peringkat"):
 * kompetensi = JPM/100; kinerja = (mean SKP score of the last 3 years − 1)/4; target = share of due
 * earlier targets met; domisili = 1 − distance/maxKm; senioritas = half grade above the post's
 * minimum (4 steps = full), half years of service (30 = full).
 */
function computeFactors(c: CandidateInput, post: PostInput, cfg: RuleConfig, todayIso: string): FactorValues {
  const jpm = computeJpm(post.jabatan.standarKompetensi, c.profil.kompetensi, cfg);
  const skp = recentSkp(c.profil.skp, todayIso, 3);
  const rec = targetRecord(c.targetLampau, todayIso);
  const km = haversineKm(c.profil.domisili, post.jabatan.lokasi);
  const minGol = post.jabatan.level.includes('.') ? cfg.golongan(`pangkat.min.${post.jabatan.level}`) : post.jabatan.minGolongan;
  const gradePart = clamp01((golonganRank(c.profil.golongan) - golonganRank(minGol) + 1) / 4);
  return {
    kompetensi: jpm.persen === null || jpm.belumDiases === jpm.items.length ? null : jpm.persen / 100,
    kinerja: skp.length ? (skp.reduce((s, x) => s + predikatScore(x.predikat), 0) / skp.length - 1) / 4 : null,
    target: rec.persenTercapai === null ? null : rec.persenTercapai / 100,
    domisili: clamp01(1 - km / cfg.num('domisili.maxKm')),
    senioritas: 0.5 * gradePart + 0.5 * clamp01(masaKerjaTahun(c, todayIso) / 30),
  };
}

export function summarizeCandidate(c: CandidateInput, post: PostInput, cfg: RuleConfig, todayIso: string): CandidateSummary {
  const p = c.profil;
  const jpm = computeJpm(post.jabatan.standarKompetensi, p.kompetensi, cfg);
  const ret = retirementInfo(p.tanggalLahir, post.jabatan.level, cfg, todayIso);
  return {
    nip: p.nip, namaLengkap: namaLengkap(p), golongan: p.golongan, tmtGolongan: p.tmtGolongan, namaJabatan: p.namaJabatan,
    levelSaatIni: c.levelSaatIni, unitNama: c.unitNama, alamat: p.alamat, kelurahan: p.kelurahan, kecamatan: p.kecamatan,
    permohonanId: c.permohonan?.id ?? null, peringkat: c.peringkat, statusPermohonan: c.permohonan?.status ?? null,
    kategoriAlasan: c.permohonan?.kategoriAlasan ?? null, paktaDitandatangani: c.permohonan?.paktaDitandatangani ?? false,
    eligibility: evaluateEligibility(c, post, cfg, todayIso),
    jpm: { persen: jpm.persen, kategori: jpm.kategori },
    skpTren: recentSkp(p.skp, todayIso, 3),
    jarakKm: roundKm(haversineKm(p.domisili, post.jabatan.lokasi)),
    jarakKerjaKm: c.lokasiKerja ? roundKm(haversineKm(p.domisili, c.lokasiKerja)) : null,
    targetRecord: targetRecord(c.targetLampau, todayIso),
    nineBox: placeNineBox(p.skp, p.potensi, cfg, todayIso),
    factors: computeFactors(c, post, cfg, todayIso),
    usia: ret.usia,
    sisaMasaKerja: ret.sisaTahun,
  };
}

export function summarizePost(post: PostInput, pemegang: string | null): PostSummary {
  const j = post.jabatan;
  return {
    id: j.id, nama: j.nama, unitNama: post.unitNama, level: j.level, status: j.status, pemegang, lokasi: j.lokasi,
    minGolongan: j.minGolongan,
    standar: KOMPETENSI.filter((k) => j.standarKompetensi[k.kode] !== undefined)
      .map((k) => ({ kode: k.kode, nama: k.nama, level: j.standarKompetensi[k.kode]! })),
  };
}
