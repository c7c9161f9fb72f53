import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  PDFDocument, PDFHexString, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, PDFString,
  type PDFPage, type PDFRef,
} from 'pdf-lib';
import { embedFonts, type Fonts } from './fonts';

/**
 * PDF/A-2b for every document (what is checked and how: docs/pdf-a.md). Pages are tagged coarsely:
 * each page's content is one marked-content sequence under a Div of a Document element, and the page
 * furniture (page numbers, RAHASIA/DRAF marks) is an Artifact.
 */
export interface ArchivalMeta {
  title: string;
  subject: string;
  /** Who answers for the document: the signer, else the issuing body; never the OS account. */
  author: string;
  keywords: string[];
  now: Date;
}

const CREATOR = 'Baperjakat Desk';
const PRODUCER = 'Baperjakat Desk (pdf-lib)';
const LANG = 'id-ID';

export async function newPdf(fontsDir: string, meta: ArchivalMeta): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setAuthor(meta.author);
  doc.setKeywords(meta.keywords);
  doc.setCreator(CREATOR);
  doc.setProducer(PRODUCER);
  doc.setLanguage(LANG);
  doc.setCreationDate(meta.now);
  doc.setModificationDate(meta.now);
  return { doc, fonts: await embedFonts(doc, fontsDir) };
}

/** Opens the page's tagged content (closed by endPageContent before the furniture is drawn). */
export function beginPageContent(page: PDFPage): void {
  // pdf-lib's operand type omits dictionaries, which BDC takes; the dictionary prints itself correctly.
  const props = page.doc.context.obj({ MCID: 0 }) as unknown as PDFName;
  page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Div'), props]));
}

export function endPageContent(page: PDFPage): void {
  page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
}

export function beginArtifact(page: PDFPage): void {
  page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]));
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const isoSecond = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

/** XMP packet whose entries repeat the Info dictionary exactly, as PDF/A requires. */
function xmpPacket(meta: ArchivalMeta): string {
  const when = isoSecond(meta.now);
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${LANG}</rdf:li></rdf:Bag></dc:language>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreatorTool>${CREATOR}</xmp:CreatorTool>
   <xmp:CreateDate>${when}</xmp:CreateDate>
   <xmp:ModifyDate>${when}</xmp:ModifyDate>
   <xmp:MetadataDate>${when}</xmp:MetadataDate>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdf:Producer>${PRODUCER}</pdf:Producer>
   <pdf:Keywords>${xml(meta.keywords.join(' '))}</pdf:Keywords>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

function structure(doc: PDFDocument, pages: PDFPage[]): void {
  const { context, catalog } = doc;
  const rootRef = context.nextRef();
  const documentRef = context.nextRef();
  const divs: PDFRef[] = pages.map((page, i) => {
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(i));
    return context.register(context.obj({ Type: 'StructElem', S: 'Div', P: documentRef, Pg: page.ref, K: 0 }));
  });
  context.assign(documentRef, context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: divs }));
  const nums = divs.flatMap((d, i) => [PDFNumber.of(i), context.obj([d])]);
  context.assign(rootRef, context.obj({
    Type: 'StructTreeRoot', K: documentRef, ParentTree: context.obj({ Nums: nums }), ParentTreeNextKey: pages.length,
  }));
  catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
}

/** XMP, sRGB OutputIntent (embedded ICC profile), structure tree and a file identifier. Call once, after drawing. */
export function makeArchival(doc: PDFDocument, pages: PDFPage[], meta: ArchivalMeta, iccPath: string): void {
  const { context, catalog } = doc;
  const xmp = context.stream(Buffer.from(xmpPacket(meta), 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), context.register(xmp));
  const icc = context.register(context.flateStream(readFileSync(iccPath), { N: 3 }));
  const intent = context.obj({
    Type: 'OutputIntent', S: 'GTS_PDFA1', DestOutputProfile: icc,
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'), Info: PDFString.of('sRGB IEC61966-2.1'),
  });
  catalog.set(PDFName.of('OutputIntents'), context.obj([intent]));
  structure(doc, pages);
  // The same inputs give the same identifier, so a document rendered twice is byte-identical.
  const id = createHash('md5').update(`${meta.title}\n${meta.now.toISOString()}`).digest('hex');
  context.trailerInfo.ID = context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}
