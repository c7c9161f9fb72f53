import type { Database } from '../dataset/database';
import { getMeta, setMeta } from '../dataset/repository';
import { appendAudit } from '../audit/audit-log';
import { AppError } from '../../shared/errors';
import { ELIGIBILITY_RULES } from '../../shared/rules/eligibility-rules';
import { PARAM_BY_KEY, PARAM_DEFS, paramProblem, RuleConfig, type ParamValue } from '../../shared/rules/params';
import type { CompareConfig } from '../../shared/ipc/compare';

/** Per-dataset overrides live in meta under one key, so a review packet copied from the dataset carries them. */
const META_KEY = 'compare.aturan';

function loadOverrides(db: Database): Record<string, ParamValue> {
  const raw = getMeta(db, META_KEY);
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, ParamValue>) : {};
  } catch {
    // A damaged value must not block the session: fall back to the documented defaults.
    return {};
  }
}

export function loadConfig(db: Database): RuleConfig {
  return new RuleConfig(loadOverrides(db));
}

export function configView(cfg: RuleConfig, today: string): CompareConfig {
  return {
    values: { ...cfg.values },
    overrides: Object.fromEntries(Object.entries(cfg.overrides).filter(([k]) => PARAM_BY_KEY.has(k))),
    defs: PARAM_DEFS.map((d) => ({ ...d })),
    rules: ELIGIBILITY_RULES.map((r) => ({ id: r.id, nama: r.nama, sumber: r.sumber, params: [...r.params], umum: r.umum })),
    today,
  };
}

interface Actor {
  at: string;
  actor: string;
}

/**
 * Validates every value first so a bad one changes nothing; then writes the overrides and one audit
 * entry listing each change (old → new) in the same transaction.
 */
export function updateConfig(db: Database, values: Record<string, ParamValue>, alasan: string, who: Actor): RuleConfig {
  for (const [key, value] of Object.entries(values)) {
    const def = PARAM_BY_KEY.get(key);
    if (!def) throw new AppError('ATURAN_TIDAK_DIKENAL', { key });
    const problem = paramProblem(def, value);
    if (problem) throw new AppError('NILAI_ATURAN_TIDAK_VALID', { key, masalah: problem });
  }
  return db.transaction(() => {
    const before = loadConfig(db);
    const overrides = { ...loadOverrides(db) };
    const perubahan: { key: string; dari: ParamValue; ke: ParamValue }[] = [];
    for (const [key, value] of Object.entries(values)) {
      if (before.values[key] === value) continue;
      perubahan.push({ key, dari: before.values[key]!, ke: value });
      if (PARAM_BY_KEY.get(key)!.default === value) delete overrides[key];
      else overrides[key] = value;
    }
    if (perubahan.length === 0) return before;
    setMeta(db, META_KEY, JSON.stringify(overrides));
    appendAudit(db, { ...who, action: 'compare.ubahAturan', payload: { perubahan, alasan } });
    return new RuleConfig(overrides);
  });
}

export function resetConfig(db: Database, keys: string[], who: Actor): RuleConfig {
  for (const key of keys) if (!PARAM_BY_KEY.has(key)) throw new AppError('ATURAN_TIDAK_DIKENAL', { key });
  return db.transaction(() => {
    const overrides = { ...loadOverrides(db) };
    const targets = keys.length ? keys : Object.keys(overrides);
    const perubahan = targets.filter((k) => k in overrides).map((k) => ({ key: k, dari: overrides[k]!, ke: PARAM_BY_KEY.get(k)?.default ?? null }));
    if (perubahan.length === 0) return new RuleConfig(overrides);
    for (const k of targets) delete overrides[k];
    setMeta(db, META_KEY, JSON.stringify(overrides));
    appendAudit(db, { ...who, action: 'compare.aturUlangAturan', payload: { perubahan } });
    return new RuleConfig(overrides);
  });
}
