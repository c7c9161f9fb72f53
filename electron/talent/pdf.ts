import { join } from 'node:path';
import type { Database } from '../dataset/database';
import { AppError } from '../../shared/errors';
import { rapikanDokumen } from '../../shared/documents/typography';
import { composeRencanaSuksesi } from '../../shared/talent/compose-rencana';
import { loadDocumentSettings } from '../documents/doc-settings';
import { renderPdf } from '../documents/pdf/render';
import { keyPostPlans } from './service';

const slug = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();

export function rencanaFileName(db: Database, unitId: string): string {
  const u = db.first<{ nama: string; singkatan: string }>('SELECT nama, singkatan FROM unit_kerja WHERE id = ?', [unitId]);
  if (!u) throw new AppError('TALENTA_JABATAN_TIDAK_ADA', { jabatan: unitId });
  return `rencana-suksesi-${slug(u.singkatan || u.nama) || slug(unitId)}.pdf`;
}

/** The unit's "Rencana Suksesi" through the documents' renderer (PDF/A-2b, the kop of the dataset). Reads only. */
export async function renderRencanaPdf(db: Database, unitId: string, env: { resourcesDir: string; now: Date; today: string }): Promise<Buffer> {
  const unit = db.first<{ nama: string }>('SELECT nama FROM unit_kerja WHERE id = ?', [unitId]);
  if (!unit) throw new AppError('TALENTA_JABATAN_TIDAK_ADA', { jabatan: unitId });
  const settings = loadDocumentSettings(db);
  const composed = rapikanDokumen(composeRencanaSuksesi(unit.nama, keyPostPlans(db, unitId, env.today), settings, env.today));
  const rendered = await renderPdf(composed, {
    kop: settings.kop, fontsDir: join(env.resourcesDir, 'fonts'), iccPath: join(env.resourcesDir, 'color', 'sRGB.icc'), now: env.now,
    author: settings.kop.instansi, keywords: ['Baperjakat', 'rencana-suksesi', unit.nama],
  });
  return Buffer.from(await rendered.doc.save({ useObjectStreams: false }));
}
