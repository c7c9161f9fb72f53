// Child process of the SIGKILL test: opens the dataset through the app's real path, reports what
// it found, then records decisions forever, printing "ACK n" only once act n is durable.
import { writeSync } from 'node:fs';
import { OpenDataset } from '../../electron/dataset/open-dataset';
import { verifyChain } from '../../electron/audit/audit-log';
import { decisionsPresent, recordDecision, TEST_PASSPHRASE } from './fixture';

const [path, saveEvery] = process.argv.slice(2);
const say = (line: string): void => {
  writeSync(1, `${line}\n`);
};

// BPJ_BACKGROUND_SAVES=1: the timed full saves run as the app runs them, beside the acts.
const backgroundSaves = process.env.BPJ_BACKGROUND_SAVES === '1';
const ds = await OpenDataset.openFile(path!, TEST_PASSPHRASE, { saveEvery: Number(saveEvery ?? 20), idleSaveMs: 0, backgroundSaves });
const present = decisionsPresent(ds.db);
const contiguous = present.every((n, i) => n === i + 1);
const chain = verifyChain(ds.db);
say(`OPEN ${present.length} ${contiguous ? 'contiguous' : 'gap'} ${chain.valid ? 'chain-ok' : 'chain-broken'} ${ds.recovered?.records ?? 0}`);
let n = present.length;
for (;;) {
  n++;
  recordDecision(ds.db, n, new Date().toISOString());
  say(`ACK ${n}`);
  // Let the full-save timer run between acts, as the app's event loop does.
  if (n % 5 === 0) await new Promise((r) => setImmediate(r));
}
