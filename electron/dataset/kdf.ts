import { scrypt } from 'node:crypto';

/** KDF ids stored in the header. Only scrypt exists; Electron's BoringSSL has it, and no argon2. */
export const KDF_SCRYPT = 1;

export interface ScryptParams {
  log2N: number;
  r: number;
  p: number;
}

/**
 * N=2^17, r=8, p=2: ≈0.7 s on the 2-core reference machine (p runs sequentially in Node) while
 * keeping the transient memory at 128 MiB; see docs/dataset-format.md.
 */
export const DEFAULT_SCRYPT: ScryptParams = { log2N: 17, r: 8, p: 2 };

export function scryptAsync(
  passphrase: string | Uint8Array, salt: Uint8Array, params: ScryptParams, length: number,
): Promise<Buffer> {
  const N = 2 ** params.log2N;
  // Node refuses anything above maxmem (32 MiB by default); 128·N·r is what scrypt needs.
  const maxmem = 128 * N * params.r + 16 * 1024 * 1024;
  const pass = typeof passphrase === 'string' ? Buffer.from(passphrase.normalize('NFC'), 'utf8') : passphrase;
  return new Promise((resolve, reject) => {
    scrypt(pass, salt, length, { N, r: params.r, p: params.p, maxmem }, (err, key) => {
      if (err) reject(err);
      else resolve(key);
    });
  });
}
