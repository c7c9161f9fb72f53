import { seal } from '../dataset/bpj-format';
import type { Database } from '../dataset/database';
import { writeFileAtomic } from '../dataset/files';
import type { ScryptParams } from '../dataset/kdf';
import { generateCity, type SeedStep } from './city';
import { BENCH_OPTIONS, DEMO_OPTIONS, DEMO_PASSPHRASE } from './constants';
import { DEMO_EXTRA_STEPS } from './steps';

/** Public surface of the demo-city generator. */
export { generateCity, generateCityData, generatedAt, writeCity, type CityData, type SeedStep } from './city';
export { BENCH_OPTIONS, DEMO_OPTIONS, DEMO_PASSPHRASE, type CityOptions } from './constants';

/** The shipped demo city (6,000 ASN, 300 requests, seed 2026, today 2026-11-23) with the registered extra steps. */
export function buildDemoDataset(extraSteps: readonly SeedStep[] = DEMO_EXTRA_STEPS): Promise<Database> {
  return generateCity({ ...DEMO_OPTIONS, extraSteps });
}

/** The bench city (20,000 ASN, 2,000 requests), in memory, with the registered extra steps. */
export function buildBenchDataset(extraSteps: readonly SeedStep[] = DEMO_EXTRA_STEPS): Promise<Database> {
  return generateCity({ ...BENCH_OPTIONS, extraSteps });
}

/** Seals a database image as a .bpj dataset. The salt and nonce are random: the plaintext is what is deterministic. */
async function sealDataset(db: Database, passphrase = DEMO_PASSPHRASE, kdf?: ScryptParams): Promise<Buffer> {
  const { bytes } = await seal(db.export(), passphrase, kdf ? { kdf } : {});
  return bytes;
}

/** Seals and writes atomically. */
export async function writeSealedDataset(db: Database, path: string, passphrase = DEMO_PASSPHRASE, kdf?: ScryptParams): Promise<number> {
  const bytes = await sealDataset(db, passphrase, kdf);
  writeFileAtomic(path, bytes);
  return bytes.length;
}
