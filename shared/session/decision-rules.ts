import type { AnggotaSidang, AturanKeputusan, HasilAturanBeku, HasilKeputusan, PeranAnggota, RekapSuara } from './model';
import type { RuleProblem } from './rules';

/*
 * Local policy, not national law: no regulation fixes how a Baperjakat votes (docs/rules.md,
 * "Aturan keputusan sidang"). Each session picks one rule at creation; the values here are the
 * documented defaults and stay parameters of the session.
 */

/** Whether the tally carries a recommendation under the session's rule; `alasan` says why not. */
export function suaraMendukung(aturan: AturanKeputusan, r: RekapSuara): { terbawa: boolean; ambang: number; dasar: number } {
  if (aturan === 'mufakat') return { terbawa: true, ambang: 0, dasar: 0 };
  // Votes cast: abstentions and pending votes are not cast, so they count for neither side.
  // Members present: every present, non-recused member is the base, so an abstention weighs as "not for".
  const dasar = aturan === 'mayoritas_suara' ? r.setuju + r.tidakSetuju : r.berhak;
  const ambang = Math.floor(dasar / 2) + 1;
  return { terbawa: dasar > 0 && r.setuju >= ambang, ambang, dasar };
}

/**
 * The tally checks a decision needs before it is recorded. Mufakat needs no votes (and takes none);
 * under a voting rule a pending eligible vote blocks the record until the chair closes the vote,
 * and a recommendation must be carried by the tally.
 */
export function cekSuaraKeputusan(args: {
  aturan: AturanKeputusan; rekap: RekapSuara; hasil: HasilKeputusan; pemungutanDitutup: boolean;
}): RuleProblem | null {
  const { aturan, rekap: r } = args;
  // A deferral postpones the vote itself, so it needs no tally.
  if (aturan === 'mufakat' || args.hasil === 'ditunda') return null;
  if (r.belum > 0 && !args.pemungutanDitutup) return { code: 'SUARA_MASIH_BELUM', params: { belum: r.belum, berhak: r.berhak } };
  if (args.hasil !== 'direkomendasikan') return null;
  const m = suaraMendukung(aturan, r);
  if (m.terbawa) return null;
  return {
    code: aturan === 'mayoritas_suara' ? 'SUARA_TIDAK_MENDUKUNG_SAH' : 'SUARA_TIDAK_MENDUKUNG_HADIR',
    params: { setuju: r.setuju, tidakSetuju: r.tidakSetuju, abstain: r.abstain, belum: r.belum, ambang: m.ambang, dasar: m.dasar },
  };
}

/** Votes are not taken in a mufakat session: the record says "musyawarah mufakat" instead of a tally. */
export function cekBolehBersuara(aturan: AturanKeputusan): RuleProblem | null {
  return aturan === 'mufakat' ? { code: 'SUARA_SIDANG_MUFAKAT' } : null;
}

/** Only the present chair closes a vote, and only while votes are still pending. */
export function cekTutupPemungutan(args: {
  aturan: AturanKeputusan; ketua: Pick<AnggotaSidang, 'anggotaId' | 'peran' | 'hadir' | 'nama'> | undefined;
  rekap: RekapSuara; sudahDitutup: boolean; sudahDiputus: boolean;
}): RuleProblem | null {
  if (args.aturan === 'mufakat') return { code: 'SUARA_SIDANG_MUFAKAT' };
  if (!args.ketua) return { code: 'ANGGOTA_TIDAK_DIKENAL' };
  if (args.ketua.peran !== 'ketua') return { code: 'TUTUP_SUARA_BUKAN_KETUA', params: { nama: args.ketua.nama } };
  if (!args.ketua.hadir) return { code: 'ANGGOTA_TIDAK_HADIR', params: { nama: args.ketua.nama } };
  if (args.sudahDitutup) return { code: 'TUTUP_SUARA_SUDAH' };
  if (args.sudahDiputus) return { code: 'KONFLIK_SETELAH_KEPUTUSAN' };
  return null;
}

/** Exactly one ketua and one sekretaris: `lengkap` for starting, otherwise at most one of each. */
export function cekSusunanPeran(peran: readonly PeranAnggota[], lengkap: boolean): RuleProblem | null {
  for (const p of ['ketua', 'sekretaris'] as const) {
    const n = peran.filter((x) => x === p).length;
    if (n > 1 || (lengkap && n !== 1)) return { code: p === 'ketua' ? 'SIDANG_TANPA_KETUA' : 'SIDANG_SEKRETARIS_TIDAK_TUNGGAL', params: { jumlah: n } };
  }
  return null;
}

export const ALASAN_PENGECUALIAN_MIN = 20;

/**
 * A recommendation binds to the rule outcomes frozen with it: a failed rule needs a recorded
 * exception (pengecualian), a rule needing attention needs the committee's acknowledgement.
 */
