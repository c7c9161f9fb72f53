import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { assertScryptAffordable, DEFAULT_SCRYPT, KDF_SCRYPT, scryptAsync, type ScryptParams } from './kdf';

/**
 * .bpj layout (all integers big-endian; spec in docs/dataset-format.md):
 *   0  magic "BPJDSET\0" (8)        8  format version u16        10 kind u8 (1 dataset, 2 review packet)
 *   11 kdf id u8                   12 log2N u8  13 r u8  14 p u8  15 reserved u8
 *   16 salt (16)                   32 nonce (12)                 44 payload length u64
 *   52 key check (32) = HMAC-SHA256(macKey, bytes 0..51)
 *   84 header digest (16) = SHA-256(bytes 0..83)[0..16]
 *   100 review packets only: packet block (32) = last valid day "yyyy-mm-dd" (10) ‖ packet id (22, space-padded)
 *   100 or 132: ciphertext (payload length) ‖ GCM tag (16)
 * The whole header (with the packet block) is the GCM associated data: a packet's expiry cannot be edited
 * without the payload failing to authenticate.
 */
const MAGIC = Buffer.from('BPJDSET\0', 'latin1');
export const FORMAT_VERSION = 1;
export const HEADER_LENGTH = 100;
const TAG_LENGTH = 16;
const PACKET_BLOCK_LENGTH = 32;
export type FileKind = 1 | 2;
export const KIND_DATASET: FileKind = 1;
export const KIND_REVIEW_PACKET: FileKind = 2;

/** What a review packet's header binds: read before decryption, authenticated with the payload. */
export interface PacketBinding {
  /** Last day the packet opens, "yyyy-mm-dd" (WIB). */
  kedaluwarsa: string;
  paketId: string;
}

export interface BpjHeader {
  formatVersion: number;
  kind: FileKind;
  kdfId: number;
  kdf: ScryptParams;
  salt: Buffer;
  nonce: Buffer;
  payloadLength: number;
  /** Review packets (kind 2) only. */
  packet: PacketBinding | null;
  /** Where the ciphertext starts: 100, or 132 after a packet block. */
  payloadOffset: number;
}

/** Derived key material held in memory while a dataset is open; never the passphrase. */
export interface DatasetKey {
  salt: Buffer;
  kdf: ScryptParams;
  encKey: Buffer;
  macKey: Buffer;
}

export async function deriveKey(passphrase: string, salt: Buffer, kdf: ScryptParams): Promise<DatasetKey> {
  const okm = await scryptAsync(passphrase, salt, kdf, 64);
  return { salt, kdf, encKey: okm.subarray(0, 32), macKey: okm.subarray(32, 64) };
}

export async function newKey(passphrase: string, kdf: ScryptParams = DEFAULT_SCRYPT): Promise<DatasetKey> {
  return deriveKey(passphrase, randomBytes(16), kdf);
}

function packetBlock(p: PacketBinding): Buffer {
  const id = Buffer.from(p.paketId, 'latin1');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(p.kedaluwarsa) || id.length > 22 || !/^[\x21-\x7e]+$/.test(p.paketId)) {
    throw new Error('packet binding out of shape');
  }
  return Buffer.concat([Buffer.from(p.kedaluwarsa, 'latin1'), id, Buffer.alloc(22 - id.length, 0x20)]);
}

function readPacketBlock(b: Buffer): PacketBinding {
  const kedaluwarsa = b.subarray(0, 10).toString('latin1');
  const paketId = b.subarray(10, 32).toString('latin1').trimEnd();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(kedaluwarsa) || !/^[\x21-\x7e]+$/.test(paketId)) throw new AppError('BPJ_ISI_RUSAK');
  return { kedaluwarsa, paketId };
}

/** The header (and packet block) of a file about to be encrypted: also the GCM associated data. */
export function writeHeader(key: DatasetKey, kind: FileKind, nonce: Buffer, payloadLength: number, packet: PacketBinding | null): Buffer {
  if ((kind === KIND_REVIEW_PACKET) !== (packet !== null)) throw new Error('a review packet, and only one, carries a packet block');
  const h = Buffer.alloc(HEADER_LENGTH);
  MAGIC.copy(h, 0);
  h.writeUInt16BE(FORMAT_VERSION, 8);
  h.writeUInt8(kind, 10);
  h.writeUInt8(KDF_SCRYPT, 11);
  h.writeUInt8(key.kdf.log2N, 12);
  h.writeUInt8(key.kdf.r, 13);
  h.writeUInt8(key.kdf.p, 14);
  key.salt.copy(h, 16);
  nonce.copy(h, 32);
  h.writeBigUInt64BE(BigInt(payloadLength), 44);
  createHmac('sha256', key.macKey).update(h.subarray(0, 52)).digest().copy(h, 52);
  createHash('sha256').update(h.subarray(0, 84)).digest().subarray(0, 16).copy(h, 84);
  return packet ? Buffer.concat([h, packetBlock(packet)]) : h;
}

/** Encrypts an image under an existing key with a fresh nonce (saves need no new KDF run). */
export function encryptWithKey(
  plaintext: Uint8Array, key: DatasetKey, kind: FileKind = KIND_DATASET, packet: PacketBinding | null = null,
): Buffer {
  const nonce = randomBytes(12);
  const header = writeHeader(key, kind, nonce, plaintext.length, packet);
  const cipher = createCipheriv('aes-256-gcm', key.encKey, nonce);
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return Buffer.concat([header, body]);
}

