import type { AppContext } from '../app/context';
import type { Handler } from '../ipc/handlers';
import { loadConfig } from '../compare/config-store';
import { jendelaPilkada } from '../../shared/session/election-window';
import { sessionActs } from './act-answer';
import type { SessionEnv } from './env';
import { readPanselCsv, setProsedurJpt } from './procedure';
import { assertDocumentsAllowed, loadJadwal, recordPersetujuan, saveJadwal } from './election';
import { getSidang } from './sidang-store';
import { fileHandles } from '../app/file-handles';

type ProcedureChannel =
  | 'session:setProcedure' | 'session:choosePanselCsv' | 'session:readPanselCsv' | 'session:electionSchedule' | 'session:setElectionSchedule'
  | 'session:recordMendagriApproval' | 'session:documentsAllowed';

/** Handlers of shared/ipc/procedure.ts, merged into sessionHandlers. */
export function procedureHandlers(ctx: AppContext): { [K in ProcedureChannel]: Handler<K> } {
  const { saved, onItem, onHeader } = sessionActs(ctx);
  const ok = (fn: (e: SessionEnv) => void) => ({ ok: true as const, savedAt: saved(fn).savedAt });
  return {
    'session:setProcedure': ({ itemId, prosedur }) => onItem(itemId, (e) => setProsedurJpt(e, itemId, prosedur)),
    'session:choosePanselCsv': async () => {
      const path = await ctx.platform.chooseOpenFile({ title: 'Pilih CSV calon dari pansel', filters: [{ name: 'CSV', extensions: ['csv'] }] });
      return { file: path ? fileHandles(ctx).issue(path, 'csv-pansel') : null };
    },
    'session:readPanselCsv': ({ file }) => ({ calon: readPanselCsv(fileHandles(ctx).resolve(file, 'csv-pansel')) }),
    'session:electionSchedule': () => {
      const db = ctx.dataset().db;
      const jadwal = loadJadwal(db);
      return { jadwal, jendela: jendelaPilkada(jadwal, loadConfig(db)) };
    },
    'session:setElectionSchedule': (j) => ok((e) => saveJadwal(e, j)),
    'session:recordMendagriApproval': ({ sidangId, nomor, tanggal }) => onHeader(sidangId, (e) => recordPersetujuan(e, sidangId, nomor, tanggal)),
    'session:documentsAllowed': ({ sidangId }) => {
      const db = ctx.dataset().db;
      assertDocumentsAllowed(db, getSidang(db, sidangId));
      return { ok: true as const };
    },
  };
}
