import { PDFArray, PDFHexString, PDFInvalidObject, PDFName, PDFNumber, PDFString, type PDFDocument, type PDFPage } from 'pdf-lib';
import { ANNOTATION_FLAGS, DEFAULT_BYTE_RANGE_PLACEHOLDER, SIG_FLAGS, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';

export interface PlaceholderOptions {
  page: PDFPage;
  rect: [number, number, number, number];
  reason: string;
  contactInfo: string;
  name: string;
  location: string;
  signingTime: Date;
  signatureLength: number;
  /** DocMDP level of the certification signature: 2 = only form filling and further signatures. */
  docMdpP: 1 | 2 | 3;
}

/**
 * A certification signature placeholder (as @signpdf's pdflibAddPlaceholder, plus DocMDP): the
 * signature dictionary carries /Reference [<< /TransformMethod /DocMDP /TransformParams << /P n >> >>]
 * and the catalog /Perms << /DocMDP sig >>, so every conforming reader flags changes the
 * certification does not allow, and members' approval signatures may still follow.
 */
export function addCertificationPlaceholder(doc: PDFDocument, o: PlaceholderOptions): void {
  const ctx = doc.context;
  const byteRange = PDFArray.withContext(ctx);
  byteRange.push(PDFNumber.of(0));
  for (let i = 0; i < 3; i++) byteRange.push(PDFName.of(DEFAULT_BYTE_RANGE_PLACEHOLDER));
  const sigDict = ctx.obj({
    Type: 'Sig', Filter: 'Adobe.PPKLite', SubFilter: SUBFILTER_ETSI_CADES_DETACHED,
    ByteRange: byteRange,
    Contents: PDFHexString.of('0'.repeat(o.signatureLength * 2)),
    Reason: PDFString.of(o.reason), M: PDFString.fromDate(o.signingTime), ContactInfo: PDFString.of(o.contactInfo),
    Name: PDFString.of(o.name), Location: PDFString.of(o.location),
    Reference: [{ Type: 'SigRef', TransformMethod: 'DocMDP', TransformParams: { Type: 'TransformParams', P: o.docMdpP, V: PDFName.of('1.2') } }],
    Prop_Build: { Filter: { Name: 'Adobe.PPKLite' }, App: { Name: 'Baperjakat Desk' } },
  });
  // Registered as raw bytes so pdf-lib never moves it into an object stream.
  const buf = new Uint8Array(sigDict.sizeInBytes());
  sigDict.copyBytesInto(buf, 0);
  const sigRef = ctx.register(PDFInvalidObject.of(buf));

  const ap = ctx.formXObject([], { BBox: o.rect, Resources: {} });
  const widget = ctx.register(ctx.obj({
    Type: 'Annot', Subtype: 'Widget', FT: 'Sig', Rect: o.rect, V: sigRef, T: PDFString.of('Baperjakat'),
    F: ANNOTATION_FLAGS.PRINT, P: o.page.ref, AP: { N: ctx.register(ap) },
  }));
  const annots = o.page.node.lookupMaybe(PDFName.of('Annots'), PDFArray) ?? ctx.obj([]);
  annots.push(widget);
  o.page.node.set(PDFName.of('Annots'), annots);

  const acroForm = ctx.obj({ Fields: [widget], SigFlags: SIG_FLAGS.SIGNATURES_EXIST | SIG_FLAGS.APPEND_ONLY });
  doc.catalog.set(PDFName.of('AcroForm'), ctx.register(acroForm));
  doc.catalog.set(PDFName.of('Perms'), ctx.obj({ DocMDP: sigRef }));
}
