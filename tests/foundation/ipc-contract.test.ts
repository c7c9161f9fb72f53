import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, channels } from '../../shared/ipc/contract';
import { AppContext } from '../../electron/app/context';
import { JsonFileSettingsStore, nodePlatform } from '../../electron/app/node-platform';
import { createHandlers } from '../../electron/ipc/registry';
import { dispatch } from '../../electron/ipc/dispatch';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function makeHandlers() {
  const dir = mkdtempSync(join(tmpdir(), 'bpj-ipc-'));
  const ctx = new AppContext(nodePlatform({ userDataDir: dir }), new JsonFileSettingsStore(join(dir, 's.json')));
  return createHandlers(ctx);
}

describe('IPC contract', () => {
  it('has exactly one handler per channel and nothing else', () => {
    expect(Object.keys(makeHandlers()).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('names every channel domain:method', () => {
    for (const name of CHANNEL_NAMES) expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/);
    expect(Object.keys(channels)).toEqual(CHANNEL_NAMES);
  });

  it('refuses unknown channels and invalid input before any handler runs', async () => {
    const h = makeHandlers();
    const unknown = await dispatch(h, 'fs:readFile', { path: '/etc/passwd' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'KANAL_TIDAK_DIKENAL' } });
    const bad = await dispatch(h, 'dataset:open', { path: '', passphrase: 42 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('MASUKAN_TIDAK_VALID');
      expect(bad.error.message).toMatch(/passphrase/);
    }
    const extra = await dispatch(h, 'dataset:lock', { sneaky: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'MASUKAN_TIDAK_VALID' } });
  });

  it('carries service errors with their code and Indonesian message', async () => {
    const h = makeHandlers();
    const res = await dispatch(h, 'dataset:listRequests', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'DATASET_BELUM_DIBUKA', message: 'Belum ada dataset yang dibuka.' } });
    const forged = await dispatch(h, 'dataset:open', { file: `fh-${'0'.repeat(32)}`, passphrase: 'p' });
    expect(forged).toMatchObject({ ok: false, error: { code: 'BERKAS_HANDLE_TIDAK_DIKENAL' } });
  });

  it('validates outputs against the contract when asked (harness and tests)', async () => {
    const h = makeHandlers();
    const res = await dispatch(h, 'settings:get', {}, { validateOutput: true });
    expect(res).toMatchObject({ ok: true, value: { language: 'id', projectorMode: false } });
  });
});