export function cekKelayakan(hasil: HasilKeputusan, aturan: readonly HasilAturanBeku[]): RuleProblem | null {
  if (hasil !== 'direkomendasikan') return null;
  const gagal = aturan.find((a) => a.status === 'tidak_memenuhi' && !a.pengecualian);
  if (gagal) return { code: 'KELAYAKAN_TIDAK_MEMENUHI', params: { aturan: gagal.nama, alasan: gagal.alasan } };
  const perhatian = aturan.find((a) => a.status === 'perlu_perhatian' && !a.diakui);
  if (perhatian) return { code: 'KELAYAKAN_PERLU_DIAKUI', params: { aturan: perhatian.nama, alasan: perhatian.alasan } };
  return null;
}

/** Words that name each rule in a rationale ("memenuhi syarat pangkat"). */
const KATA_ATURAN: Record<string, RegExp> = {
  pangkat: /pangkat|golongan/i, pendidikan: /pendidikan/i, pengalaman: /masa jabatan|pengalaman/i, skp: /skp|kinerja/i,
  disiplin: /disiplin/i, usia: /usia/i, masa_kerja: /masa kerja|pensiun/i, ketidakhadiran: /kehadiran/i, kompetensi: /kompetensi/i,
};

/**
 * A rationale may not claim a rule is met when the frozen outcome says otherwise: "memenuhi syarat
 * pangkat" for a failed pangkat rule, or "memenuhi seluruh syarat" while any rule failed or needs attention.
 */
export function cekKlaimAlasan(alasan: string, aturan: readonly HasilAturanBeku[]): RuleProblem | null {
  const klaim = /(?<!(?:tidak|belum|kurang)\s)memenuhi\s+((?:semua|seluruh)\s+)?(?:syarat|persyaratan)([^.;]*)/gi;
  for (const m of alasan.matchAll(klaim)) {
    const semua = !!m[1];
    const lingkup = m[2] ?? '';
    const disebut = aturan.filter((a) => KATA_ATURAN[a.ruleId]?.test(lingkup));
    const salah = semua || disebut.length === 0
      ? aturan.find((a) => a.status === 'tidak_memenuhi' || a.status === 'perlu_perhatian')
      : disebut.find((a) => a.status === 'tidak_memenuhi');
    if (salah) return { code: 'ALASAN_BERTENTANGAN', params: { aturan: salah.nama, status: LABEL_STATUS[salah.status] } };
  }
  return null;
}

const LABEL_STATUS: Record<HasilAturanBeku['status'], string> = {
  memenuhi: 'memenuhi', tidak_memenuhi: 'tidak memenuhi', perlu_perhatian: 'perlu perhatian', tidak_berlaku: 'tidak berlaku',
};

/** What the documents need of one frozen outcome. */
export type RingkasAturan = Pick<HasilAturanBeku, 'status' | 'namaPendek' | 'alasan' | 'diakui'> & {
  pengecualian: { alasan: string; namaPengusul: string } | null;
};

/** One sentence per candidate for the documents, from the frozen outcomes only (never the rationale's words). */
export function ringkasanKelayakan(aturan: readonly RingkasAturan[], opts: { pengusul?: boolean } = {}): string {
  if (aturan.length === 0) return '';
  const bagian = aturan.flatMap((a) => {
    if (a.status === 'tidak_memenuhi') {
      const p = a.pengecualian;
      return [`tidak memenuhi syarat ${a.namaPendek}${p ? ` — dikecualikan karena ${p.alasan.replace(/[.\s]+$/, '')}${opts.pengusul ? ` (diusulkan oleh ${p.namaPengusul})` : ''}` : ''}`];
    }
    if (a.status === 'perlu_perhatian') return [`perlu perhatian pada syarat ${a.namaPendek} (${a.alasan.replace(/[.\s]+$/, '')})${a.diakui ? ', telah dibahas sidang' : ''}`];
    return [];
  });
  return bagian.length === 0 ? 'Hasil pemeriksaan syarat: memenuhi seluruh syarat yang berlaku.' : `Hasil pemeriksaan syarat: ${bagian.join('; ')}.`;
}

/** An exception's reason must say something: long enough and more than a few repeated words. */
export function cekAlasanPengecualian(alasan: string): RuleProblem | null {
  const t = alasan.trim();
  const kata = new Set(t.toLowerCase().split(/[^a-z0-9à-ÿ]+/i).filter((w) => w.length >= 3));
  return t.length < ALASAN_PENGECUALIAN_MIN || kata.size < 4
    ? { code: 'PENGECUALIAN_TANPA_ALASAN', params: { min: ALASAN_PENGECUALIAN_MIN } }
    : null;
}

/** Who may propose an exception: a present member of the session not recused on the item. */
export function cekPengusul(m: Pick<AnggotaSidang, 'nama' | 'hadir'> | undefined, recused: boolean): RuleProblem | null {
  if (!m) return { code: 'ANGGOTA_TIDAK_DIKENAL' };
  if (!m.hadir) return { code: 'ANGGOTA_TIDAK_HADIR', params: { nama: m.nama } };
  if (recused) return { code: 'ANGGOTA_BERKONFLIK', params: { nama: m.nama } };
  return null;
}
