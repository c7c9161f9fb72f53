import { PDFArray, PDFDict, PDFName, PDFRef, PDFRawStream, type PDFContext, type PDFObject } from 'pdf-lib';
import { isSignatureDict, lookup, objectDigest } from './pdf-structure';

/** One change a later revision made that a signature does not permit. */
export interface RevisionChange {
  revision: number;
  kind: 'halaman_ditambah' | 'halaman_dihapus' | 'konten_halaman' | 'objek_diganti' | 'objek_ditambah' | 'katalog_diubah';
  object: string;
  detail: string;
}

const N = (s: string): PDFName => PDFName.of(s);
const nameOf = (v: PDFObject | undefined): string | undefined => (v instanceof PDFName ? v.decodeText() : undefined);

function pageRefs(ctx: PDFContext): string[] {
  const root = lookup(ctx, ctx.trailerInfo.Root);
  const out: string[] = [];
  const walk = (node: PDFObject | undefined, ref: string, depth: number): void => {
    const d = lookup(ctx, node);
    if (!(d instanceof PDFDict) || depth > 50) return;
    if (nameOf(d.get(N('Type'))) === 'Page') out.push(ref);
    const kids = lookup(ctx, d.get(N('Kids')));
    if (kids instanceof PDFArray) for (const k of kids.asArray()) walk(k, k.toString(), depth + 1);
  };
  if (root instanceof PDFDict) {
    const pages = root.get(N('Pages'));
    walk(pages, pages?.toString() ?? '', 0);
  }
  return out;
}

function changedKeys(a: PDFDict, b: PDFDict): string[] {
  const keys = new Set([...a.keys(), ...b.keys()].map((k) => k.decodeText()));
  return [...keys].filter((k) => a.get(N(k))?.toString() !== b.get(N(k))?.toString());
}

function isSigWidget(ctx: PDFContext, obj: PDFObject | undefined): boolean {
  const d = lookup(ctx, obj);
  if (!(d instanceof PDFDict)) return false;
  const parent = lookup(ctx, d.get(N('Parent')));
  const ft = nameOf(d.get(N('FT'))) ?? (parent instanceof PDFDict ? nameOf(parent.get(N('FT'))) : undefined);
  return ft === 'Sig' && (nameOf(d.get(N('Subtype'))) === 'Widget' || d.has(N('Kids')) || d.has(N('V')));
}

/** Refs reachable from `start` (appearance streams of a widget, the arrays and streams of a DSS). */
function reachable(ctx: PDFContext, start: PDFObject | undefined, into: Set<string>, depth = 0): void {
  if (!start || depth > 20) return;
  if (start instanceof PDFRef) {
    if (into.has(start.toString())) return;
    into.add(start.toString());
  }
  const v = lookup(ctx, start);
  const children = v instanceof PDFArray ? v.asArray()
    : v instanceof PDFDict ? [...v.entries()].filter(([k]) => !['P', 'Parent'].includes(k.decodeText())).map(([, x]) => x)
    : v instanceof PDFRawStream ? [...v.dict.entries()].map(([, x]) => x) : [];
  for (const c of children) reachable(ctx, c, into, depth + 1);
}

/**
 * What revision `next` changed relative to `prev` beyond what a signature permits (DocMDP P 2: form
 * filling and further signatures): a new signature dictionary, its field/widget and appearance, the
 * AcroForm's Fields/SigFlags/DR, the catalog's AcroForm/DSS entries, a page's /Annots gaining
 * signature widgets, and the DSS with its certificates/OCSP/CRLs. Anything else is listed. With P 1
 * nothing at all may change.
 */
