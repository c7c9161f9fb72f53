import { targetTercapai, type Target } from '../domain/permohonan';

export interface TargetRecord {
  /** Earlier targets whose deadline has passed or that were reported. */
  dinilai: number;
  tercapai: number;
  tepatWaktu: number;
  belumDilaporkan: number;
  /** Due, not met, with a pledge to step down attached. */
  paktaTidakDipenuhi: number;
  /** tercapai / dinilai × 100, null with nothing to judge. */
  persenTercapai: number | null;
  persenTepatWaktu: number | null;
}

/** The record of earlier commitments: a target not yet due and not reported says nothing yet. */
export function targetRecord(lampau: readonly Target[], todayIso: string): TargetRecord {
  let dinilai = 0, tercapai = 0, tepatWaktu = 0, belum = 0, pakta = 0;
  for (const t of lampau) {
    const due = t.tenggat <= todayIso;
    if (!due && t.realisasi === null) continue;
    dinilai++;
    if (t.realisasi === null) belum++;
    else if (t.tanggalRealisasi === null || t.tanggalRealisasi <= t.tenggat) tepatWaktu++;
    const met = targetTercapai(t) === true;
    if (met) tercapai++;
    if (!met && t.denganPakta) pakta++;
  }
  const pct = (n: number) => (dinilai === 0 ? null : Math.round((n / dinilai) * 1000) / 10);
  return {
    dinilai, tercapai, tepatWaktu, belumDilaporkan: belum, paktaTidakDipenuhi: pakta,
    persenTercapai: pct(tercapai), persenTepatWaktu: pct(tepatWaktu),
  };
}
