import { createHash, verify as cryptoVerify, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { CertInfo, VerifyReport } from '../../shared/documents/certificate';
import type { Database } from '../dataset/database';
import { OID_MESSAGE_DIGEST, OID_SIGNED_DATA, OID_SIGNING_TIME } from './cades-signer';
import { contentHash, readDocMeta } from './doc-meta';
import { loadDocSession } from './session-source';

const DIGEST: Record<string, string> = {
  '2.16.840.1.101.3.4.2.1': 'sha256', '2.16.840.1.101.3.4.2.2': 'sha384', '2.16.840.1.101.3.4.2.3': 'sha512', '1.3.14.3.2.26': 'sha1',
};

const toAb = (b: Uint8Array): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

function parsePdfDate(s: string): string | null {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|([+-])(\d{2})'?(\d{2})?'?)?/.exec(s);
  if (!m) return null;
  let t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  if (m[8]) t -= (m[8] === '-' ? -1 : 1) * ((+m[9]! * 60 + +(m[10] ?? 0)) * 60_000);
  return new Date(t).toISOString();
}

export function certInfoFromDer(der: Buffer): CertInfo {
  const x = new X509Certificate(der);
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
    selfSigned: x.subject === x.issuer,
    keyUsage: [],
    extKeyUsage: x.keyUsage ?? [],
  };
}

function emptyReport(problems: string[]): VerifyReport {
  return {
    valid: false, signed: false, subFilter: null,
    checks: { byteRangeCoversWholeFile: false, nothingAppended: false, messageDigestMatches: false, signatureValid: false, certificateValidAtSigning: false },
    signer: null, signingTime: null, document: null, sessionMatch: 'bukan_dokumen_aplikasi', problems,
  };
}

/**
 * Our own check of a PAdES/CMS-signed PDF, independent of the library that signed it: the byte range
 * must cover the whole file except the /Contents hex string, the CMS message digest must match those
 * bytes, the signature over the signed attributes must verify with the embedded certificate, and no
 * byte may follow the signed range. With a dataset open, the signed content hash is recomputed
 * from the session record to tell whether the document still matches it.
 */
