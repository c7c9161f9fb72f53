import type { Rencana, RingkasRencana } from '../../../../shared/talent/schemas';

/** The list row of a plan the editor just saved (the act answers with the plan; the list merges it). */
export function ringkasOf(r: Rencana): RingkasRencana {
  return {
    ...r.jabatan, tersimpan: r.tersimpan, jumlahSuksesor: r.suksesor.length,
    siapSekarang: r.suksesor.filter((s) => s.kesiapan === 'siap_sekarang').length, lowongTanpaSiap: r.lowongTanpaSiap,
  };
}
