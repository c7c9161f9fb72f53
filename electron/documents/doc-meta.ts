import { createHash } from 'node:crypto';
import { PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import { contentHashInput } from '../../shared/documents/rows';
import type { DocSession } from '../../shared/documents/model';

/** SHA-256 of the document kind and the session record it was drawn from: what "content matches" means. */
export function contentHash(kind: string, s: DocSession): string {
  return createHash('sha256').update(contentHashInput(kind, s), 'utf8').digest('hex');
}

export interface DocMeta {
  kind: string;
  sidangId: string;
  sidangNomor: string;
  contentHash: string;
}

/** The QR text: enough to find the session and check the content hash without the PDF. */
export function qrText(meta: DocMeta): string {
  return `BPJDOC:1;jenis=${meta.kind};sidang=${meta.sidangNomor};id=${meta.sidangId};sha256=${meta.contentHash}`;
}

/** Stored in the Info dictionary as base64url JSON, so it is plain ASCII inside the signed bytes. */
export function writeDocMeta(doc: PDFDocument, meta: DocMeta): void {
  // getInfoDict is private in pdf-lib's typings; the trailer's Info dictionary is what every reader shows.
  (doc as unknown as { getInfoDict(): { set(k: PDFName, v: PDFString): void } }).getInfoDict().set(PDFName.of('BaperjakatDoc'), PDFString.of(Buffer.from(JSON.stringify(meta)).toString('base64url')));
}

/** Reads the metadata only if it lies inside the signed byte range (outside it, anyone could have added it). */
export function readDocMeta(text: string, gapStart: number, gapEnd: number): DocMeta | null {
  const re = /\/BaperjakatDoc\s*\(([A-Za-z0-9_-]+)\)/g;
  let found: DocMeta | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index >= gapStart && m.index < gapEnd) continue;
    try {
      const v = JSON.parse(Buffer.from(m[1]!, 'base64url').toString('utf8')) as DocMeta;
      if (typeof v.kind === 'string' && typeof v.sidangId === 'string' && /^[0-9a-f]{64}$/.test(v.contentHash)) found = v;
    } catch {
      // not ours
    }
  }
  return found;
}