export function verifySignedPdf(file: Buffer, db: Database | null): VerifyReport {
  const text = file.toString('latin1');
  const brPos = text.lastIndexOf('/ByteRange');
  if (brPos < 0) return emptyReport(['Dokumen tidak memiliki tanda tangan elektronik.']);
  const m = /^\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text.slice(brPos, brPos + 120));
  if (!m) return emptyReport(['ByteRange tanda tangan tidak terbaca.']);
  const [a, b, c, d] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
  const problems: string[] = [];
  const report = emptyReport([]);
  report.signed = true;

  const gapIsContents = a === 0 && b < c && text[b] === '<' && text[c - 1] === '>' && /^[0-9a-fA-F]*$/.test(text.slice(b + 1, c - 1));
  const contentsKeyBefore = /\/Contents\s*$/.test(text.slice(Math.max(0, b - 20), b));
  report.checks.byteRangeCoversWholeFile = gapIsContents && contentsKeyBefore && c + d <= file.length;
  report.checks.nothingAppended = c + d === file.length;
  if (!report.checks.byteRangeCoversWholeFile) problems.push('ByteRange tidak mencakup seluruh berkas selain /Contents.');
  if (!report.checks.nothingAppended) problems.push(c + d < file.length
    ? `Ada ${file.length - c - d} bita yang ditambahkan setelah penandatanganan.`
    : 'Berkas lebih pendek dari ByteRange: berkas terpotong.');

  const sub = /\/SubFilter\s*\/([A-Za-z0-9.]+)/.exec(text.slice(Math.max(0, brPos - 3000), Math.min(text.length, c + 3000)));
  report.subFilter = sub?.[1] ?? null;
  const mDate = /\/M\s*\((D:[^)]*)\)/.exec(text.slice(Math.max(0, brPos - 3000), Math.min(text.length, c + 3000)));
  report.signingTime = mDate ? parsePdfDate(mDate[1]!) : null;

  if (gapIsContents && c + d <= file.length) {
    const signedBytes = Buffer.concat([file.subarray(0, b), file.subarray(c, c + d)]);
    try {
      const der = Buffer.from(text.slice(b + 1, c - 1), 'hex');
      const asn = asn1js.fromBER(toAb(der));
      if (asn.offset === -1) throw new Error('CMS');
      const ci = new pkijs.ContentInfo({ schema: asn.result });
      if (ci.contentType !== OID_SIGNED_DATA) throw new Error('bukan SignedData');
      const sd = new pkijs.SignedData({ schema: ci.content });
      const si = sd.signerInfos[0]!;
      const alg = DIGEST[si.digestAlgorithm.algorithmId] ?? 'sha256';
      const attrs = si.signedAttrs?.attributes ?? [];
      const md = attrs.find((x) => x.type === OID_MESSAGE_DIGEST)?.values[0] as asn1js.OctetString | undefined;
      const actual = createHash(alg).update(signedBytes).digest();
      report.checks.messageDigestMatches = !!md && Buffer.from(md.valueBlock.valueHexView).equals(actual);
      if (!report.checks.messageDigestMatches) problems.push('Isi dokumen berubah setelah ditandatangani (message digest tidak cocok).');
      const st = attrs.find((x) => x.type === OID_SIGNING_TIME)?.values[0] as asn1js.UTCTime | undefined;
      if (st && !report.signingTime) report.signingTime = st.toDate().toISOString();

      const sid = si.sid as pkijs.IssuerAndSerialNumber;
      const certs = (sd.certificates ?? []).filter((x): x is pkijs.Certificate => x instanceof pkijs.Certificate);
      const cert = certs.find((x) => x.serialNumber.isEqual(sid.serialNumber) && x.issuer.isEqual(sid.issuer));
      if (!cert) throw new Error('sertifikat penanda tangan tidak disertakan');
      const certDer = Buffer.from(cert.toSchema().toBER(false));
      report.signer = certInfoFromDer(certDer);
      // The signature covers the DER of the signed attributes as a SET (tag 0x31), not the [0] field.
      const signedAttrsDer = Buffer.from(si.signedAttrs!.toSchema().toBER(false));
      signedAttrsDer[0] = 0x31;
      report.checks.signatureValid = cryptoVerify(
        alg, signedAttrsDer, new X509Certificate(certDer).publicKey, Buffer.from(si.signature.valueBlock.valueHexView),
      );
      if (!report.checks.signatureValid) problems.push('Tanda tangan tidak sah terhadap sertifikat yang disertakan.');
      const at = report.signingTime ? Date.parse(report.signingTime) : Date.now();
      report.checks.certificateValidAtSigning = at >= Date.parse(report.signer.notBefore) && at <= Date.parse(report.signer.notAfter);
      if (!report.checks.certificateValidAtSigning) problems.push('Sertifikat tidak berlaku pada waktu penandatanganan.');
    } catch (err) {
      problems.push(`Struktur tanda tangan (CMS) tidak dapat dibaca: ${(err as Error).message}.`);
    }
  }

  const meta = readDocMeta(text, b, c);
  report.document = meta;
  const cryptoOk = report.checks.messageDigestMatches && report.checks.signatureValid;
  if (!meta) report.sessionMatch = 'bukan_dokumen_aplikasi';
  // An altered file's claims about its session are not evidence of anything: not compared.
  else if (!cryptoOk) report.sessionMatch = 'tanda_tangan_tidak_sah';
  else if (!db) report.sessionMatch = 'tanpa_dataset';
  else {
    try {
      report.sessionMatch = contentHash(meta.kind, loadDocSession(db, meta.sidangId)) === meta.contentHash ? 'cocok' : 'berbeda';
    } catch {
      report.sessionMatch = 'sidang_tidak_ada';
    }
    if (report.sessionMatch === 'berbeda') problems.push('Isi dokumen tidak lagi sesuai dengan catatan sidang di dataset.');
  }
  report.valid = Object.values(report.checks).every(Boolean);
  report.problems = problems;
  return report;
}
