import { join } from 'node:path';
import type { Database } from '../dataset/database';
import { loadDocumentSettings } from '../documents/doc-settings';
import { renderPdf } from '../documents/pdf/render';
import { rapikanDokumen } from '../../shared/documents/typography';
import { composeLaporanKesetaraan } from '../../shared/report/compose-laporan';
import type { EquityFilter } from '../../shared/report/schemas';
import { equityReport } from './equity-query';

export interface LaporanEnv { resourcesDir: string; now: Date; today: string }

/** "laporan-kesetaraan-2026-11-23.pdf", with the session's number when filtered by one. */
export function laporanFileName(today: string, sidangNomor: string | null): string {
  const sidang = sidangNomor ? `-${sidangNomor.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase()}` : '';
  return `laporan-kesetaraan-${today}${sidang}.pdf`;
}

/** The dashboard's report (same query as report:equity) through the documents' PDF/A pipeline: kop, pages, fonts. */
export async function renderLaporanPdf(db: Database, filter: EquityFilter, env: LaporanEnv): Promise<{ bytes: Buffer; fileName: string }> {
  const report = equityReport(db, filter, env.today);
  const nomor = filter.sidangId ? db.value<string>('SELECT nomor FROM sidang WHERE id = ?', [filter.sidangId]) ?? null : null;
  const settings = loadDocumentSettings(db);
  const rendered = await renderPdf(rapikanDokumen(composeLaporanKesetaraan(report, nomor)), {
    kop: settings.kop, fontsDir: join(env.resourcesDir, 'fonts'), iccPath: join(env.resourcesDir, 'color', 'sRGB.icc'),
    now: env.now, author: settings.kop.instansi, keywords: ['Baperjakat', 'laporan-kesetaraan', ...(nomor ? [nomor] : [])],
  });
  return { bytes: Buffer.from(await rendered.doc.save({ useObjectStreams: false })), fileName: laporanFileName(env.today, nomor) };
}
