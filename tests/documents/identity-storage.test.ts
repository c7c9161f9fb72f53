import { describe, expect, it } from 'vitest';
import { Database } from '../../electron/dataset/database';
import { migrate, MIGRATIONS } from '../../electron/dataset/migrations';
import { createSelfSignedIdentity, identityInfo, removeIdentity, unlockIdentity } from '../../electron/documents/identity';

describe('signing identity storage', () => {
  it('works on a dataset that was already past migration 40 when it landed (its table created on first use)', async () => {
    const db = await Database.create();
    migrate(db, MIGRATIONS.filter((m) => m.version !== 40)); // e.g. the demo file sealed at version 50
    migrate(db); // nothing pending: 40 < 50 is skipped
    expect(db.first("SELECT 1 FROM sqlite_master WHERE name = 'identitas_penanda_tangan'")).toBeUndefined();
    expect(identityInfo(db)).toBeNull();
    const now = new Date('2026-11-23T03:00:00Z');
    const info = createSelfSignedIdentity(db, { commonName: 'Sekretaris', organization: 'Pemkot', validYears: 1, password: 'sandi-panjang' }, now);
    expect(identityInfo(db)).toEqual(info);
    expect(unlockIdentity(db, 'sandi-panjang', now).keyDer.length).toBeGreaterThan(1000);
    // A year and a day later the certificate no longer signs.
    expect(() => unlockIdentity(db, 'sandi-panjang', new Date('2027-11-24T03:00:00Z'))).toThrow(/kedaluwarsa/);
    removeIdentity(db);
    expect(identityInfo(db)).toBeNull();
  });
});
