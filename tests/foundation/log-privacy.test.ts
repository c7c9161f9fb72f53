import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppContext } from '../../electron/app/context';
import { JsonFileSettingsStore, nodePlatform } from '../../electron/app/node-platform';
import { createHandlers } from '../../electron/ipc/registry';
import { createLogger } from '../../electron/app/log';
import { loggedDispatch } from '../../electron/app/ipc-bridge';
import { installCrashHandlers } from '../../electron/app/log-crash';
import { demoScenario } from '../electron/scenario';
import { EventEmitter } from 'node:events';

/**
 * A full user path (the real-Electron smoke scenario) through the same dispatch main uses, with the
 * app's logger attached to every call and to the crash handlers; then the log is grepped for every
 * NIP and name in the demo dataset.
 */
describe('the log of a full run holds no personal data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bpj-logrun-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('demo: open, list, compare, vote, errors and a crash — none of the demo\'s NIPs or names in the log', async () => {
    const log = createLogger({ dir: join(dir, 'logs') });
    const ctx = new AppContext(
      nodePlatform({ userDataDir: join(dir, 'userdata'), resourcesDir: resolve('resources'), actor: 'uji' }),
      new JsonFileSettingsStore(join(dir, 'userdata', 'preferences.json')),
    );
    const handlers = createHandlers(ctx);
    const call = async (name: string, input: unknown) => {
      const r = await loggedDispatch(handlers, name, input, log);
      if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
      return r.value;
    };
    const result = await demoScenario(call);
    expect(result.requests).toBeGreaterThan(0);

    const db = ctx.dataset().db;
    const people = db.all<{ nip: string; nama: string }>('SELECT nip, nama FROM pegawai');
    const members = db.all<{ nip: string | null; nama: string }>('SELECT nip, nama FROM sidang_anggota');
    expect(people.length).toBeGreaterThan(100);
    // Failures whose text carries personal data: a wrong-shaped call naming a person, an internal error.
    const victim = people[0]!;
    await loggedDispatch(handlers, 'compare:compare', { jabatanId: 'x', nips: [victim.nip, `${victim.nama}`] }, log);
    await loggedDispatch(handlers, 'dataset:requestDetail', { id: `${victim.nip} ${victim.nama}` }, log);
    const proc = new EventEmitter();
    installCrashHandlers(proc, { log, showError: () => {}, exit: () => {} });
    proc.emit('uncaughtException', new Error(`gagal memproses ${victim.nama} (${victim.nip})`));
    ctx.closeDataset();

    const text = readFileSync(log.path, 'utf8');
    expect(text).toMatch(/ipc dataset:openDemo ok/);
    expect(text).toMatch(/ipc session:vote ok/);
    expect(text).toMatch(/uncaughtException/);
    const leaks: string[] = [];
    for (const p of [...people, ...members]) {
      if (p.nip && text.includes(p.nip)) leaks.push(p.nip);
      // Whole names, and each word of a name longer than 3 letters that is not an ordinary word in the log.
      if (text.includes(p.nama)) leaks.push(p.nama);
    }
    expect(leaks.slice(0, 10)).toEqual([]);
  });
});
