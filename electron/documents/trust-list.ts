import { X509Certificate } from 'node:crypto';
import { basename } from 'node:path';
import type { Database } from '../dataset/database';
import { readUserFile } from '../files/user-file';
import { AppError } from '../../shared/errors';

export interface TrustedCa {
  fingerprintSha256: string;
  subject: string;
  notAfter: string;
  importedAt: string;
}

/** Every certificate in a PEM bundle, or the one DER certificate. */
function certificatesIn(bytes: Buffer): Buffer[] {
  const text = bytes.toString('latin1');
  if (text.includes('-----BEGIN CERTIFICATE-----')) {
    return [...text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)].map((m) => Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64'));
  }
  return [bytes];
}

/**
 * Adds the CA certificates of a PEM/DER file (e.g. the BSrE root and intermediate, obtained
 * offline) to the dataset's trust list; signer chains are then validated against them. Only CA
 * certificates are accepted: an end-entity certificate is registered as a signing identity instead.
 */
export function importTrustedCa(db: Database, path: string, now: Date): TrustedCa[] {
  const bytes = readUserFile(path, 'certificate');
  const out: TrustedCa[] = [];
  const bad = (cause?: unknown): AppError => new AppError('DOK_SERTIFIKAT_CA_TIDAK_VALID', { berkas: basename(path) }, { cause });
  const certs = certificatesIn(bytes);
  const parsed = certs.map((der) => {
    try {
      return new X509Certificate(der);
    } catch (err) {
      throw bad(err);
    }
  });
  if (parsed.length === 0 || parsed.some((x) => !x.ca)) throw bad();
  db.transaction(() => {
    for (const x of parsed) {
      const ca: TrustedCa = {
        fingerprintSha256: x.fingerprint256, subject: x.subject.split('\n').join(', '), notAfter: new Date(x.validTo).toISOString(), importedAt: now.toISOString(),
      };
      db.run(
        `INSERT INTO daftar_ca_tepercaya (sidik_sha256, der, subjek, berlaku_sampai, diimpor_pada) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(sidik_sha256) DO NOTHING`,
        [ca.fingerprintSha256, x.raw.toString('base64'), ca.subject, ca.notAfter, ca.importedAt],
      );
      out.push(ca);
    }
  });
  return out;
}

export function listTrustedCa(db: Database): TrustedCa[] {
  return db.all<{ sidik_sha256: string; subjek: string; berlaku_sampai: string; diimpor_pada: string }>(
    'SELECT sidik_sha256, subjek, berlaku_sampai, diimpor_pada FROM daftar_ca_tepercaya ORDER BY diimpor_pada, subjek',
  ).map((r) => ({ fingerprintSha256: r.sidik_sha256, subject: r.subjek, notAfter: r.berlaku_sampai, importedAt: r.diimpor_pada }));
}
