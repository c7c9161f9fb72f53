/**
 * Generates the sealed demo dataset.
 *   npx tsx scripts/generate-demo.ts                  → resources/demo.bpj (6,000 ASN, 300 requests)
 *   npx tsx scripts/generate-demo.ts --bench out.bpj  → 20,000 ASN, 2,000 requests
 * Both are sealed with DEMO_PASSPHRASE. The SQLite image is deterministic; the .bpj bytes are not
 * (fresh salt and nonce on every seal).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_OPTIONS, DEMO_OPTIONS, DEMO_PASSPHRASE, generateCity, writeSealedDataset, type CityOptions } from '../electron/demo';
import { DEMO_EXTRA_STEPS } from '../electron/demo/steps';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv: string[]): { options: CityOptions; out: string } {
  const i = argv.indexOf('--bench');
  if (i >= 0) {
    const out = argv[i + 1];
    if (!out || out.startsWith('--')) throw new Error('Pemakaian: generate-demo.ts --bench <keluaran.bpj>');
    return { options: BENCH_OPTIONS, out: resolve(out) };
  }
  if (argv.length > 0) throw new Error(`Argumen tidak dikenal: ${argv.join(' ')}`);
  return { options: DEMO_OPTIONS, out: resolve(root, 'resources/demo.bpj') };
}

const { options, out } = parseArgs(process.argv.slice(2));
const t0 = performance.now();
const db = await generateCity({ ...options, extraSteps: DEMO_EXTRA_STEPS });
const t1 = performance.now();
const count = (table: string): number => Number(db.value(`SELECT COUNT(*) FROM ${table}`));
const size = await writeSealedDataset(db, out, DEMO_PASSPHRASE);
const t2 = performance.now();
console.log(
  `${out}: ${count('unit_kerja')} unit, ${count('jabatan')} jabatan, ${count('pegawai')} pegawai, `
  + `${count('permohonan')} permohonan, ${count('target')} target; ${(size / 1024 / 1024).toFixed(1)} MiB`,
);
console.log(`generate ${(t1 - t0).toFixed(0)} ms, seal+write ${(t2 - t1).toFixed(0)} ms (seed ${options.seed}, today ${options.today})`);
db.close();
