import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../../electron/dataset/database';
import { migrate } from '../../electron/dataset/migrations';
import { seal } from '../../electron/dataset/bpj-format';
import { appendAudit } from '../../electron/audit/audit-log';

/** Same as tests/support/dataset-context's, kept here so the crash child does not load the whole app. */
export const TEST_PASSPHRASE = 'uji-baperjakat';
const TEST_KDF = { log2N: 10, r: 8, p: 1 };

export const SIDANG_ID = 'sidang-uji';

/** A small sealed dataset with one open sidang: decisions are recorded against it. */
export async function smallDatasetFile(dir = mkdtempSync(join(tmpdir(), 'bpj-saving-'))): Promise<{ dir: string; path: string }> {
  const db = await Database.create();
  migrate(db);
  db.transaction(() => {
    db.run(
      `INSERT INTO sidang (id, nomor, tanggal, tempat, status, dibuat_pada) VALUES (?,?,?,?,?,?)`,
      [SIDANG_ID, '800/01/BPJ/2026', '2026-11-23', 'Ruang Rapat Setda', 'berlangsung', '2026-11-23T08:00:00.000Z'],
    );
  });
  const path = join(dir, 'dataset.bpj');
  const { bytes } = await seal(db.export(), TEST_PASSPHRASE, { kdf: TEST_KDF });
  db.close();
  writeFileSync(path, bytes);
  return { dir, path };
}

/**
 * One act as the session service records it: an agenda item, its decision and the audit entry,
 * in one transaction. `n` numbers the acts 1, 2, 3… so a gap is visible.
 */
export function recordDecision(db: Database, n: number, at: string): void {
  db.transaction(() => {
    const item = `agenda-${n}`;
    db.run('INSERT INTO agenda_item (id, sidang_id, urutan) VALUES (?,?,?)', [item, SIDANG_ID, n]);
    db.run(
      `INSERT INTO keputusan (agenda_item_id, versi, hasil, alasan, dicatat_pada) VALUES (?,?,?,?,?)`,
      [item, 1, n % 3 === 0 ? 'ditunda' : 'direkomendasikan', `Pertimbangan ke-${n}`, at],
    );
    appendAudit(db, { at, actor: 'uji', action: 'sidang.keputusan', payload: { agendaItemId: item, versi: 1 } });
  });
}

/** The act numbers present, ascending. */
export function decisionsPresent(db: Database): number[] {
  return db
    .all<{ urutan: number }>('SELECT a.urutan FROM agenda_item a JOIN keputusan k ON k.agenda_item_id = a.id ORDER BY a.urutan')
    .map((r) => r.urutan);
}
