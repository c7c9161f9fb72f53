// Child of the session SIGKILL test: opens the dataset through the app's real path and revises one
// decision through the session service forever, printing "ACK v" only once version v is durable.
import { writeSync } from 'node:fs';
import { OpenDataset } from '../../electron/dataset/open-dataset';
import { decide } from '../../electron/session/voting';
import { TEST_PASSPHRASE } from '../support/dataset-context';

const [path, itemId] = process.argv.slice(2) as [string, string];
const ds = await OpenDataset.openFile(path, TEST_PASSPHRASE, { saveEvery: 7, idleSaveMs: 0 });
const env = { db: ds.db, now: () => new Date().toISOString(), actor: () => 'uji-crash' };
writeSync(1, 'OPEN\n');
for (let i = 0; ; i++) {
  const versi = decide(env, {
    itemId, hasil: i % 2 ? 'ditunda' : 'tidak_direkomendasikan', jabatanId: null,
    alasan: `Pertimbangan putaran ${i} untuk uji ketahanan.`, syarat: '',
    alasanRevisi: (Number(ds.db.value('SELECT COUNT(*) FROM keputusan WHERE agenda_item_id = ?', [itemId])) > 0)
      ? `Revisi putaran ${i} untuk uji ketahanan.` : null,
    targetBaru: [],
  });
  writeSync(1, `ACK ${versi}\n`);
  if (i % 5 === 0) await new Promise((r) => setImmediate(r));
}
