import { X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { CertInfo } from '../../shared/documents/certificate';

const KEY_USAGE_BITS = [
  'digitalSignature', 'nonRepudiation', 'keyEncipherment', 'dataEncipherment', 'keyAgreement', 'keyCertSign', 'cRLSign', 'encipherOnly', 'decipherOnly',
] as const;

const EKU_NAMES: Record<string, string> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth', '1.3.6.1.5.5.7.3.2': 'clientAuth', '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection', '1.3.6.1.5.5.7.3.8': 'timeStamping', '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
  '1.3.6.1.5.5.7.3.36': 'documentSigning', '1.3.6.1.4.1.311.10.3.12': 'msDocumentSigning',
  '1.2.840.113583.1.1.5': 'adobeAuthenticDocuments', '2.5.29.37.0': 'anyExtendedKeyUsage',
};

export const toArrayBuffer = (b: Uint8Array): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

/** keyUsage bit names, read from the extension's BIT STRING (bit 0 is the leftmost). */
function keyUsageOf(cert: pkijs.Certificate): string[] {
  const ext = cert.extensions?.find((e) => e.extnID === '2.5.29.15');
  if (!ext) return [];
  const bits = asn1js.fromBER(ext.extnValue.valueBlock.valueHexView.slice().buffer).result as asn1js.BitString;
  const bytes = bits.valueBlock.valueHexView;
  return KEY_USAGE_BITS.filter((_, i) => ((bytes[i >> 3] ?? 0) & (0x80 >> (i & 7))) !== 0);
}

/** Extended key usages by name where known, else the OID itself. */
function extKeyUsageOf(cert: pkijs.Certificate): string[] {
  const ext = cert.extensions?.find((e) => e.extnID === '2.5.29.37');
  if (!ext) return [];
  const seq = asn1js.fromBER(ext.extnValue.valueBlock.valueHexView.slice().buffer).result as asn1js.Sequence;
  return seq.valueBlock.value.map((o) => (o as asn1js.ObjectIdentifier).valueBlock.toString()).map((oid) => EKU_NAMES[oid] ?? oid);
}

/** What the app shows of a certificate, from its DER; one reader for signing, import and verification. */
export function certInfoFromDer(der: Uint8Array): CertInfo {
  const x = new X509Certificate(der);
  const cert = pkijs.Certificate.fromBER(toArrayBuffer(der));
  // Node prints one RDN per line with RFC 4514 escapes ("CN=Ratna Dewi\, S.H."): shown unescaped.
  const unescape = (v: string): string => v.replace(/\\(.)/g, '$1');
  const field = (dn: string, k: string): string => unescape(dn.split('\n').find((l) => l.startsWith(`${k}=`))?.slice(k.length + 1) ?? '');
  const oneLine = (dn: string): string => dn.split('\n').map(unescape).join(', ');
  return {
    subject: oneLine(x.subject),
    commonName: field(x.subject, 'CN'),
    organization: field(x.subject, 'O'),
    issuer: oneLine(x.issuer),
    serialNumber: x.serialNumber,
    notBefore: new Date(x.validFrom).toISOString(),
    notAfter: new Date(x.validTo).toISOString(),
    fingerprintSha256: x.fingerprint256,
    selfSigned: x.subject === x.issuer && x.checkIssued(x),
    keyUsage: keyUsageOf(cert),
    extKeyUsage: extKeyUsageOf(cert),
  };
}
