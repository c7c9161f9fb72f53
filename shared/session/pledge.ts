import type { HasilKeputusan } from './model';
import type { RuleProblem } from './rules';

/**
 * The pledge review ("tinjauan pakta"): an item the app puts on the next session when a target under
 * a signed pledge was missed or is overdue. The committee keeps the official in post (tetap, with a
 * new deadline: a new pledged target, and the reason as the decision's rationale), relieves them
 * (diberhentikan: the SK "Pemberhentian dari Jabatan"), or defers.
 */
const HASIL_TINJAUAN: readonly HasilKeputusan[] = ['tetap', 'diberhentikan', 'ditunda'];

export function cekKeputusanTinjauan(args: {
  tinjauan: boolean;
  hasil: HasilKeputusan;
  targetBaru: readonly { denganPakta: boolean }[];
}): RuleProblem | null {
  const { hasil } = args;
  if (!args.tinjauan) {
    return hasil === 'tetap' || hasil === 'diberhentikan' ? { code: 'HASIL_HANYA_TINJAUAN_PAKTA', params: { hasil } } : null;
  }
  if (!HASIL_TINJAUAN.includes(hasil)) return { code: 'TINJAUAN_HASIL_TIDAK_SAH', params: { hasil } };
  if (hasil === 'tetap' && !args.targetBaru.some((t) => t.denganPakta)) return { code: 'TINJAUAN_TETAP_TANPA_TENGGAT' };
  if (hasil === 'diberhentikan' && args.targetBaru.length > 0) return { code: 'TINJAUAN_BERHENTI_TANPA_TARGET' };
  return null;
}
