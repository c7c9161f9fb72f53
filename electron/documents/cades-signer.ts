import { createHash, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { Signer } from '@signpdf/utils';
import type { UnlockedIdentity } from './identity';

const OID_DATA = '1.2.840.113549.1.7.1';
export const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_CONTENT_TYPE = '1.2.840.113549.1.9.3';
export const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
export const OID_SIGNING_TIME = '1.2.840.113549.1.9.5';
const OID_SIGNING_CERT_V2 = '1.2.840.113549.1.9.16.2.47';

const toAb = (b: Buffer): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

/**
 * CAdES detached signer for @signpdf (PAdES baseline B): signed attributes are content-type,
 * message-digest and ESS signing-certificate-v2; no signing-time attribute (PAdES puts the time in
 * the signature dictionary's /M). @signpdf's P12Signer writes plain PKCS#7 without the ESS attribute.
 */
export class CadesSigner extends Signer {
  constructor(private readonly identity: UnlockedIdentity) {
    super();
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    const cert = pkijs.Certificate.fromBER(toAb(this.identity.certDer));
    const chain = this.identity.chainDer.map((d) => pkijs.Certificate.fromBER(toAb(d)));
    const digest = createHash('sha256').update(pdfBuffer).digest();
    const certHash = createHash('sha256').update(this.identity.certDer).digest();

    const essCertIdV2 = new asn1js.Sequence({
      value: [
        new asn1js.OctetString({ valueHex: toAb(certHash) }),
        new asn1js.Sequence({
          value: [
            new asn1js.Sequence({ value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [cert.issuer.toSchema()] })] }),
            cert.serialNumber,
          ],
        }),
      ],
    });
    const signingCertV2 = new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });

    const signedData = new pkijs.SignedData({
      version: 1,
      encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID_DATA }),
      signerInfos: [
        new pkijs.SignerInfo({
          version: 1,
          sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
          signedAttrs: new pkijs.SignedAndUnsignedAttributes({
            type: 0,
            attributes: [
              new pkijs.Attribute({ type: OID_CONTENT_TYPE, values: [new asn1js.ObjectIdentifier({ value: OID_DATA })] }),
              new pkijs.Attribute({ type: OID_MESSAGE_DIGEST, values: [new asn1js.OctetString({ valueHex: toAb(digest) })] }),
              new pkijs.Attribute({ type: OID_SIGNING_CERT_V2, values: [signingCertV2] }),
            ],
          }),
        }),
      ],
      certificates: [cert, ...chain],
    });
    const key = await webcrypto.subtle.importKey(
      'pkcs8', toAb(this.identity.keyDer), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign'],
    );
    await signedData.sign(key as Parameters<pkijs.SignedData['sign']>[0], 0, 'SHA-256');
    const cms = new pkijs.ContentInfo({ contentType: OID_SIGNED_DATA, content: signedData.toSchema(true) });
    return Buffer.from(cms.toSchema().toBER(false));
  }
}