export function disallowedChanges(prev: PDFContext, next: PDFContext, revision: number, p: number | null): RevisionChange[] {
  const before = new Map(prev.enumerateIndirectObjects().map(([r, o]) => [r.toString(), objectDigest(o)]));
  const changed = next.enumerateIndirectObjects().filter(([r, o]) => before.get(r.toString()) !== objectDigest(o));
  const out: RevisionChange[] = [];
  const pagesBefore = pageRefs(prev);
  const pagesAfter = pageRefs(next);
  if (pagesAfter.length > pagesBefore.length) out.push({ revision, kind: 'halaman_ditambah', object: pagesAfter.filter((x) => !pagesBefore.includes(x)).join(', '), detail: `${pagesBefore.length} → ${pagesAfter.length} halaman` });
  if (pagesAfter.length < pagesBefore.length) out.push({ revision, kind: 'halaman_dihapus', object: '', detail: `${pagesBefore.length} → ${pagesAfter.length} halaman` });
  if (p === 1) return [...out, ...changed.map(([r]) => ({ revision, kind: 'objek_diganti' as const, object: r.toString(), detail: 'DocMDP P 1: tidak ada perubahan yang diizinkan' }))];

  const root = next.trailerInfo.Root?.toString();
  const catalog = lookup(next, next.trailerInfo.Root);
  const acroRef = catalog instanceof PDFDict ? catalog.get(N('AcroForm'))?.toString() : undefined;
  const allowedNew = new Set<string>();
  for (const [r, o] of changed) {
    if (isSignatureDict(o) || isSigWidget(next, o)) reachable(next, r, allowedNew);
  }
  if (catalog instanceof PDFDict) reachable(next, catalog.get(N('DSS')), allowedNew);
  const contentRefs = new Set<string>();
  for (const pr of pagesAfter) {
    const page = lookup(next, PDFRef.of(...(pr.split(' ').slice(0, 2).map(Number) as [number, number])));
    if (page instanceof PDFDict) reachable(next, page.get(N('Contents')), contentRefs);
  }

  for (const [r, o] of changed) {
    const ref = r.toString();
    const existed = before.has(ref);
    const old = existed ? prev.lookup(r) : undefined;
    if (isSignatureDict(o) && !existed) continue;
    if (isSigWidget(next, o)) continue;
    if (!existed && allowedNew.has(ref)) continue;
    if (o instanceof PDFRawStream && ['XRef', 'ObjStm'].includes(nameOf(o.dict.get(N('Type'))) ?? '')) continue;
    if (ref === root && old instanceof PDFDict && o instanceof PDFDict) {
      const keys = changedKeys(old, o).filter((k) => !['AcroForm', 'DSS'].includes(k));
      if (keys.length) out.push({ revision, kind: 'katalog_diubah', object: ref, detail: keys.join(', ') });
      continue;
    }
    if (ref === acroRef && old instanceof PDFDict && o instanceof PDFDict) {
      const keys = changedKeys(old, o).filter((k) => !['Fields', 'SigFlags', 'DR', 'DA'].includes(k));
      if (keys.length) out.push({ revision, kind: 'objek_diganti', object: ref, detail: `AcroForm: ${keys.join(', ')}` });
      continue;
    }
    if (old instanceof PDFDict && o instanceof PDFDict && nameOf(o.get(N('Type'))) === 'Page') {
      const keys = changedKeys(old, o);
      const onlyAnnots = keys.length === 1 && keys[0] === 'Annots' && addsOnlySigWidgets(prev, next, old.get(N('Annots')), o.get(N('Annots')));
      if (!onlyAnnots) out.push({ revision, kind: keys.includes('Contents') ? 'konten_halaman' : 'objek_diganti', object: ref, detail: `halaman: ${keys.join(', ')}` });
      continue;
    }
    if (old instanceof PDFArray && o instanceof PDFArray && addsOnlySigWidgets(prev, next, old, o)) continue;
    const kind = contentRefs.has(ref) ? 'konten_halaman' : existed ? 'objek_diganti' : 'objek_ditambah';
    if (kind === 'objek_ditambah' && !pagesAfter.includes(ref) && !contentRefs.has(ref) && isUnreferenced(next, ref)) continue;
    out.push({ revision, kind, object: ref, detail: describe(o) });
  }
  return out;
}

/** An object nothing points at cannot change what is shown; listed only when it is used. */
function isUnreferenced(ctx: PDFContext, ref: string): boolean {
  const all = new Set<string>();
  reachable(ctx, ctx.trailerInfo.Root, all);
  reachable(ctx, ctx.trailerInfo.Info, all);
  return !all.has(ref);
}

function addsOnlySigWidgets(prev: PDFContext, next: PDFContext, a: PDFObject | undefined, b: PDFObject | undefined): boolean {
  const before = lookup(prev, a);
  const after = lookup(next, b);
  const x = before instanceof PDFArray ? before.asArray().map(String) : [];
  const y = after instanceof PDFArray ? after.asArray() : [];
  if (!x.every((r) => y.map(String).includes(r))) return false;
  return y.filter((r) => !x.includes(r.toString())).every((r) => isSigWidget(next, r));
}

function describe(o: PDFObject): string {
  if (o instanceof PDFRawStream) return `stream ${o.getContentsSize()} bita`;
  if (o instanceof PDFDict) return `kamus ${nameOf(o.get(N('Type'))) ?? nameOf(o.get(N('Subtype'))) ?? ''}`.trim();
  return o.constructor.name;
}
