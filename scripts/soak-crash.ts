// Soak version of tests/saving/crash.test.ts: many more SIGKILLs at random points.
//   npx tsx scripts/soak-crash.ts [rounds=1000] [seed]
// Prints a line every 50 rounds and exits 1 at the first acknowledged act that went missing.
import { rmSync } from 'node:fs';
import { OpenDataset } from '../electron/dataset/open-dataset';
import { verifyChain } from '../electron/audit/audit-log';
import { TEST_PASSPHRASE } from '../tests/support/dataset-context';
import { decisionsPresent, smallDatasetFile } from '../tests/saving/fixture';
import { disposeChild, killRound, prepareChild } from '../tests/saving/crash-harness';

const rounds = Number(process.argv[2] ?? 1000);
let seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
console.log(`soak: ${rounds} rounds, seed ${seed}`);

await prepareChild();
const { dir, path } = await smallDatasetFile();
let acked = 0;
let replayed = 0;
let duringOpen = 0;
const started = Date.now();
try {
  for (let round = 1; round <= rounds; round++) {
    const whileOpening = rand() < 0.2;
    const saveEvery = 2 + Math.floor(rand() * 30);
    const when = whileOpening ? { afterSpawnMs: 40 + rand() * 500 } : { afterAcks: 1 + Math.floor(rand() * 2 * saveEvery) };
    const r = await killRound(path, when, saveEvery);
    if (r.opened) {
      const o = r.opened;
      if (!o.contiguous || !o.chainOk || o.present < acked) {
        console.error(`round ${round}: FAILED — present ${o.present}, acknowledged ${acked}, contiguous ${o.contiguous}, chain ${o.chainOk}`);
        process.exit(1);
      }
      replayed += o.replayed;
      acked = Math.max(acked, r.lastAck);
    } else duringOpen++;
    if (round % 50 === 0) console.log(`  ${round} kills, ${acked} acts acknowledged, ${replayed} replayed, ${duringOpen} during open, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const ds = await OpenDataset.openFile(path, TEST_PASSPHRASE, { idleSaveMs: 0 });
  const present = decisionsPresent(ds.db);
  const ok = present.length >= acked && present.every((n, i) => n === i + 1) && verifyChain(ds.db).valid;
  ds.close();
  console.log(`${ok ? 'OK' : 'FAILED'}: ${rounds} kills, ${acked} acknowledged, ${present.length} present, ${replayed} replayed from journals`);
  process.exitCode = ok ? 0 : 1;
} finally {
  disposeChild();
  rmSync(dir, { recursive: true, force: true });
}
