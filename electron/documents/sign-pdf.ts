import { SignPdf } from '@signpdf/signpdf';
import type { RenderedPdf } from './pdf/render';
import { CadesSigner } from './cades-signer';
import type { UnlockedIdentity } from './identity';
import { addCertificationPlaceholder } from './sign-placeholder';

/** Room for the CMS: a 2048/4096-bit signature plus a CA chain of a few certificates. */
const SIGNATURE_LENGTH = 16_384;

/**
 * Certifies the rendered document (PAdES, ETSI.CAdES.detached, DocMDP P 2): the signature field sits
 * over the visible box (or is invisible on page 1), then the saved bytes are signed. Later revisions
 * may only add signatures (members' approvals); anything else shows as changed after signing.
 */
export async function signRenderedPdf(
  rendered: RenderedPdf, identity: UnlockedIdentity,
  opts: { signingTime: Date; reason: string; location: string; contactInfo: string },
): Promise<Buffer> {
  const slot = rendered.signatureSlot;
  addCertificationPlaceholder(rendered.doc, {
    page: slot?.page ?? rendered.doc.getPages()[0]!,
    rect: (slot?.rect as [number, number, number, number] | undefined) ?? [0, 0, 0, 0],
    reason: opts.reason, contactInfo: opts.contactInfo, name: identity.info.commonName, location: opts.location,
    signingTime: opts.signingTime, signatureLength: SIGNATURE_LENGTH, docMdpP: 2,
  });
  // No object streams: the signature dictionary must stay a plain object for every reader.
  const bytes = await rendered.doc.save({ useObjectStreams: false });
  return new SignPdf().sign(Buffer.from(bytes), new CadesSigner(identity), opts.signingTime);
}
