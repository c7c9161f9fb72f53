import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync, verify } from 'node:crypto';
import {
  IDENTITY_FILE, createIdentity, fingerprintOf, loadPublicIdentity, publicKeyObject, publicKeyText, unlockPrivateKey,
} from '../../electron/review/identity';
import { canonicalJson } from '../../shared/review/canonical-json';
import { groupFingerprint, isPublicKeyText } from '../../shared/review/public-key';
import { tallyOf } from '../../shared/review/stance';
import { TEST_KDF } from '../support/dataset-context';

const dirs: string[] = [];
afterEach(() => { while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true }); });
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'bpj-identity-'));
  dirs.push(d);
  return d;
}

describe('member identity', () => {
  it('creates an Ed25519 key once, stores the private half encrypted, signs with it after unlocking', async () => {
    const dir = tempDir();
    expect(loadPublicIdentity(dir)).toBeNull();
    const id = await createIdentity(dir, 'frasa-kunci-anggota', '2026-11-23T03:00:00.000Z', TEST_KDF);
    expect(isPublicKeyText(id.publicKey)).toBe(true);
    expect(id.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const stored = readFileSync(join(dir, IDENTITY_FILE), 'utf8');
    expect(stored).not.toMatch(/PRIVATE KEY/);
    expect(JSON.parse(stored).publicKey).toBe(id.publicKey);
    await expect(createIdentity(dir, 'frasa-kunci-anggota', 'x', TEST_KDF)).rejects.toMatchObject({ code: 'IDENTITAS_SUDAH_ADA' });
    await expect(unlockPrivateKey(dir, 'salah-sekali-frasanya')).rejects.toMatchObject({ code: 'IDENTITAS_FRASA_SALAH' });
    const { privateKey } = await unlockPrivateKey(dir, 'frasa-kunci-anggota');
    const { sign } = await import('node:crypto');
    const sig = sign(null, Buffer.from('isi'), privateKey);
    expect(verify(null, Buffer.from('isi'), publicKeyObject(id.publicKey), sig)).toBe(true);
    expect(verify(null, Buffer.from('isj'), publicKeyObject(id.publicKey), sig)).toBe(false);
  });

  it('refuses a short passphrase, and a key file whose public half was swapped', async () => {
    const dir = tempDir();
    await expect(createIdentity(dir, 'pendek', 'x', TEST_KDF)).rejects.toMatchObject({ code: 'FRASA_SANDI_TERLALU_LEMAH' });
    await createIdentity(dir, 'frasa-kunci-anggota', 'x', TEST_KDF);
    const file = JSON.parse(readFileSync(join(dir, IDENTITY_FILE), 'utf8'));
    file.publicKey = publicKeyText(generateKeyPairSync('ed25519').publicKey);
    writeFileSync(join(dir, IDENTITY_FILE), JSON.stringify(file));
    // The public key is the AAD of the encrypted private key: the swap makes it undecryptable.
    await expect(unlockPrivateKey(dir, 'frasa-kunci-anggota')).rejects.toMatchObject({ code: 'IDENTITAS_FRASA_SALAH' });
    writeFileSync(join(dir, IDENTITY_FILE), '{ rusak');
    expect(() => loadPublicIdentity(dir)).toThrow(expect.objectContaining({ code: 'IDENTITAS_RUSAK' }));
  });

  it('public key text, fingerprint and canonical JSON are stable', () => {
    const text = publicKeyText(generateKeyPairSync('ed25519').publicKey);
    expect(text.length).toBe('bpj-ed25519:'.length + 43);
    expect(fingerprintOf(text)).toBe(fingerprintOf(` ${text} `.trim()));
    expect(groupFingerprint('a1b2c3d4e5f60718293a4b5c')).toBe('A1B2 C3D4 E5F6 0718 293A');
    expect(() => publicKeyObject('bpj-ed25519:kurang')).toThrow(expect.objectContaining({ code: 'KUNCI_PUBLIK_TIDAK_SAH' }));
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }], e: undefined })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
    expect(tallyOf(['mendukung', null, 'ragu', 'mendukung'])).toEqual({ mendukung: 2, ragu: 1, tidak_mendukung: 0, belum: 1 });
  });
});
