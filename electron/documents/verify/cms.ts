import { createHash, verify as cryptoVerify, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID_MESSAGE_DIGEST, OID_SIGNED_DATA, OID_SIGNING_TIME } from '../cades-signer';
import { toArrayBuffer } from '../certificate-info';

const DIGEST: Record<string, string> = {
  '2.16.840.1.101.3.4.2.1': 'sha256', '2.16.840.1.101.3.4.2.2': 'sha384', '2.16.840.1.101.3.4.2.3': 'sha512', '1.3.14.3.2.26': 'sha1',
};

export interface CmsCheck {
  messageDigestMatches: boolean;
  signatureValid: boolean;
  signerDer: Buffer | null;
  /** Every certificate the CMS carries (the signer's first), for chain building. */
  certsDer: Buffer[];
  signingTimeAttr: string | null;
  problem: string | null;
}

/**
 * Checks one detached CMS SignedData over `signedBytes`: the message-digest attribute against the
 * bytes, then the signature over the DER of the signed attributes with the embedded signer certificate.
 */
export function checkCms(der: Buffer, signedBytes: Buffer): CmsCheck {
  const out: CmsCheck = { messageDigestMatches: false, signatureValid: false, signerDer: null, certsDer: [], signingTimeAttr: null, problem: null };
  try {
    const asn = asn1js.fromBER(toArrayBuffer(der));
    if (asn.offset === -1) throw new Error('CMS');
    const ci = new pkijs.ContentInfo({ schema: asn.result });
    if (ci.contentType !== OID_SIGNED_DATA) throw new Error('bukan SignedData');
    const sd = new pkijs.SignedData({ schema: ci.content });
    const si = sd.signerInfos[0];
    if (!si) throw new Error('tanpa SignerInfo');
    const alg = DIGEST[si.digestAlgorithm.algorithmId];
    if (!alg) throw new Error(`algoritma digest ${si.digestAlgorithm.algorithmId} tidak dikenal`);
    const attrs = si.signedAttrs?.attributes ?? [];
    const md = attrs.find((x) => x.type === OID_MESSAGE_DIGEST)?.values[0] as asn1js.OctetString | undefined;
    out.messageDigestMatches = !!md && Buffer.from(md.valueBlock.valueHexView).equals(createHash(alg).update(signedBytes).digest());
    const st = attrs.find((x) => x.type === OID_SIGNING_TIME)?.values[0] as asn1js.UTCTime | undefined;
    if (st) out.signingTimeAttr = st.toDate().toISOString();

    const certs = (sd.certificates ?? []).filter((x): x is pkijs.Certificate => x instanceof pkijs.Certificate);
    const sid = si.sid as pkijs.IssuerAndSerialNumber;
    const cert = sid instanceof pkijs.IssuerAndSerialNumber
      ? certs.find((x) => x.serialNumber.isEqual(sid.serialNumber) && x.issuer.isEqual(sid.issuer)) : undefined;
    if (!cert) throw new Error('sertifikat penanda tangan tidak disertakan');
    out.signerDer = Buffer.from(cert.toSchema().toBER(false));
    out.certsDer = [out.signerDer, ...certs.filter((c) => c !== cert).map((c) => Buffer.from(c.toSchema().toBER(false)))];
    if (!si.signedAttrs) throw new Error('tanpa atribut bertanda tangan');
    // The signature covers the DER of the signed attributes as a SET (tag 0x31), not the [0] field.
    const signedAttrsDer = Buffer.from(si.signedAttrs.toSchema().toBER(false));
    signedAttrsDer[0] = 0x31;
    out.signatureValid = cryptoVerify(alg, signedAttrsDer, new X509Certificate(out.signerDer).publicKey, Buffer.from(si.signature.valueBlock.valueHexView));
  } catch (err) {
    out.problem = `Struktur tanda tangan (CMS) tidak dapat dibaca: ${(err as Error).message}.`;
  }
  return out;
}
