import { describe, expect, it } from 'vitest';
import { deriveKey, encryptWithKey, open, parseHeader, seal, HEADER_LENGTH, decryptWithKey } from '../../electron/dataset/bpj-format';
import { DEFAULT_SCRYPT, scryptAsync } from '../../electron/dataset/kdf';
import { AppError } from '../../shared/errors';

const FAST = { log2N: 10, r: 8, p: 1 };
const image = Buffer.from('SQLite format 3\0'.padEnd(4096, 'x'));

async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).code;
  }
  throw new Error('expected an error');
}

describe('KDF known answers', () => {
  it('matches the RFC 7914 scrypt test vector (password/NaCl, N=1024, r=8, p=16)', async () => {
    const out = await scryptAsync('password', Buffer.from('NaCl'), { log2N: 10, r: 8, p: 16 }, 64);
    expect(out.toString('hex')).toBe(
      'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640',
    );
  });

  it('pins the default parameters and passphrase normalisation (NFC)', async () => {
    expect(DEFAULT_SCRYPT).toEqual({ log2N: 17, r: 8, p: 2 });
    // "é" typed as e + combining accent must give the same key as the precomposed form.
    const decomposed = 'kata sandi ujian — Bengkulu'.normalize('NFD');
    const key = await deriveKey(decomposed, Buffer.alloc(16, 7), DEFAULT_SCRYPT);
    expect(Buffer.concat([key.encKey, key.macKey]).toString('hex')).toBe(
      '6465f5e7880bb95f1364daf2ca2642999eace083ef6e055fdb731e7c9fa8a87a0d6cc215f79a76ecd2e1f59288fe5227649208b1d46385969f52005dd4459762',
    );
  });
});

describe('.bpj round trip and failures', () => {
  it('round-trips the image and rejects nothing on a clean file', async () => {
    const { bytes } = await seal(image, 'rahasia-sidang', { kdf: FAST });
    const opened = await open(bytes, 'rahasia-sidang');
    expect(Buffer.compare(opened.plaintext, image)).toBe(0);
    expect(opened.header.kdf).toEqual(FAST);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
  });

  it('uses a fresh nonce on every save with the same key', async () => {
    const { bytes, key } = await seal(image, 'a', { kdf: FAST });
    const again = encryptWithKey(image, key);
    expect(again.subarray(32, 44).equals(bytes.subarray(32, 44))).toBe(false);
    expect(decryptWithKey(again, key).plaintext.equals(image)).toBe(true);
  });

  it('says "wrong passphrase" for a wrong passphrase', async () => {
    const { bytes } = await seal(image, 'benar', { kdf: FAST });
    expect(await codeOf(open(bytes, 'salah'))).toBe('FRASA_SANDI_SALAH');
  });

  it('says "not a .bpj" for other files', async () => {
    expect(await codeOf(open(Buffer.from('PK\x03\x04 this is a zip'), 'x'))).toBe('BUKAN_BPJ');
    expect(await codeOf(open(Buffer.alloc(0), 'x'))).toBe('BUKAN_BPJ');
  });

  it('says "truncated" for a cut file, at any length', async () => {
    const { bytes } = await seal(image, 'p', { kdf: FAST });
    for (const len of [10, HEADER_LENGTH - 1, HEADER_LENGTH, HEADER_LENGTH + 100, bytes.length - 1]) {
      expect(await codeOf(open(bytes.subarray(0, len), 'p'))).toBe('BPJ_TERPOTONG');
    }
  });

  it('says "newer version" for a file from a newer app', async () => {
    const { bytes } = await seal(image, 'p', { kdf: FAST });
    const newer = Buffer.from(bytes);
    newer.writeUInt16BE(2, 8);
    expect(await codeOf(open(newer, 'p'))).toBe('BPJ_VERSI_TIDAK_DIKENAL');
  });

  it('detects every flipped byte, each with the right class of message', async () => {
    const small = Buffer.from('SQLite format 3\0 small image');
    const { bytes } = await seal(small, 'p', { kdf: FAST });
    for (let i = 0; i < bytes.length; i++) {
      const bad = Buffer.from(bytes);
      bad[i] = bad[i]! ^ 0x01;
      const code = await codeOf(open(bad, 'p'));
      if (i < 8) expect(code).toBe('BUKAN_BPJ');
      // Byte 8 turns version 1 into 257: read as "from a newer app" (the header digest cannot tell).
      else if (i === 8) expect(code).toBe('BPJ_VERSI_TIDAK_DIKENAL');
      else if (i < HEADER_LENGTH) expect(code).toBe('BPJ_HEADER_RUSAK');
      else expect(code).toBe('BPJ_ISI_RUSAK');
    }
  });

  it('refuses bytes appended after the tag', async () => {
    const { bytes } = await seal(image, 'p', { kdf: FAST });
    expect(await codeOf(open(Buffer.concat([bytes, Buffer.from([0])]), 'p'))).toBe('BPJ_ISI_RUSAK');
  });

  it('parses the header without the passphrase', async () => {
    const { bytes } = await seal(image, 'p', { kdf: FAST });
    const h = parseHeader(bytes);
    expect(h).toMatchObject({ formatVersion: 1, kind: 1, kdfId: 1, payloadLength: image.length });
  });
});
