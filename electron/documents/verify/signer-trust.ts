import * as pkijs from 'pkijs';
import type { Database } from '../../dataset/database';
import { toArrayBuffer } from '../certificate-info';

export type SignerStatus = 'terdaftar' | 'terdaftar_dipensiunkan' | 'tidak_dikenal' | 'tanpa_dataset';
export type ChainStatus = 'tepercaya' | 'tidak_tepercaya' | 'tanpa_daftar';

/** What the dataset knows to judge signers: its own identities by fingerprint, and the CA trust list. */
export interface TrustContext {
  identities: Map<string, { retired: boolean }>;
  trustedCaDer: Buffer[];
}

export function trustContextFrom(db: Database): TrustContext {
  const identities = new Map<string, { retired: boolean }>();
  for (const r of db.all<{ sidik_sha256: string; dipensiunkan_pada: string | null }>('SELECT sidik_sha256, dipensiunkan_pada FROM identitas_penanda_tangan')) {
    identities.set(r.sidik_sha256.toUpperCase(), { retired: r.dipensiunkan_pada !== null });
  }
  const trustedCaDer = db.all<{ der: string }>('SELECT der FROM daftar_ca_tepercaya').map((r) => Buffer.from(r.der, 'base64'));
  return { identities, trustedCaDer };
}

/** By fingerprint only: a certificate that copies a registered signer's name is still unknown. */
export function signerStatus(trust: TrustContext | null, fingerprint: string): SignerStatus {
  if (!trust) return 'tanpa_dataset';
  const hit = trust.identities.get(fingerprint.toUpperCase());
  return !hit ? 'tidak_dikenal' : hit.retired ? 'terdaftar_dipensiunkan' : 'terdaftar';
}

/** Chain from the signer to a CA on the trust list, each certificate valid at the signing time. */
export async function chainStatus(trust: TrustContext | null, certsDer: Buffer[], at: Date): Promise<{ status: ChainStatus; detail: string | null }> {
  if (!trust || trust.trustedCaDer.length === 0) return { status: 'tanpa_daftar', detail: null };
  const parse = (d: Buffer): pkijs.Certificate => pkijs.Certificate.fromBER(toArrayBuffer(d));
  const engine = new pkijs.CertificateChainValidationEngine({
    // pkijs builds the path from the last certificate: the signer goes last.
    trustedCerts: trust.trustedCaDer.map(parse), certs: [...certsDer].reverse().map(parse), checkDate: at,
  });
  try {
    const r = await engine.verify();
    return r.result ? { status: 'tepercaya', detail: null } : { status: 'tidak_tepercaya', detail: r.resultMessage };
  } catch (err) {
    return { status: 'tidak_tepercaya', detail: (err as Error).message ?? String(err) };
  }
}
