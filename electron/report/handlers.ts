import type { AppContext } from '../app/context';
import type { DomainHandlers } from '../ipc/handlers';
import { tanggalWib } from '../../shared/session/targets';
import { writeFileAtomic } from '../dataset/files';
import { equityReport } from './equity-query';
import { laporanFileName, renderLaporanPdf } from './laporan-pdf';

export function reportHandlers(ctx: AppContext): DomainHandlers<'report'> {
  return {
    'report:equity': (filter) => equityReport(ctx.dataset().db, filter, tanggalWib(ctx.nowIso())),
    'report:savePdf': async (filter) => {
      const db = ctx.dataset().db;
      const today = tanggalWib(ctx.nowIso());
      // Checked before the dialog: an unknown session is refused without asking where to save.
      equityReport(db, filter, today);
      const nomor = filter.sidangId ? db.value<string>('SELECT nomor FROM sidang WHERE id = ?', [filter.sidangId]) ?? null : null;
      const defaultName = laporanFileName(today, nomor);
      const path = await ctx.platform.chooseSaveFile({ title: 'Simpan laporan kesetaraan', defaultName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      if (!path) return { path: null, fileName: defaultName, bytes: 0 };
      const pdf = await renderLaporanPdf(db, filter, { resourcesDir: ctx.platform.resourcesDir, now: ctx.platform.now(), today });
      writeFileAtomic(path, pdf.bytes);
      return { path, fileName: pdf.fileName, bytes: pdf.bytes.length };
    },
  };
}
