import type { Database } from '../dataset/database';
import { AppError } from '../../shared/errors';
import type { RuleConfig } from '../../shared/rules/params';
import type { Comparison } from '../../shared/compare/schemas';
import { buildComparison } from '../../shared/compare/comparison';
import { loadPost } from './pool';
import { loadCandidates } from './batch-load';

/** Side-by-side data for the people given, in the order given (the screen's column order). */
export function compareCandidates(db: Database, jabatanId: string, nips: string[], cfg: RuleConfig, today: string): Comparison {
  const seen = new Set<string>();
  for (const nip of nips) {
    if (seen.has(nip)) throw new AppError('KANDIDAT_GANDA', { nip });
    seen.add(nip);
  }
  const { post, summary } = loadPost(db, jabatanId);
  const loaded = loadCandidates(db, nips, jabatanId);
  const missing = nips.find((nip) => !loaded.some((c) => c.profil.nip === nip));
  if (missing) throw new AppError('KANDIDAT_TIDAK_ADA', { nip: missing });
  const inputs = loaded;
  return buildComparison(post, summary, inputs, cfg, today);
}
