import { createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { AppError } from '../../shared/errors';
import type { CertInfo } from '../../shared/documents/certificate';
import type { Database } from '../dataset/database';
import { certInfoFromDer } from './certificate-info';

/**
 * The committee's signing identity. The private key exists at rest only inside a PKCS#12 encrypted
 * (PBES2/AES-256) under the certificate password, and that blob lives in the dataset, which is itself
 * encrypted. It is decrypted only for the moment of signing.
 */

interface StoredIdentity {
  p12: string;
  info: CertInfo;
}

export interface UnlockedIdentity {
  info: CertInfo;
  /** PKCS#8 DER of the private key. */
  keyDer: Buffer;
  certDer: Buffer;
  chainDer: Buffer[];
}

const OID = {
  documentSigning: '1.3.6.1.5.5.7.3.36',
  msDocumentSigning: '1.3.6.1.4.1.311.10.3.12',
  adobeAuthenticDocuments: '1.2.840.113583.1.1.5',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  anyExtendedKeyUsage: '2.5.29.37.0',
};

function certDer(cert: forge.pki.Certificate): Buffer {
  return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
}

function describeCertificate(cert: forge.pki.Certificate): CertInfo {
  return certInfoFromDer(certDer(cert));
}

/** Refuses what must not sign documents: outside its validity, a CA, or a key not meant for signatures. */
function assertUsable(cert: forge.pki.Certificate, now: Date): void {
  const info = describeCertificate(cert);
  if (now < cert.validity.notBefore) throw new AppError('DOK_SERTIFIKAT_BELUM_BERLAKU', { mulai: info.notBefore.slice(0, 10) });
  if (now > cert.validity.notAfter) throw new AppError('DOK_SERTIFIKAT_KEDALUWARSA', { akhir: info.notAfter.slice(0, 10) });
  const bc = cert.getExtension('basicConstraints') as { cA?: boolean } | null;
  const ku = cert.getExtension('keyUsage') as Record<string, boolean> | null;
  const eku = cert.getExtension('extKeyUsage') as Record<string, unknown> | null;
  const kuOk = !ku || ku.digitalSignature || ku.nonRepudiation;
  const ekuRaw = eku ? ekuOids(cert) : null;
  const ekuOk = !ekuRaw || Object.values(OID).some((o) => ekuRaw.includes(o));
  if (bc?.cA || !kuOk || !ekuOk) throw new AppError('DOK_SERTIFIKAT_PENGGUNAAN_SALAH', { penggunaan: [...info.keyUsage, ...info.extKeyUsage].join(', ') || '-' });
}

/** Extended key usage OIDs, read from the DER (forge names only the ones it knows). */
function ekuOids(cert: forge.pki.Certificate): string[] {
  const ext = (cert.extensions as { id: string; value: string }[]).find((e) => e.id === '2.5.29.37');
  if (!ext) return [];
  const seq = forge.asn1.fromDer(ext.value);
  return (seq.value as forge.asn1.Asn1[]).map((o) => forge.asn1.derToOid(o.value as string));
}

function parseP12(bytes: Buffer, password: string): { key: forge.pki.rsa.PrivateKey; cert: forge.pki.Certificate; chain: forge.pki.Certificate[] } {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(bytes.toString('binary')), false, password);
  } catch (err) {
    const msg = (err as Error).message ?? '';
    if (/password|mac|invalid/i.test(msg)) throw new AppError('DOK_SANDI_SERTIFIKAT_SALAH', {}, { cause: err });
    throw new AppError('DOK_BERKAS_SERTIFIKAT_RUSAK', {}, { cause: err });
  }
  const bags = (type: string): forge.pkcs12.Bag[] => p12.getBags({ bagType: type })[type] ?? [];
  const keyBag = [...bags(forge.pki.oids.pkcs8ShroudedKeyBag!), ...bags(forge.pki.oids.keyBag!)][0];
  const certs = bags(forge.pki.oids.certBag!).flatMap((b): forge.pki.Certificate[] => (b.cert ? [b.cert] : []));
  const key = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key || certs.length === 0) throw new AppError('DOK_BERKAS_SERTIFIKAT_RUSAK');
  const cert = certs.find((c: forge.pki.Certificate) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n?.compareTo(key.n) === 0 && pub.e?.compareTo(key.e) === 0;
  });
  if (!cert) throw new AppError('DOK_BERKAS_SERTIFIKAT_RUSAK');
  return { key, cert, chain: certs.filter((c: forge.pki.Certificate) => c !== cert) };
}

function packP12(key: forge.pki.rsa.PrivateKey, cert: forge.pki.Certificate, chain: forge.pki.Certificate[], password: string): Buffer {
  const asn = forge.pkcs12.toPkcs12Asn1(key, [cert, ...chain], password, { algorithm: 'aes256', friendlyName: 'Baperjakat', count: 2048 });
  return Buffer.from(forge.asn1.toDer(asn).getBytes(), 'binary');
}

/** One registered signing identity as listed (no key material). */
export interface IdentityRow {
  id: number;
  info: CertInfo;
  disimpanPada: string;
  dipensiunkanPada: string | null;
}

