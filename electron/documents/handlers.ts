import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { AppContext } from '../app/context';
import type { DomainHandlers } from '../ipc/handlers';
import { appendAudit } from '../audit/audit-log';
import { writeFileAtomic } from '../dataset/files';
import { readUserFile } from '../files/user-file';
import { AppError } from '../../shared/errors';
import { diberhentikan, direkomendasikan, kehadiran } from '../../shared/documents/rows';
import { loadDocumentSettings, saveDocumentSettings } from './doc-settings';
import { composeFor, documentFileName, generateDocument, type GenerateRequest } from './generate';
import { createSelfSignedIdentity, identityInfo, importIdentity, removeIdentity } from './identity';
import { printPdf } from './print';
import { listSessions, loadDocSession } from './session-source';
import { verifyPdfFile } from './verify/verify-file';
import { assertDocumentsAllowed } from '../session/election';
import { getSidang } from '../session/sidang-store';

/** A kop emblem: PNG or JPEG by its magic bytes, small enough for the dataset's settings (512 KB). */
export function logoBytesValid(bytes: Buffer): boolean {
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const jpg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  return (png || jpg) && bytes.length <= 512 * 1024;
}

export function documentsHandlers(ctx: AppContext): DomainHandlers<'documents'> {
  const env = () => ({ resourcesDir: ctx.platform.resourcesDir, now: ctx.platform.now(), actor: ctx.platform.actor() });

  /** Generates; a signed PDF is an act of the committee, so its hashes go on the audit chain. */
  async function produce(req: GenerateRequest) {
    const ds = ctx.dataset();
    const doc = await generateDocument(ds.db, req, env());
    if (doc.signed) {
      ds.db.transaction(() => {
        appendAudit(ds.db, {
          at: ctx.nowIso(), actor: ctx.platform.actor(), action: 'documents.sign',
          payload: {
            sidangId: req.sidangId, jenis: req.kind, contentHash: doc.contentHash,
            pdfSha256: createHash('sha256').update(doc.bytes).digest('hex'),
          },
        });
      });
    }
    return doc;
  }

  function audited<T>(action: string, payload: Record<string, unknown>, fn: () => T): T {
    const { db } = ctx.dataset();
    return db.transaction(() => {
      const out = fn();
      appendAudit(db, { at: ctx.nowIso(), actor: ctx.platform.actor(), action, payload });
      return out;
    });
  }

  return {
    'documents:listSessions': () => {
      const { db } = ctx.dataset();
      return listSessions(db).map((s) => {
        const rec = loadDocSession(db, s.id);
        const rek = direkomendasikan(rec).length;
        const hadir = kehadiran(rec);
        return {
          id: s.id, nomor: s.nomor, tanggal: s.tanggal, status: rec.status, agenda: s.items, direkomendasikan: rek,
          tidakDirekomendasikan: rec.items.filter((i) => i.keputusan && i.keputusan.hasil !== 'direkomendasikan' && i.keputusan.hasil !== 'diberhentikan').length,
          diberhentikan: diberhentikan(rec).length,
          hadir: hadir.hadir, anggota: hadir.total,
        };
      });
    },
    'documents:compose': ({ sidangId, kind }) => {
      const { composed, meta } = composeFor(ctx.dataset().db, kind, sidangId);
      return { ...composed, contentHash: meta.contentHash };
    },
    'documents:identity': () => ({ identity: identityInfo(ctx.dataset().db) }),
    'documents:createIdentity': (input) =>
      audited('documents.identity.create', { jenis: 'self-signed' }, () =>
        createSelfSignedIdentity(ctx.dataset().db, input, ctx.platform.now())),
    'documents:importIdentity': async ({ password }) => {
      ctx.dataset();
      const path = await ctx.platform.chooseOpenFile({
        title: 'Impor sertifikat penanda tangan', filters: [{ name: 'PKCS#12', extensions: ['p12', 'pfx'] }],
      });
      if (!path) return { identity: null };
      let bytes: Buffer;
      try {
        bytes = readUserFile(path, 'certificate');
      } catch {
        throw new AppError('DOK_BERKAS_TIDAK_TERBACA', { berkas: basename(path) });
      }
      const identity = audited('documents.identity.import', { jenis: 'pkcs12' }, () =>
        importIdentity(ctx.dataset().db, bytes, password, ctx.platform.now()));
      return { identity };
    },
    'documents:removeIdentity': () => {
      audited('documents.identity.remove', {}, () => removeIdentity(ctx.dataset().db));
      return { ok: true as const };
    },
    'documents:getSettings': () => loadDocumentSettings(ctx.dataset().db),
    'documents:updateSettings': (input) => {
      if (input.kop.logoBase64 && !logoBytesValid(Buffer.from(input.kop.logoBase64, 'base64'))) throw new AppError('DOK_LOGO_TIDAK_VALID');
      audited('documents.settings.update', { logo: !!input.kop.logoBase64, mengingat: input.naskah.mengingat.length }, () =>
        saveDocumentSettings(ctx.dataset().db, input));
      return loadDocumentSettings(ctx.dataset().db);
    },
    'documents:importLogo': async () => {
      const { db } = ctx.dataset();
      const path = await ctx.platform.chooseOpenFile({ title: 'Impor lambang daerah', filters: [{ name: 'Gambar', extensions: ['png', 'jpg', 'jpeg'] }] });
      if (!path) return loadDocumentSettings(db);
      const bytes = readUserFile(path, 'image');
      if (!logoBytesValid(bytes)) throw new AppError('DOK_LOGO_TIDAK_VALID');
      const settings = loadDocumentSettings(db);
      audited('documents.settings.logo', { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }, () =>
        saveDocumentSettings(db, { ...settings, kop: { ...settings.kop, logoBase64: bytes.toString('base64') } }));
      return loadDocumentSettings(db);
    },
    'documents:save': async (input) => {
      if (input.format === 'docx' && input.sign) throw new AppError('DOK_DOCX_TIDAK_DITANDATANGANI');
      // A document the election window holds back is refused before the user picks where to save it.
      const db = ctx.dataset().db;
      assertDocumentsAllowed(db, getSidang(db, input.sidangId));
      // Ask where first: a cancelled dialog must not leave a signing on the audit chain.
      const s = loadDocSession(db, input.sidangId);
      const defaultName = documentFileName(input.kind, s.nomor, s.id, input.format);
      const path = await ctx.platform.chooseSaveFile({
        title: 'Simpan dokumen', defaultName,
        filters: [input.format === 'pdf' ? { name: 'PDF', extensions: ['pdf'] } : { name: 'Word', extensions: ['docx'] }],
      });
      if (!path) return { path: null, fileName: defaultName, contentHash: '', signed: false, bytes: 0 };
      const doc = await produce(input);
      writeFileAtomic(path, doc.bytes);
      return { path, fileName: doc.fileName, contentHash: doc.contentHash, signed: doc.signed, bytes: doc.bytes.length };
    },
    'documents:print': async (input) => {
      const doc = await produce({ ...input, format: 'pdf' });
      return { printed: await printPdf(doc.bytes, doc.fileName) };
    },
    'documents:verifyFile': async () => {
      const path = await ctx.platform.chooseOpenFile({ title: 'Verifikasi dokumen', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      if (!path) return null;
      const db = ctx.current && !ctx.current.locked ? ctx.current.db : null;
      return verifyPdfFile(path, db);
    },
  };
}
