import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFParser, PDFRawStream, PDFRef, PDFString, type PDFContext, type PDFObject } from 'pdf-lib';

/** One revision of the file: the bytes up to and including one "startxref … %%EOF" (an incremental update each). */
export interface Revision {
  /** 1-based, in file order. */
  number: number;
  /** Just after "%%EOF", and after its end-of-line: a signature's range may end at either. */
  eofEnd: number;
  end: number;
  context: PDFContext;
}

/** A /Sig (or /DocTimeStamp) dictionary found in some revision. */
export interface FoundSignature {
  ref: string;
  fieldName: string | null;
  byteRange: number[];
  subFilter: string | null;
  signingTime: string | null;
  /** DocMDP permission level when this is a certification signature (P 1, 2 or 3). */
  docMdpP: number | null;
}

/** Every revision end: after a %%EOF that follows "startxref <n>", plus its end-of-line. */
function revisionEnds(file: Buffer): { eofEnd: number; end: number }[] {
  const text = file.toString('latin1');
  const ends: { eofEnd: number; end: number }[] = [];
  const re = /startxref\s+\d+\s+%%EOF(\r\n|\r|\n)?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) ends.push({ eofEnd: m.index + m[0].length - (m[1]?.length ?? 0), end: m.index + m[0].length });
  return ends;
}

/** pdf-lib reads objects in file order, later definitions replacing earlier: a prefix parses as that revision. */
export async function parseRevision(bytes: Uint8Array): Promise<PDFContext> {
  return PDFParser.forBytesWithOptions(bytes, Infinity, false, false).parseDocument();
}

export async function loadRevisions(file: Buffer): Promise<Revision[]> {
  const out: Revision[] = [];
  for (const [i, { eofEnd, end }] of revisionEnds(file).entries()) {
    out.push({ number: i + 1, eofEnd, end, context: await parseRevision(file.subarray(0, end)) });
  }
  return out;
}

const name = (v: PDFObject | undefined): string | null => (v instanceof PDFName ? v.decodeText() : null);
const text = (v: PDFObject | undefined): string | null => (v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : null);

export function lookup(ctx: PDFContext, v: PDFObject | undefined): PDFObject | undefined {
  return v instanceof PDFRef ? ctx.lookup(v) : v;
}

export function isSignatureDict(obj: PDFObject | undefined): obj is PDFDict {
  return obj instanceof PDFDict && obj.get(PDFName.of('ByteRange')) instanceof PDFArray && obj.has(PDFName.of('Contents'));
}

function docMdpLevel(ctx: PDFContext, sig: PDFDict): number | null {
  const refs = lookup(ctx, sig.get(PDFName.of('Reference')));
  if (!(refs instanceof PDFArray)) return null;
  for (const r of refs.asArray()) {
    const d = lookup(ctx, r);
    if (!(d instanceof PDFDict) || name(d.get(PDFName.of('TransformMethod'))) !== 'DocMDP') continue;
    const params = lookup(ctx, d.get(PDFName.of('TransformParams')));
    const p = params instanceof PDFDict ? lookup(ctx, params.get(PDFName.of('P'))) : undefined;
    return p instanceof PDFNumber ? p.asNumber() : 2;
  }
  return null;
}

function pdfDate(s: string | null): string | null {
  const m = s && /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|([+-])(\d{2})'?(\d{2})?'?)?/.exec(s);
  if (!m) return null;
  let t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  if (m[8]) t -= (m[8] === '-' ? -1 : 1) * ((+m[9]! * 60 + +(m[10] ?? 0)) * 60_000);
  return new Date(t).toISOString();
}

/** Field names by the signature dictionary they point at (widget or field with /FT /Sig and /V). */
function fieldNames(ctx: PDFContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const [, obj] of ctx.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    const v = obj.get(PDFName.of('V'));
    if (v instanceof PDFRef && name(obj.get(PDFName.of('FT'))) === 'Sig') out.set(v.toString(), text(obj.get(PDFName.of('T'))) ?? '');
  }
  return out;
}

/** Every signature dictionary of every revision, once each (a later revision may not rewrite an earlier one unseen). */
export function findSignatures(revisions: Revision[]): FoundSignature[] {
  const seen = new Map<string, FoundSignature>();
  for (const rev of revisions) {
    const names = fieldNames(rev.context);
    for (const [ref, obj] of rev.context.enumerateIndirectObjects()) {
      if (!isSignatureDict(obj)) continue;
      const br = (obj.get(PDFName.of('ByteRange')) as PDFArray).asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN));
      const key = br.join(' ');
      if (seen.has(key)) continue;
      seen.set(key, {
        ref: ref.toString(), fieldName: names.get(ref.toString()) ?? null, byteRange: br,
        subFilter: name(obj.get(PDFName.of('SubFilter'))),
        signingTime: pdfDate(text(obj.get(PDFName.of('M')))),
        docMdpP: docMdpLevel(rev.context, obj),
      });
    }
  }
  return [...seen.values()].sort((a, b) => (a.byteRange[2] ?? 0) + (a.byteRange[3] ?? 0) - ((b.byteRange[2] ?? 0) + (b.byteRange[3] ?? 0)));
}

/** A stable fingerprint of an object's value, streams by their dictionary and bytes. */
export function objectDigest(obj: PDFObject): string {
  if (obj instanceof PDFRawStream) return `stream ${obj.dict.toString()} ${createHash('sha256').update(obj.getContents()).digest('hex')}`;
  return obj.toString();
}