/** The identity that signs by default: the newest one not retired; or the one asked for by id. */
function load(db: Database, id?: number): (StoredIdentity & { id: number }) | null {
  const r = id === undefined
    ? db.first<{ id: number; p12: string; info: string }>('SELECT id, p12, info FROM identitas_penanda_tangan WHERE dipensiunkan_pada IS NULL ORDER BY id DESC LIMIT 1')
    : db.first<{ id: number; p12: string; info: string }>('SELECT id, p12, info FROM identitas_penanda_tangan WHERE id = ? AND dipensiunkan_pada IS NULL', [id]);
  return r ? { id: r.id, p12: r.p12, info: JSON.parse(r.info) as CertInfo } : null;
}

function store(db: Database, p12: Buffer, info: CertInfo, now: Date): void {
  db.transaction(() => {
    db.run(
      'INSERT INTO identitas_penanda_tangan (p12, info, disimpan_pada, sidik_sha256) VALUES (?, ?, ?, ?)',
      [p12.toString('base64'), JSON.stringify(info), now.toISOString(), info.fingerprintSha256],
    );
  });
}

/** Every identity ever registered in the dataset, retired ones included (they still identify signers). */
export function listIdentities(db: Database): IdentityRow[] {
  return db.all<{ id: number; info: string; disimpan_pada: string; dipensiunkan_pada: string | null }>(
    'SELECT id, info, disimpan_pada, dipensiunkan_pada FROM identitas_penanda_tangan ORDER BY id',
  ).map((r) => ({ id: r.id, info: JSON.parse(r.info) as CertInfo, disimpanPada: r.disimpan_pada, dipensiunkanPada: r.dipensiunkan_pada }));
}

/**
 * Retires an identity: its encrypted key is wiped, its certificate stays so documents it signed are
 * still recognised. Without an id, the default (newest active) one.
 */
export function retireIdentity(db: Database, now: Date, id?: number): IdentityRow {
  const target = load(db, id);
  if (!target) throw new AppError(id === undefined ? 'DOK_IDENTITAS_BELUM_ADA' : 'DOK_IDENTITAS_TIDAK_ADA', { id: String(id ?? '') });
  db.transaction(() => db.run("UPDATE identitas_penanda_tangan SET p12 = '', dipensiunkan_pada = ? WHERE id = ?", [now.toISOString(), target.id]));
  return listIdentities(db).find((r) => r.id === target.id)!;
}

/** Imports an institution certificate (.p12/.pfx); it is re-wrapped under AES-256 before it is stored. */
export function importIdentity(db: Database, bytes: Buffer, password: string, now: Date): CertInfo {
  if (bytes.length === 0) throw new AppError('DOK_BERKAS_SERTIFIKAT_RUSAK');
  const { key, cert, chain } = parseP12(bytes, password);
  assertUsable(cert, now);
  const info = describeCertificate(cert);
  store(db, packP12(key, cert, chain, password), info, now);
  return info;
}

/** A self-signed certificate for the committee secretary, for when no CA-issued one is available. */
export function createSelfSignedIdentity(
  db: Database,
  opts: { commonName: string; organization: string; email?: string; validYears: number; password: string },
  now: Date,
): CertInfo {
  // Node generates the RSA key natively (forge's pure-JS keygen takes seconds); forge builds the X.509.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()) as forge.pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now.getTime());
  cert.validity.notAfter.setUTCFullYear(now.getUTCFullYear() + opts.validYears);
  const subject = [
    { shortName: 'C', value: 'ID' },
    { shortName: 'O', value: opts.organization },
    { shortName: 'OU', value: 'Sekretariat Baperjakat' },
    { shortName: 'CN', value: opts.commonName },
    ...(opts.email ? [{ name: 'emailAddress', value: opts.email }] : []),
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'extKeyUsage', emailProtection: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const info = describeCertificate(cert);
  store(db, packP12(key, cert, [], opts.password), info, now);
  return info;
}

export function identityInfo(db: Database): CertInfo | null {
  return load(db)?.info ?? null;
}

/** The app's "remove": retires the default identity (kept for recognising what it signed). */
export function removeIdentity(db: Database, now = new Date()): void {
  if (load(db)) retireIdentity(db, now);
}

/** Decrypts the key for one signing; checks again that the certificate is still usable today. */
export function unlockIdentity(db: Database, password: string, now: Date, id?: number): UnlockedIdentity {
  const stored = load(db, id);
  if (!stored) throw new AppError(id === undefined ? 'DOK_IDENTITAS_BELUM_ADA' : 'DOK_IDENTITAS_TIDAK_ADA', { id: String(id ?? '') });
  const { key, cert, chain } = parseP12(Buffer.from(stored.p12, 'base64'), password);
  assertUsable(cert, now);
  const keyDer = createPrivateKey(forge.pki.privateKeyToPem(key)).export({ type: 'pkcs8', format: 'der' });
  return { info: describeCertificate(cert), keyDer, certDer: certDer(cert), chainDer: chain.map(certDer) };
}

/** Exports the identity as a .p12 (e.g. to pdfsig-test or to move it to another machine), still encrypted. */
export function exportIdentityP12(db: Database): Buffer {
  const stored = load(db);
  if (!stored) throw new AppError('DOK_IDENTITAS_BELUM_ADA');
  return Buffer.from(stored.p12, 'base64');
}
