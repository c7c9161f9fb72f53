import { describe, expect, it } from 'vitest';
import { Database } from '../../electron/dataset/database';
import { migrate, MIGRATIONS } from '../../electron/dataset/migrations';
import {
  createSelfSignedIdentity, identityInfo, listIdentities, removeIdentity, retireIdentity, unlockIdentity,
} from '../../electron/documents/identity';

const NOW = new Date('2026-11-23T03:00:00Z');
const opts = (cn: string) => ({ commonName: cn, organization: 'Pemkot', validYears: 1, password: 'sandi-panjang' });

describe('signing identity storage', () => {
  it('keeps the one identity of a dataset from before migration 120 (id 1, same key) and adds more beside it', async () => {
    const donor = await Database.create();
    migrate(donor);
    const first = createSelfSignedIdentity(donor, opts('Lama'), NOW);
    const row = donor.first<{ p12: string; info: string }>('SELECT p12, info FROM identitas_penanda_tangan')!;
    const db = await Database.create();
    migrate(db, MIGRATIONS.filter((m) => m.version < 120));
    // The row as the one-identity code wrote it (table with CHECK id = 1).
    db.run("INSERT INTO identitas_penanda_tangan (id, p12, info, disimpan_pada) VALUES (1, ?, ?, '2026-01-01T00:00:00Z')", [row.p12, row.info]);
    migrate(db);
    expect(identityInfo(db)).toEqual(first);
    expect(unlockIdentity(db, 'sandi-panjang', NOW).info.fingerprintSha256).toBe(first.fingerprintSha256);
    const second = createSelfSignedIdentity(db, opts('Baru'), NOW);
    expect(identityInfo(db)?.fingerprintSha256).toBe(second.fingerprintSha256);
    expect(unlockIdentity(db, 'sandi-panjang', NOW, 1).info.commonName).toBe('Lama');
    expect(listIdentities(db).map((r) => [r.id, r.info.commonName, r.dipensiunkanPada])).toEqual([[1, 'Lama', null], [2, 'Baru', null]]);
  });

  it('retiring wipes the key but keeps the certificate; the default falls back to the next active one', async () => {
    const db = await Database.create();
    migrate(db);
    expect(identityInfo(db)).toBeNull();
    createSelfSignedIdentity(db, opts('Satu'), NOW);
    createSelfSignedIdentity(db, opts('Dua'), NOW);
    const retired = retireIdentity(db, NOW);
    expect(retired.info.commonName).toBe('Dua');
    expect(retired.dipensiunkanPada).toBe(NOW.toISOString());
    expect(db.value<string>('SELECT p12 FROM identitas_penanda_tangan WHERE id = ?', [retired.id])).toBe('');
    expect(() => unlockIdentity(db, 'sandi-panjang', NOW, retired.id)).toThrow(/dipensiunkan/);
    expect(identityInfo(db)?.commonName).toBe('Satu');
    // A year and a day later the certificate no longer signs.
    expect(() => unlockIdentity(db, 'sandi-panjang', new Date('2027-11-24T03:00:00Z'))).toThrow(/kedaluwarsa/);
    removeIdentity(db, NOW);
    expect(identityInfo(db)).toBeNull();
    expect(listIdentities(db)).toHaveLength(2);
  });

  it('reports keyUsage and extendedKeyUsage as the certificate has them', async () => {
    const db = await Database.create();
    migrate(db);
    const info = createSelfSignedIdentity(db, opts('Sekretaris'), NOW);
    expect(info.keyUsage).toEqual(['digitalSignature', 'nonRepudiation']);
    expect(info.extKeyUsage).toEqual(['emailProtection']);
  });
});
