import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextWithDataset, TEST_PASSPHRASE } from '../support/dataset-context';
import { OpenDataset } from '../../electron/dataset/open-dataset';
import { verifyChain } from '../../electron/audit/audit-log';
import { buildCity, MEMBERS, NOW } from './fixture';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'crash-child.ts');

/**
 * Runs the child and SIGKILLs it as soon as it has acknowledged `killAfter` acts in this round, so the
 * kill lands inside the next act whatever the machine's load (no timer decides how much work happens).
 * Resolves with the last version it acknowledged.
 */
function killRound(path: string, itemId: string, killAfter: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path, itemId], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lastAck = 0;
    let acksThisRound = 0;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('ACK ')) return;
      lastAck = Number(line.slice(4));
      if (++acksThisRound === killAfter) child.kill('SIGKILL');
    });
    child.on('close', (_code, signal) => (signal === 'SIGKILL' ? resolve(lastAck) : reject(new Error(stderr.slice(0, 2000)))));
  });
}

/**
 * The saving capability's own test kills a child 100 times on bare writes; this one does it on
 * the session service's real path (rules, revision, audit entry, journal), fewer times.
 */
describe('session acts survive SIGKILL', () => {
  it('every acknowledged revision of a decision is there after the process is killed mid-session', async () => {
    const c = await contextWithDataset(await buildCity(), { now: () => NOW });
    try {
      const { id: sidangId } = await c.call('session:create', {
        nomor: 'K-1', tanggal: '2026-11-23', tempat: 'Setda', anggota: MEMBERS, aturanKeputusan: 'mufakat',
      });
      await c.call('session:addAgenda', { sidangId, permohonanIds: ['p-0'] });
      await c.call('session:setStatus', { sidangId, status: 'berlangsung' });
      const rec = await c.call('session:record', { sidangId });
      for (const a of rec.anggota) await c.call('session:setAttendance', { sidangId, anggotaId: a.anggotaId, hadir: true });
      const itemId = rec.items[0]!.id;
      c.ctx.closeDataset();

      let acknowledged = 0;
      for (let round = 0; round < 6; round++) {
        const lastAck = await killRound(c.path, itemId, 1 + ((round * 5) % 9));
        acknowledged = Math.max(acknowledged, lastAck);
        // Inspect without writing: a journal left by the kill is replayed in memory only.
        const ds = await OpenDataset.openFile(c.path, TEST_PASSPHRASE, { readOnly: true });
        try {
          const versions = ds.db.all<{ versi: number }>('SELECT versi FROM keputusan WHERE agenda_item_id = ? ORDER BY versi', [itemId]).map((r) => r.versi);
          expect(versions.length).toBeGreaterThanOrEqual(acknowledged);
          expect(versions).toEqual(versions.map((_, i) => i + 1));
          expect(verifyChain(ds.db).valid).toBe(true);
          acknowledged = versions.length;
        } finally {
          ds.close();
        }
      }
      expect(acknowledged).toBeGreaterThan(6);
    } finally {
      c.cleanup();
    }
  }); // the suite-wide 300 s: six child processes each load tsx and derive the key, slow under a load of 15
});
