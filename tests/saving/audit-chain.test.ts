import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { Database } from '../../electron/dataset/database';
import { migrate } from '../../electron/dataset/migrations';
import { appendAudit, verifyChain } from '../../electron/audit/audit-log';
import { contextWithDataset, sealToTempFile, TEST_PASSPHRASE } from '../support/dataset-context';

const ENTRIES = 12;

async function chainDb(): Promise<Database> {
  const db = await Database.create();
  migrate(db);
  for (let i = 1; i <= ENTRIES; i++) {
    db.transaction(() => {
      appendAudit(db, {
        at: `2026-11-23T09:${String(i).padStart(2, '0')}:00.000Z`, actor: 'sekretaris',
        action: i % 2 ? 'sidang.suara' : 'sidang.keputusan', payload: { agendaItemId: `agenda-${i}`, versi: 1 },
      });
    });
  }
  return db;
}

/** Changes exactly one byte (one ASCII character) of one column of one entry. */
function flipOneByte(db: Database, seq: number, column: string, at: number): void {
  const value = db.value<string>(`SELECT ${column} FROM audit_log WHERE seq = ?`, [seq])!;
  const changed = value.slice(0, at) + String.fromCharCode(value.charCodeAt(at) ^ 1) + value.slice(at + 1);
  expect(Buffer.byteLength(changed)).toBe(Buffer.byteLength(value));
  db.transaction(() => db.run(`UPDATE audit_log SET ${column} = ? WHERE seq = ?`, [changed, seq]), { journal: false });
}

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/baperjakat.mjs', 'audit', ...args], {
    env: { ...process.env, BAPERJAKAT_PASSPHRASE: TEST_PASSPHRASE }, encoding: 'utf8', timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('audit chain verification', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it.each([
    ['payload', 20, 'payload_berubah'],
    ['actor', 3, 'hash_entri_berubah'],
    ['at', 15, 'hash_entri_berubah'],
    ['action', 7, 'hash_entri_berubah'],
    ['prev_hash', 10, 'rantai_terputus'],
    ['entry_hash', 40, 'hash_entri_berubah'],
    ['payload_hash', 0, 'payload_berubah'],
  ] as const)('one byte changed in %s of entry 7 is reported as entry 7 (%s → %s)', async (column, at, problem) => {
    const db = await chainDb();
    expect(verifyChain(db).valid).toBe(true);
    flipOneByte(db, 7, column, at);
    const direct = verifyChain(db);
    expect(direct.firstBroken).toEqual({ seq: 7, problem });
    // Through the app: sealed, opened as the app opens it (which appends its own 'dataset.buka' entry).
    const app = await contextWithDataset(db);
    cleanups.push(app.cleanup);
    const report = await app.call('dataset:verifyAudit', {});
    expect(report.valid).toBe(false);
    expect(report.firstBroken).toEqual({ seq: 7, problem });
    expect(report.entries).toBe(ENTRIES + 1);
  });

  it('the CLI exits 1 and names exactly the changed entry; 0 on an intact chain; checks a printed head', async () => {
    const db = await chainDb();
    const intact = await sealToTempFile(db);
    cleanups.push(() => rmSync(intact.dir, { recursive: true, force: true }));
    const head6 = db.value<string>('SELECT entry_hash FROM audit_log WHERE seq = 6')!;
    flipOneByte(db, 5, 'payload', 12);
    const broken = await sealToTempFile(db);
    cleanups.push(() => rmSync(broken.dir, { recursive: true, force: true }));

    const ok = cli([intact.path]);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('UTUH');

    const bad = cli([broken.path]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('entri pertama yang rusak: #5');
    expect(bad.stdout).not.toMatch(/rusak: #(?!5\b)\d+/);

    const json = cli([broken.path, '--json']);
    const parsed = JSON.parse(json.stdout) as { firstBroken: { seq: number; problem: string }; brokenEntry: { seq: number } };
    expect(parsed.firstBroken).toEqual({ seq: 5, problem: 'payload_berubah' });
    expect(parsed.brokenEntry.seq).toBe(5);

    // A head hash printed on a document: found at #6 with entries after it; a made-up one is not in the chain.
    const withHead = cli([intact.path, '--kepala', head6]);
    expect(withHead.status).toBe(0);
    expect(withHead.stdout).toContain(`entri #6; ${ENTRIES - 6} entri dicatat sesudahnya`);
    const cut = cli([intact.path, '--kepala', 'ab'.repeat(32)]);
    expect(cut.status).toBe(1);
    expect(cut.stdout).toContain('TIDAK ditemukan');

    const usage = cli([]);
    expect(usage.status).toBe(2);
  });

  it('the CLI never writes: no journal, no backup, file unchanged', async () => {
    const db = await chainDb();
    const { dir, path } = await sealToTempFile(db);
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const { readdirSync, readFileSync } = await import('node:fs');
    const before = readFileSync(path);
    expect(cli([path]).status).toBe(0);
    expect(readdirSync(dir)).toEqual(['dataset.bpj']);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
