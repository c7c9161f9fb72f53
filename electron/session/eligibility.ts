import type { Database } from '../dataset/database';
import { evaluateEligibility } from '../../shared/compare/eligibility';
import { RULE_BY_ID, type RuleId } from '../../shared/rules/eligibility-rules';
import type { HasilAturanBeku, Pengecualian } from '../../shared/session/model';
import { loadCandidate, loadPost } from '../compare/pool';
import { loadConfig } from '../compare/config-store';

/** What "tidak memenuhi syarat …" names for each rule. */
const NAMA_PENDEK: Record<RuleId, string> = {
  pangkat: 'pangkat', pendidikan: 'pendidikan', pengalaman: 'pengalaman jabatan', skp: 'kinerja (SKP)', disiplin: 'disiplin',
  usia: 'usia', masa_kerja: 'masa kerja', ketidakhadiran: 'kehadiran', kompetensi: 'kompetensi',
};

export interface KelayakanItem {
  status: HasilAturanBeku['status'] | null;
  hasil: HasilAturanBeku[];
}

/**
 * The applicant's outcomes for one post with the parameters in force now, on the session's date:
 * what a decision freezes. Recorded exceptions are joined in; acknowledgements come from the decision.
 */
export function kelayakanUntuk(
  db: Database, nip: string, jabatanId: string, tanggal: string, pengecualian: readonly Pengecualian[], diakui: readonly string[] = [],
): KelayakanItem {
  const candidate = loadCandidate(db, nip, jabatanId);
  if (!candidate) return { status: null, hasil: [] };
  const { post } = loadPost(db, jabatanId);
  const e = evaluateEligibility(candidate, post, loadConfig(db), tanggal);
  const hasil = e.results.map((r): HasilAturanBeku => {
    const p = pengecualian.find((x) => x.jabatanId === jabatanId && x.ruleId === r.ruleId);
    return {
      ruleId: r.ruleId, nama: RULE_BY_ID.get(r.ruleId)!.nama.id, namaPendek: NAMA_PENDEK[r.ruleId], status: r.status,
      alasan: r.alasan.id, data: r.data, diakui: r.status === 'perlu_perhatian' && diakui.includes(r.ruleId),
      pengecualian: r.status === 'tidak_memenuhi' && p ? { alasan: p.alasan, diusulkanOleh: p.diusulkanOleh, namaPengusul: p.namaPengusul } : null,
    };
  });
  return { status: e.status, hasil };
}

type Row = Record<string, any>;

export function loadPengecualian(db: Database, itemId: string): Pengecualian[] {
  return db.all<Row>('SELECT * FROM pengecualian_syarat WHERE agenda_item_id = ? ORDER BY dicatat_pada, rule_id', [itemId]).map(toPengecualian);
}

export function toPengecualian(r: Row): Pengecualian {
  return {
    jabatanId: r.jabatan_id, ruleId: r.rule_id, alasan: r.alasan, diusulkanOleh: r.diusulkan_oleh, namaPengusul: r.nama_pengusul,
    dicatatPada: r.dicatat_pada,
  };
}
