import type { Database } from '../dataset/database';
import { loadConfig } from '../compare/config-store';
import { RuleConfig, type ParamValue } from '../../shared/rules/params';
import type { KriteriaSidang } from '../../shared/documents/compose-public';

interface Perubahan { key: string; dari: ParamValue; ke: ParamValue }

/**
 * The rule parameters as they stood when the session decided: today's values with every change
 * audited after the session's last decision undone, newest first. The audit trail is the record
 * of those changes (compare.ubahAturan / compare.aturUlangAturan, each listing old → new).
 */
export function loadKriteria(db: Database, sidangId: string): KriteriaSidang {
  const sidang = db.first<{ tanggal: string }>('SELECT tanggal FROM sidang WHERE id = ?', [sidangId])!;
  const lastDecision = db.value<string>(
    'SELECT MAX(k.dicatat_pada) FROM keputusan k JOIN agenda_item i ON i.id = k.agenda_item_id WHERE i.sidang_id = ?', [sidangId],
  );
  const berlakuPada = lastDecision ?? `${sidang.tanggal}T23:59:59.999Z`;
  const later = db.all<{ payload: string }>(
    "SELECT payload FROM audit_log WHERE action IN ('compare.ubahAturan', 'compare.aturUlangAturan') AND at > ? ORDER BY seq DESC", [berlakuPada],
  );
  const values: Record<string, ParamValue> = { ...loadConfig(db).values };
  for (const row of later) {
    for (const p of (JSON.parse(row.payload) as { perubahan: Perubahan[] }).perubahan) values[p.key] = p.dari;
  }
  return { config: new RuleConfig(values), berlakuPada: berlakuPada.slice(0, 10), perubahanSetelahnya: later.length };
}
