import type { Database } from '../dataset/database';
import { createSelfSignedIdentity, identityInfo } from '../documents/identity';

/**
 * The demo's secretariat signing identity: closing a session signs its audit checkpoint, so the demo's past
 * sessions need one. Its password is public on purpose (demo only; say so in the demo guide).
 */
export const DEMO_CERT_PASSWORD = 'sekretariat-demo';

/** Created once, dated well before the demo's oldest session so the certificate is valid when it closes. */
export function ensureDemoIdentity(db: Database, today: string): void {
  if (identityInfo(db)) return;
  const from = new Date(Date.parse(`${today}T00:00:00.000Z`) - 400 * 86_400_000);
  createSelfSignedIdentity(db, { commonName: 'Sekretaris Baperjakat (demo)', organization: 'Pemerintah Kota Bengkulu', validYears: 5, password: DEMO_CERT_PASSWORD }, from);
}
