import type { AppContext } from '../app/context';
import type { DomainHandlers } from '../ipc/handlers';
import { writeFileAtomic } from '../dataset/files';
import { requireFullDataset } from '../review/mode';
import { tanggalWib } from '../../shared/session/targets';
import type { SessionEnv } from '../session/env';
import { persistAct } from '../session/persist';
import { isKeyRow, keyPostPlans, planOf, planWithCandidates, postSummary, talentPool } from './service';
import { ringkasRencana } from '../../shared/talent/succession';
import { writeKeyMark, writePlan } from './store';
import { rencanaFileName, renderRencanaPdf } from './pdf';
import { loadPostRow } from './load';

export function talentHandlers(ctx: AppContext): DomainHandlers<'talent'> {
  const today = () => tanggalWib(ctx.nowIso());
  const env = (): SessionEnv => ({ db: ctx.dataset().db, now: () => ctx.nowIso(), actor: () => ctx.platform.actor() });
  const saved = <T>(fn: () => T): T => {
    const out = fn();
    persistAct(ctx.dataset());
    return out;
  };
  return {
    'talent:pool': (filter) => talentPool(ctx.dataset().db, filter, today()),
    'talent:keyPosts': ({ unitId }) => {
      const db = ctx.dataset().db;
      const units = db.all<{ id: string; nama: string }>(
        `SELECT DISTINCT u.id, u.nama FROM unit_kerja u JOIN jabatan j ON j.unit_id = u.id
         LEFT JOIN jabatan_kunci k ON k.jabatan_id = j.id WHERE j.level LIKE 'II.%' OR j.level LIKE 'III.%' OR k.jabatan_id IS NOT NULL ORDER BY u.nama`,
      );
      const bisaDitandai = unitId === null ? [] : db.all<{ id: string; nama: string; level: string }>(
        `SELECT j.id, j.nama, j.level FROM jabatan j LEFT JOIN jabatan_kunci k ON k.jabatan_id = j.id
         WHERE j.unit_id = ? AND j.level LIKE 'IV.%' AND k.jabatan_id IS NULL ORDER BY j.level, j.nama`, [unitId],
      );
      return { posts: keyPostPlans(db, unitId, today()).map(ringkasRencana), units, bisaDitandai };
    },
    'talent:plan': ({ jabatanId }) => planWithCandidates(ctx.dataset().db, jabatanId, today()),
    'talent:planForPost': ({ jabatanId }) => {
      const db = ctx.dataset().db;
      const row = loadPostRow(db, jabatanId);
      return row && isKeyRow(row) ? planOf(db, jabatanId, today()) : null;
    },
    'talent:savePlan': (input) => saved(() => {
      writePlan(env(), input, isKeyRow);
      return planOf(ctx.dataset().db, input.jabatanId, today());
    }),
    'talent:markKeyPost': ({ jabatanId, kunci, alasan }) => saved(() => {
      writeKeyMark(env(), jabatanId, kunci, alasan);
      return postSummary(ctx.dataset().db, jabatanId);
    }),
    'talent:savePdf': async ({ unitId }) => {
      const { db } = requireFullDataset(ctx, 'talent:savePdf');
      const fileName = rencanaFileName(db, unitId);
      const path = await ctx.platform.chooseSaveFile({ title: 'Simpan rencana suksesi', defaultName: fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      if (!path) return { path: null, fileName, bytes: 0 };
      const bytes = await renderRencanaPdf(db, unitId, { resourcesDir: ctx.platform.resourcesDir, now: ctx.platform.now(), today: today() });
      writeFileAtomic(path, bytes);
      return { path, fileName, bytes: bytes.length };
    },
  };
}
