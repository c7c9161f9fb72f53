import { scrypt } from 'node:crypto';
import { AppError } from '../../shared/errors';

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

const MiB = 1024 * 1024;
/** The most a file may make us spend before the passphrase is even checked (docs/dataset-format.md §1). */
const SCRYPT_MAX_MEMORY = 1024 * MiB;
const SCRYPT_MAX_WORK_FACTOR = 8;

const memoryOf = (k: ScryptParams): number => 128 * 2 ** k.log2N * k.r;
const workOf = (k: ScryptParams): number => 2 ** k.log2N * k.r * k.p;

/**
 * Refuses parameters a crafted header could use to make one wrong-passphrase answer take minutes and
 * gigabytes: memory 128·N·r ≤ 1 GiB and work N·r·p ≤ 8× the default's.
 */
export function assertScryptAffordable(k: ScryptParams): void {
  const memory = memoryOf(k);
  const work = workOf(k) / workOf(DEFAULT_SCRYPT);
  if (memory > SCRYPT_MAX_MEMORY || work > SCRYPT_MAX_WORK_FACTOR) {
    throw new AppError('BPJ_KDF_TERLALU_BERAT', {
      memori: Math.round(memory / MiB), batasMemori: SCRYPT_MAX_MEMORY / MiB,
      kerja: Number(work.toFixed(1)), batasKerja: SCRYPT_MAX_WORK_FACTOR,
    });
  }
}

export function scryptAsync(
  passphrase: string | Uint8Array, salt: Uint8Array, params: ScryptParams, length: number,
): Promise<Buffer> {
  assertScryptAffordable(params);
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
