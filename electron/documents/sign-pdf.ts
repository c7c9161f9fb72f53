import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import type { RenderedPdf } from './pdf/render';
import { CadesSigner } from './cades-signer';
import type { UnlockedIdentity } from './identity';

/** Room for the CMS: a 2048/4096-bit signature plus a CA chain of a few certificates. */
const SIGNATURE_LENGTH = 16_384;

/** Adds the PAdES signature field over the visible box, then signs the saved bytes (ETSI.CAdES.detached). */
export async function signRenderedPdf(
  rendered: RenderedPdf, identity: UnlockedIdentity,
  opts: { signingTime: Date; reason: string; location: string; contactInfo: string },
): Promise<Buffer> {
  const slot = rendered.signatureSlot;
  pdflibAddPlaceholder({
    ...(slot ? { pdfPage: slot.page, widgetRect: slot.rect } : { pdfDoc: rendered.doc }),
    reason: opts.reason,
    contactInfo: opts.contactInfo,
    name: identity.info.commonName,
    location: opts.location,
    signingTime: opts.signingTime,
    signatureLength: SIGNATURE_LENGTH,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'Baperjakat Desk',
  });
  // No object streams: the signature dictionary must stay a plain object for every reader.
  const bytes = await rendered.doc.save({ useObjectStreams: false });
  return new SignPdf().sign(Buffer.from(bytes), new CadesSigner(identity), opts.signingTime);
}