export async function seal(
  plaintext: Uint8Array, passphrase: string, opts: { kind?: FileKind; kdf?: ScryptParams; packet?: PacketBinding } = {},
): Promise<{ bytes: Buffer; key: DatasetKey }> {
  const key = await newKey(passphrase, opts.kdf);
  return { bytes: encryptWithKey(plaintext, key, opts.kind, opts.packet ?? null), key };
}

/** Checks everything that can be checked without the passphrase; each failure has its own code. */
export function parseHeader(file: Uint8Array): BpjHeader {
  const buf = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (buf.length < MAGIC.length || !buf.subarray(0, 8).equals(MAGIC)) throw new AppError('BUKAN_BPJ');
  if (buf.length < HEADER_LENGTH) {
    throw new AppError('BPJ_TERPOTONG', { ukuran: buf.length, harapan: HEADER_LENGTH + TAG_LENGTH });
  }
  const digest = createHash('sha256').update(buf.subarray(0, 84)).digest().subarray(0, 16);
  if (!timingSafeEqual(digest, buf.subarray(84, 100))) {
    // A newer writer may lay the header out differently; say "newer" rather than "damaged" then.
    const version = buf.readUInt16BE(8);
    if (version > FORMAT_VERSION) throw new AppError('BPJ_VERSI_TIDAK_DIKENAL', { versi: version, didukung: FORMAT_VERSION });
    throw new AppError('BPJ_HEADER_RUSAK');
  }
  const formatVersion = buf.readUInt16BE(8);
  if (formatVersion !== FORMAT_VERSION) {
    throw new AppError('BPJ_VERSI_TIDAK_DIKENAL', { versi: formatVersion, didukung: FORMAT_VERSION });
  }
  const kind = buf.readUInt8(10);
  const kdfId = buf.readUInt8(11);
  if (kdfId !== KDF_SCRYPT) throw new AppError('BPJ_KDF_TIDAK_DIKENAL', { kdf: kdfId });
  const kdf = { log2N: buf.readUInt8(12), r: buf.readUInt8(13), p: buf.readUInt8(14) };
  if (kind !== KIND_DATASET && kind !== KIND_REVIEW_PACKET) throw new AppError('BPJ_HEADER_RUSAK');
  if (kdf.log2N < 10 || kdf.log2N > 22 || kdf.r < 1 || kdf.r > 32 || kdf.p < 1 || kdf.p > 16) {
    throw new AppError('BPJ_HEADER_RUSAK');
  }
  assertScryptAffordable(kdf); // before any derivation: a crafted header must not cost minutes and gigabytes
  const payloadLength = Number(buf.readBigUInt64BE(44));
  const payloadOffset = kind === KIND_REVIEW_PACKET ? HEADER_LENGTH + PACKET_BLOCK_LENGTH : HEADER_LENGTH;
  const expected = payloadOffset + payloadLength + TAG_LENGTH;
  if (buf.length < expected) throw new AppError('BPJ_TERPOTONG', { ukuran: buf.length, harapan: expected });
  if (buf.length > expected) throw new AppError('BPJ_ISI_RUSAK');
  const packet = kind === KIND_REVIEW_PACKET ? readPacketBlock(buf.subarray(HEADER_LENGTH, payloadOffset)) : null;
  return {
    formatVersion, kind: kind as FileKind, kdfId, kdf,
    salt: Buffer.from(buf.subarray(16, 32)), nonce: Buffer.from(buf.subarray(32, 44)), payloadLength, packet, payloadOffset,
  };
}

/** Decrypts with a key already derived; tells a wrong key from damaged content via the key check. */
export function decryptWithKey(file: Uint8Array, key: DatasetKey): { header: BpjHeader; plaintext: Buffer } {
  const header = parseHeader(file);
  const buf = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const check = createHmac('sha256', key.macKey).update(buf.subarray(0, 52)).digest();
  if (!timingSafeEqual(check, buf.subarray(52, 84))) throw new AppError('FRASA_SANDI_SALAH');
  const end = header.payloadOffset + header.payloadLength;
  const decipher = createDecipheriv('aes-256-gcm', key.encKey, header.nonce);
  decipher.setAAD(buf.subarray(0, header.payloadOffset));
  decipher.setAuthTag(buf.subarray(end, end + TAG_LENGTH));
  try {
    const plaintext = Buffer.concat([decipher.update(buf.subarray(header.payloadOffset, end)), decipher.final()]);
    return { header, plaintext };
  } catch {
    throw new AppError('BPJ_ISI_RUSAK');
  }
}

export async function open(
  file: Uint8Array, passphrase: string,
): Promise<{ header: BpjHeader; plaintext: Buffer; key: DatasetKey }> {
  const header = parseHeader(file);
  const key = await deriveKey(passphrase, header.salt, header.kdf);
  return { ...decryptWithKey(file, key), key };
}

/** Same key? Used to unlock a locked session without keeping the passphrase. */
export function sameKey(a: DatasetKey, b: DatasetKey): boolean {
  return a.salt.equals(b.salt) && timingSafeEqual(a.encKey, b.encKey) && timingSafeEqual(a.macKey, b.macKey);
}

export function wipeKey(key: DatasetKey): void {
  key.encKey.fill(0);
  key.macKey.fill(0);
}
