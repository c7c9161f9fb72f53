import { assertDocumentsAllowed } from '../session/election';
import { composeKriteria, composePengumuman } from '../../shared/documents/compose-public';
import { loadKriteria } from './public-source';
import { getSidang } from '../session/sidang-store';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { formatTanggal } from '../../shared/format/tanggal';
import { composeBeritaAcara } from '../../shared/documents/compose-berita-acara';
import { composeRekomendasi } from '../../shared/documents/compose-rekomendasi';
import { composeSk, composeSkPemberhentian } from '../../shared/documents/compose-sk';
import { rapikanDokumen } from '../../shared/documents/typography';
import type { ComposedDocument } from '../../shared/documents/blocks';
import { isPublicKind, type DocumentFormat, type DocumentKind } from '../../shared/documents/model';
import { auditHead } from '../audit/audit-log';
import { withCheckpointBlock } from '../audit/checkpoint-block';
import type { Database } from '../dataset/database';
import { loadDocumentSettings } from './doc-settings';
import { contentHash, qrText, writeDocMeta, type DocMeta } from './doc-meta';
import { renderDocx } from './docx/render';
import { unlockIdentity } from './identity';
import { renderPdf, type VisibleSignature } from './pdf/render';
import { signRenderedPdf } from './sign-pdf';
import { loadDocSession } from './session-source';

export interface GenerateRequest {
  kind: DocumentKind;
  format: DocumentFormat;
  sidangId: string;
  /** Sign the PDF with the dataset's identity; needs certPassword. */
  sign: boolean;
  certPassword?: string;
  /** Which registered identity signs; default the newest active one. */
  identityId?: number;
}

export interface GeneratedDocument {
  bytes: Buffer;
  fileName: string;
  mime: string;
  contentHash: string;
  signed: boolean;
}

export interface GenerateEnv {
  resourcesDir: string;
  now: Date;
  actor: string;
}

/** Time as printed in the signature box: Bengkulu is on WIB (UTC+7). */
function waktuWib(d: Date): string {
  const w = new Date(d.getTime() + 7 * 3600_000);
  return `${formatTanggal(w.toISOString())} pukul ${w.toISOString().slice(11, 16).replace(":", ".")} WIB`;
}

function slug(s: string): string {
  return s.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
}

/** "rekomendasi-800-09-bpj-2026.pdf" */
export function documentFileName(kind: DocumentKind, sidangNomor: string, sidangId: string, format: DocumentFormat): string {
  return `${kind}-${slug(sidangNomor) || slug(sidangId)}.${format}`;
}

export function composeFor(db: Database, kind: DocumentKind, sidangId: string): { composed: ComposedDocument; meta: DocMeta; tanggal: string } {
  const session = loadDocSession(db, sidangId);
  // UU 10/2016 Pasal 71 (2) / 162 (3): inside an election window, no document before the Mendagri's approval is recorded.
  assertDocumentsAllowed(db, getSidang(db, sidangId));
  // What the public sees is what was decided: not before the session is closed.
  if (isPublicKind(kind) && session.status !== 'selesai') throw new AppError('DOK_PUBLIK_SIDANG_BELUM_SELESAI', { nomor: session.nomor });
  const settings = loadDocumentSettings(db);
  const head = auditHead(db);
  const composed = kind === 'sk' ? composeSk(session, settings)
    : kind === 'sk-pemberhentian' ? composeSkPemberhentian(session, settings)
    : kind === 'rekomendasi' ? composeRekomendasi(session, settings, head)
    : kind === 'pengumuman' ? composePengumuman(session, settings)
    : kind === 'kriteria' ? composeKriteria(session, settings, loadKriteria(db, sidangId))
    : withCheckpointBlock(composeBeritaAcara(session, settings, head), db, sidangId);
  return {
    composed: rapikanDokumen(composed), tanggal: session.tanggal,
    meta: { kind, sidangId, sidangNomor: session.nomor, contentHash: contentHash(kind, session) },
  };
}

/** The box beside the QR: who signed, the document's own date and, on its own line, when it was signed. */
export function signatureLines(info: { commonName: string; organization: string; fingerprintSha256: string }, tanggalDokumen: string, signedAt: Date, hash: string): string[] {
  return [
    'Ditandatangani secara elektronik (PAdES) oleh:',
    `${info.commonName}${info.organization ? ` — ${info.organization}` : ''}`,
    `Tanggal dokumen: ${formatTanggal(tanggalDokumen)}`,
    `Waktu penandatanganan: ${waktuWib(signedAt)}`,
    `Sertifikat SHA-256: ${info.fingerprintSha256.slice(0, 47)}…`,
    `Sidik isi (SHA-256):\n${hash}`,
    'Periksa keaslian dengan "baperjakat verify" atau pembaca PDF yang mendukung tanda tangan PAdES.',
  ];
}

/** Composes, renders and (for PDFs, on request) signs one document. Reads the dataset; never writes it. */
export async function generateDocument(db: Database, req: GenerateRequest, env: GenerateEnv): Promise<GeneratedDocument> {
  const { composed, meta, tanggal } = composeFor(db, req.kind, req.sidangId);
  const settings = loadDocumentSettings(db);
  if (req.format === 'docx') {
    if (req.sign) throw new AppError('DOK_DOCX_TIDAK_DITANDATANGANI');
    return {
      bytes: await renderDocx(composed, settings.kop), fileName: documentFileName(req.kind, meta.sidangNomor, req.sidangId, 'docx'), contentHash: meta.contentHash, signed: false,
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    };
  }
  let identity = null;
  if (req.sign) {
    // A signature says "this is what the committee decided": only once the session is closed.
    const status = db.value<string>('SELECT status FROM sidang WHERE id = ?', [req.sidangId]);
    if (status !== 'selesai') throw new AppError('DOK_SIDANG_BELUM_SELESAI', { nomor: meta.sidangNomor });
    if (!req.certPassword) throw new AppError('DOK_SANDI_SERTIFIKAT_DIPERLUKAN');
    identity = unlockIdentity(db, req.certPassword, env.now, req.identityId);
  }
  const signature: VisibleSignature | undefined = identity
    ? { qrText: qrText(meta), lines: signatureLines(identity.info, tanggal, env.now, meta.contentHash) }
    : undefined;
  const rendered = await renderPdf(composed, {
    kop: settings.kop, fontsDir: join(env.resourcesDir, 'fonts'), iccPath: join(env.resourcesDir, 'color', 'sRGB.icc'), now: env.now,
    // The archival Author is who answers for the document: the signer, else the issuing body (not the OS account).
    author: identity ? identity.info.commonName : settings.kop.instansi, signature,
    keywords: ['Baperjakat', req.kind, meta.sidangNomor],
  });
  writeDocMeta(rendered.doc, meta);
  const bytes = identity
    ? await signRenderedPdf(rendered, identity, {
        signingTime: env.now,
        reason: req.kind === 'rekomendasi' ? 'Rekomendasi Baperjakat kepada Kepala Daerah' : 'Berita Acara Sidang Baperjakat',
        location: settings.kop.kota,
        contactInfo: settings.kop.instansi,
      })
    : Buffer.from(await rendered.doc.save({ useObjectStreams: false }));
  return { bytes, fileName: documentFileName(req.kind, meta.sidangNomor, req.sidangId, 'pdf'), mime: 'application/pdf', contentHash: meta.contentHash, signed: !!identity };
}
