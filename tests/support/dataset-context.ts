import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppContext } from '../../electron/app/context';
import { JsonFileSettingsStore, nodePlatform } from '../../electron/app/node-platform';
import { seal } from '../../electron/dataset/bpj-format';
import type { Database } from '../../electron/dataset/database';
import { openDatasetInto } from '../../electron/dataset/handlers';
import { createHandlers } from '../../electron/ipc/registry';
import { dispatch } from '../../electron/ipc/dispatch';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/ipc/contract';

/** Cheap KDF for tests only; the real default is pinned in bpj-format.test.ts. */
export const TEST_KDF = { log2N: 10, r: 8, p: 1 };
export const TEST_PASSPHRASE = 'uji-baperjakat';

/** Seals a database image into a temp .bpj (fast KDF). */
export async function sealToTempFile(db: Database, passphrase = TEST_PASSPHRASE): Promise<{ dir: string; path: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'bpj-test-'));
  const path = join(dir, 'dataset.bpj');
  const { bytes } = await seal(db.export(), passphrase, { kdf: TEST_KDF });
  writeFileSync(path, bytes);
  return { dir, path };
}

/**
 * A real AppContext with the given database sealed to disk and opened through the same code path
 * the app uses, plus a typed `call` that goes through dispatch (input validation included).
 */
export async function contextWithDataset(db: Database, opts: { now?: () => Date } = {}) {
  const { dir, path } = await sealToTempFile(db);
  const ctx = new AppContext(
    nodePlatform({ userDataDir: join(dir, 'userdata'), now: opts.now, actor: 'uji' }),
    new JsonFileSettingsStore(join(dir, 'userdata', 'preferences.json')),
  );
  await openDatasetInto(ctx, path, TEST_PASSPHRASE, false);
  const handlers = createHandlers(ctx);
  async function call<K extends ChannelName>(name: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> {
    const res = await dispatch(handlers, name, input, { validateOutput: true });
    if (!res.ok) throw Object.assign(new Error(res.error.message), { code: res.error.code, params: res.error.params });
    return res.value as ChannelOutput<K>;
  }
  return { ctx, path, dir, call, cleanup: () => { ctx.closeDataset(); rmSync(dir, { recursive: true, force: true }); } };
}
