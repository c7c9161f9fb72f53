import {
  createCipheriv, createDecipheriv, createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { PUBLIC_KEY_PREFIX, isPublicKeyText } from '../../shared/review/public-key';
import { DEFAULT_SCRYPT, scryptAsync, type ScryptParams } from '../dataset/kdf';
import { writeFileAtomic } from '../dataset/files';

/**
 * The member's signing identity: one Ed25519 key pair per user profile, created on first use. The private key
 * is kept only encrypted (scrypt → AES-256-GCM, the same KDF as datasets) in userDataDir; the public key beside
 * it in clear, because it is what the member shows the secretariat.
 */
export const IDENTITY_FILE = 'kunci-telaah.json';
const IDENTITY_FORMAT = 'baperjakat-kunci-telaah/1';
const MIN_KEY_PASSPHRASE = 10;

interface IdentityFile {
  format: typeof IDENTITY_FORMAT;
  publicKey: string;
  kdf: ScryptParams;
  salt: string;
  nonce: string;
  encryptedKey: string;
  tag: string;
  dibuatPada: string;
}

export interface PublicIdentity {
  publicKey: string;
  /** SHA-256 of the raw 32-byte key, hex. */
  fingerprint: string;
  dibuatPada: string;
}

export function rawFromPublicKeyText(text: string): Buffer {
  if (!isPublicKeyText(text)) throw new AppError('KUNCI_PUBLIK_TIDAK_SAH');
  const raw = Buffer.from(text.trim().slice(PUBLIC_KEY_PREFIX.length), 'base64url');
  if (raw.length !== 32) throw new AppError('KUNCI_PUBLIK_TIDAK_SAH');
  return raw;
}

export function publicKeyObject(text: string): KeyObject {
  const raw = rawFromPublicKeyText(text);
  try {
    return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
  } catch (err) {
    throw new AppError('KUNCI_PUBLIK_TIDAK_SAH', {}, { cause: err });
  }
}

export function publicKeyText(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  return `${PUBLIC_KEY_PREFIX}${jwk.x}`;
}

export function fingerprintOf(publicKey: string): string {
  return createHash('sha256').update(rawFromPublicKeyText(publicKey)).digest('hex');
}

function identityPath(dir: string): string {
  return join(dir, IDENTITY_FILE);
}

function readIdentityFile(dir: string): IdentityFile | null {
  const path = identityPath(dir);
  if (!existsSync(path)) return null;
  try {
    const f = JSON.parse(readFileSync(path, 'utf8')) as IdentityFile;
    if (f.format !== IDENTITY_FORMAT || !isPublicKeyText(f.publicKey)) throw new Error('format');
    return f;
  } catch (err) {
    throw new AppError('IDENTITAS_RUSAK', { path }, { cause: err });
  }
}

export function loadPublicIdentity(dir: string): PublicIdentity | null {
  const f = readIdentityFile(dir);
  return f && { publicKey: f.publicKey, fingerprint: fingerprintOf(f.publicKey), dibuatPada: f.dibuatPada };
}

/** The AAD binds the encrypted private key to its public key: swapping either in the file fails to decrypt. */
function aad(publicKey: string): Buffer {
  return Buffer.from(`${IDENTITY_FORMAT}\n${publicKey}`, 'utf8');
}

export async function createIdentity(
  dir: string, passphrase: string, nowIso: string, kdf: ScryptParams = DEFAULT_SCRYPT,
): Promise<PublicIdentity> {
  const existing = loadPublicIdentity(dir);
  if (existing) throw new AppError('IDENTITAS_SUDAH_ADA', { sidik: existing.fingerprint.slice(0, 20).toUpperCase() });
  if (passphrase.length < MIN_KEY_PASSPHRASE) throw new AppError('FRASA_SANDI_TERLALU_LEMAH', { minimal: MIN_KEY_PASSPHRASE });
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pub = publicKeyText(publicKey);
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const key = await scryptAsync(passphrase, salt, kdf, 32);
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad(pub));
  const encrypted = Buffer.concat([cipher.update(der), cipher.final()]);
  const file: IdentityFile = {
    format: IDENTITY_FORMAT, publicKey: pub, kdf, salt: salt.toString('base64'), nonce: nonce.toString('base64'),
    encryptedKey: encrypted.toString('base64'), tag: cipher.getAuthTag().toString('base64'), dibuatPada: nowIso,
  };
  der.fill(0);
  key.fill(0);
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(identityPath(dir), Buffer.from(JSON.stringify(file, null, 2), 'utf8'));
  return { publicKey: pub, fingerprint: fingerprintOf(pub), dibuatPada: nowIso };
}

/** Decrypts the private key for one signing; the caller drops it right after. */
export async function unlockPrivateKey(dir: string, passphrase: string): Promise<{ privateKey: KeyObject; identity: PublicIdentity }> {
  const f = readIdentityFile(dir);
  if (!f) throw new AppError('IDENTITAS_BELUM_ADA');
  const key = await scryptAsync(passphrase, Buffer.from(f.salt, 'base64'), f.kdf, 32);
  let der: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(f.nonce, 'base64'));
    decipher.setAAD(aad(f.publicKey));
    decipher.setAuthTag(Buffer.from(f.tag, 'base64'));
    der = Buffer.concat([decipher.update(Buffer.from(f.encryptedKey, 'base64')), decipher.final()]);
  } catch {
    throw new AppError('IDENTITAS_FRASA_SALAH');
  } finally {
    key.fill(0);
  }
  const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  der.fill(0);
  // A file whose public half was edited would decrypt only if the AAD matched, but check the pair anyway.
  if (publicKeyText(createPublicKey(privateKey)) !== f.publicKey) throw new AppError('IDENTITAS_RUSAK', { path: identityPath(dir) });
  return { privateKey, identity: { publicKey: f.publicKey, fingerprint: fingerprintOf(f.publicKey), dibuatPada: f.dibuatPada } };
}
