import { PDFArray, PDFDict, PDFInvalidObject, PDFName, PDFRef, PDFString, type PDFContext } from 'pdf-lib';
import { parseRevision } from '../../electron/documents/verify/pdf-structure';
import { CadesSigner } from '../../electron/documents/cades-signer';
import { createSelfSignedIdentity, unlockIdentity, type UnlockedIdentity } from '../../electron/documents/identity';
import { Database } from '../../electron/dataset/database';
import { migrate } from '../../electron/dataset/migrations';

/**
 * Appends one incremental update to `file`, as an editor or attacker would: `edit` changes or adds
 * objects in the parsed context and returns the refs it touched; those are written after the old
 * bytes with their own xref section and a trailer whose /Prev points at the previous one.
 */
export async function appendUpdate(file: Buffer, edit: (ctx: PDFContext) => PDFRef[] | Promise<PDFRef[]>): Promise<Buffer> {
  const ctx = await parseRevision(file);
  const refs = await edit(ctx);
  const prev = [...file.toString('latin1').matchAll(/startxref\s+(\d+)/g)].pop()![1]!;
  const parts: Buffer[] = [file, Buffer.from('\n')];
  let offset = file.length + 1;
  const entries: [number, number, number][] = [];
  for (const ref of refs) {
    const obj = ctx.lookup(ref)!;
    const body = new Uint8Array(obj.sizeInBytes());
    obj.copyBytesInto(body, 0);
    const chunk = Buffer.concat([Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n`), Buffer.from(body), Buffer.from('\nendobj\n')]);
    entries.push([ref.objectNumber, ref.generationNumber, offset]);
    parts.push(chunk);
    offset += chunk.length;
  }
  const xref = ['xref', ...entries.sort((a, b) => a[0] - b[0]).flatMap(([n, g, o]) => [`${n} 1`, `${String(o).padStart(10, '0')} ${String(g).padStart(5, '0')} n\r`])].join('\n');
  const info = ctx.trailerInfo.Info ? ` /Info ${ctx.trailerInfo.Info.toString()}` : '';
  const trailer = `${xref}\ntrailer\n<< /Size ${ctx.largestObjectNumber + 1} /Root ${ctx.trailerInfo.Root!.toString()}${info} /Prev ${prev} >>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(trailer, 'latin1'));
  return Buffer.concat(parts);
}

export function firstPage(ctx: PDFContext): { ref: PDFRef; dict: PDFDict } {
  const catalog = ctx.lookup(ctx.trailerInfo.Root) as PDFDict;
  const pages = catalog.lookup(PDFName.of('Pages'), PDFDict);
  const ref = (pages.lookup(PDFName.of('Kids'), PDFArray)).get(0) as PDFRef;
  return { ref, dict: ctx.lookup(ref, PDFDict) };
}

const PLACEHOLDER_BYTES = 12_000;
const BR_PLACEHOLDER = '/ByteRange [0 9999999999 9999999999 9999999999]';

/**
 * A further (approval) signature added the way PAdES readers add one: a new signature dictionary,
 * its widget on page 1, the AcroForm's /Fields extended; then the new revision is signed.
 */
export async function appendApprovalSignature(file: Buffer, identity: UnlockedIdentity, name: string, at: Date): Promise<Buffer> {
  const updated = await appendUpdate(file, (ctx) => {
    const m = `D:${at.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
    const sig = `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached ${BR_PLACEHOLDER} /Contents <${'0'.repeat(PLACEHOLDER_BYTES * 2)}> /M (${m}) /Name (${name}) >>`;
    const sigRef = ctx.register(PDFInvalidObject.of(Buffer.from(sig, 'latin1')));
    const page = firstPage(ctx);
    const widget = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Widget', FT: 'Sig', Rect: [0, 0, 0, 0], V: sigRef, T: PDFString.of(name), F: 4, P: page.ref }));
    const annots = page.dict.lookupMaybe(PDFName.of('Annots'), PDFArray) ?? ctx.obj([]);
    annots.push(widget);
    page.dict.set(PDFName.of('Annots'), annots);
    const catalog = ctx.lookup(ctx.trailerInfo.Root) as PDFDict;
    const acroRef = catalog.get(PDFName.of('AcroForm')) as PDFRef;
    ctx.lookup(acroRef, PDFDict).lookup(PDFName.of('Fields'), PDFArray).push(widget);
    const refs = [sigRef, widget, page.ref, acroRef];
    const annotsRef = page.dict.get(PDFName.of('Annots'));
    if (annotsRef instanceof PDFRef) refs.push(annotsRef);
    return refs;
  });
  const text = updated.toString('latin1');
  const brAt = text.lastIndexOf(BR_PLACEHOLDER);
  const b = text.indexOf('<', brAt + BR_PLACEHOLDER.length);
  const c = text.indexOf('>', b) + 1;
  const br = `/ByteRange [0 ${b} ${c} ${updated.length - c}]`.padEnd(BR_PLACEHOLDER.length, ' ');
  updated.write(br, brAt, 'latin1');
  const cms = await new CadesSigner(identity).sign(Buffer.concat([updated.subarray(0, b), updated.subarray(c)]));
  updated.write(cms.toString('hex').padEnd(c - b - 2, '0'), b + 1, 'latin1');
  return updated;
}

/** A member's own signing identity in a throw-away database, unlocked at `at`. */
export async function memberIdentity(cn: string, at = new Date('2026-11-23T03:00:00Z')): Promise<UnlockedIdentity> {
  const db = await Database.create();
  migrate(db);
  createSelfSignedIdentity(db, { commonName: cn, organization: 'Inspektorat', validYears: 1, password: 'sandi-anggota' }, at);
  return unlockIdentity(db, 'sandi-anggota', at);
}
