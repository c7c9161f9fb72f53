import type { StatusPermohonan } from '../domain/permohonan';
import type {
  AnggotaSidang, HasilKeputusan, KuorumRule, KuorumStatus, PilihanSuara, RekapSuara, StatusSidang,
} from './model';

/** A broken rule, as an error code of catalog-session.ts with its parameters. */
export interface RuleProblem {
  code: string;
  params?: Record<string, string | number>;
}

/** Smallest number of members present that satisfies the rule for `total` members. */
export function kuorumDiperlukan(total: number, rule: KuorumRule): number {
  if (total <= 0) return 1;
  // Integer arithmetic: present × penyebut vs total × pembilang, so 1/2 of 5 needs 3, of 4 needs 3 (more than half).
  const threshold = total * rule.pembilang;
  return rule.lebihDari ? Math.floor(threshold / rule.penyebut) + 1 : Math.ceil(threshold / rule.penyebut);
}

export function kuorumStatus(anggota: readonly Pick<AnggotaSidang, 'hadir'>[], rule: KuorumRule): KuorumStatus {
  const total = anggota.length;
  const hadir = anggota.filter((a) => a.hadir).length;
  const diperlukan = kuorumDiperlukan(total, rule);
  return { hadir, total, diperlukan, terpenuhi: total > 0 && hadir >= diperlukan };
}

/** Present members without a declared conflict on the item: exactly who may vote on it. */
export function pemilihBerhak<A extends Pick<AnggotaSidang, 'anggotaId' | 'hadir'>>(
  anggota: readonly A[], recusedIds: Iterable<string>,
): A[] {
  const recused = new Set(recusedIds);
  return anggota.filter((a) => a.hadir && !recused.has(a.anggotaId));
}

/** Counts only votes of members who may vote now: a vote of someone since recused or absent does not count. */
export function rekapSuara(
  votes: readonly { anggotaId: string; pilihan: PilihanSuara }[], eligibleIds: readonly string[],
): RekapSuara {
  const eligible = new Set(eligibleIds);
  const counted = votes.filter((v) => eligible.has(v.anggotaId));
  const count = (p: PilihanSuara) => counted.filter((v) => v.pilihan === p).length;
  return {
    setuju: count('setuju'), tidakSetuju: count('tidak_setuju'), abstain: count('abstain'),
    belum: eligible.size - new Set(counted.map((v) => v.anggotaId)).size, berhak: eligible.size,
  };
}

export function cekSidangTerbuka(status: StatusSidang): RuleProblem | null {
  return status === 'selesai' ? { code: 'SIDANG_SUDAH_SELESAI' } : null;
}

/** Votes and decisions happen only in a session that has been opened and is not closed. */
export function cekSidangBerlangsung(status: StatusSidang): RuleProblem | null {
  if (status === 'draf') return { code: 'SIDANG_BELUM_DIMULAI' };
  return cekSidangTerbuka(status);
}

/** Whether a member may cast a vote on an item right now. */
export function cekBolehMemilih(args: {
  status: StatusSidang;
  kuorum: KuorumStatus;
  anggota: Pick<AnggotaSidang, 'anggotaId' | 'nama' | 'hadir'> | undefined;
  recused: boolean;
}): RuleProblem | null {
  const open = cekSidangBerlangsung(args.status);
  if (open) return open;
  if (!args.anggota) return { code: 'ANGGOTA_TIDAK_DIKENAL' };
  if (!args.anggota.hadir) return { code: 'ANGGOTA_TIDAK_HADIR', params: { nama: args.anggota.nama } };
  if (args.recused) return { code: 'ANGGOTA_BERKONFLIK', params: { nama: args.anggota.nama } };
  if (!args.kuorum.terpenuhi) {
    return { code: 'SIDANG_TIDAK_KUORUM', params: { hadir: args.kuorum.hadir, diperlukan: args.kuorum.diperlukan } };
  }
  return null;
}

export const ALASAN_MIN = 10;

export interface DecisionDraft {
  hasil: HasilKeputusan;
  jabatanId: string | null;
  alasan: string;
  alasanRevisi: string | null;
}

/**
 * A decision needs quorum and a rationale; a recommendation names the post; a revision (any
 * version after the first) needs its own reason.
 */
export function cekKeputusan(args: {
  status: StatusSidang;
  kuorum: KuorumStatus;
  draft: DecisionDraft;
  versiSebelumnya: number;
  /** Posts the request asked for; a recommendation may only name one of them (empty: any post). */
  jabatanDiminta: readonly string[];
}): RuleProblem | null {
  const open = cekSidangBerlangsung(args.status);
  if (open) return open;
  if (!args.kuorum.terpenuhi) {
    return { code: 'SIDANG_TIDAK_KUORUM', params: { hadir: args.kuorum.hadir, diperlukan: args.kuorum.diperlukan } };
  }
  const d = args.draft;
  if (d.alasan.trim().length < ALASAN_MIN) return { code: 'KEPUTUSAN_TANPA_ALASAN', params: { min: ALASAN_MIN } };
  if (d.hasil === 'direkomendasikan' && !d.jabatanId) return { code: 'KEPUTUSAN_TANPA_JABATAN' };
  if (d.hasil !== 'direkomendasikan' && d.jabatanId) return { code: 'KEPUTUSAN_JABATAN_TIDAK_PERLU' };
  if (d.hasil === 'direkomendasikan' && args.jabatanDiminta.length > 0 && !args.jabatanDiminta.includes(d.jabatanId!)) {
    return { code: 'KEPUTUSAN_JABATAN_BUKAN_PILIHAN' };
  }
  if (args.versiSebelumnya > 0 && (d.alasanRevisi ?? '').trim().length < ALASAN_MIN) {
    return { code: 'REVISI_TANPA_ALASAN', params: { min: ALASAN_MIN } };
  }
  if (args.versiSebelumnya === 0 && d.alasanRevisi) return { code: 'REVISI_TANPA_VERSI' };
  return null;
}

/** The request status a decision puts in place; a pledge review's outcome leaves the request as it is. */
export function statusDariKeputusan(hasil: HasilKeputusan): StatusPermohonan | null {
  return hasil === 'tetap' || hasil === 'diberhentikan' ? null : hasil;
}

/**
 * Requests in these states are not put on an agenda: not yet verified, already decided, or
 * withdrawn. A deferred (ditunda) request can be scheduled again.
 */
export const STATUS_TIDAK_DIAGENDAKAN: readonly StatusPermohonan[] = ['diajukan', 'direkomendasikan', 'tidak_direkomendasikan', 'ditarik'];

/** A session moves forward only: draf → berlangsung → selesai. */
export function cekPerubahanStatus(dari: StatusSidang, ke: StatusSidang): RuleProblem | null {
  const open = cekSidangTerbuka(dari);
  if (open) return open;
  const next: Record<StatusSidang, StatusSidang | null> = { draf: 'berlangsung', berlangsung: 'selesai', selesai: null };
  return next[dari] === ke ? null : { code: 'SIDANG_STATUS_TIDAK_SAH', params: { dari, ke } };
}

/** A session can be closed once every item has a decision ("ditunda" counts). */
export function cekBolehDitutup(items: readonly { keputusan: unknown | null; urutan: number }[]): RuleProblem | null {
  const open = items.find((i) => i.keputusan === null);
  return open ? { code: 'SIDANG_MASIH_ADA_AGENDA', params: { urutan: open.urutan } } : null;
}
