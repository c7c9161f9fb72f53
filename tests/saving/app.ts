import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppContext } from '../../electron/app/context';
import { JsonFileSettingsStore, nodePlatform } from '../../electron/app/node-platform';
import { openDatasetInto } from '../../electron/dataset/handlers';
import { createHandlers } from '../../electron/ipc/registry';
import { dispatch } from '../../electron/ipc/dispatch';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/ipc/contract';
import { TEST_PASSPHRASE } from '../support/dataset-context';

export interface CallError extends Error {
  code: string;
  params: Record<string, string | number>;
}

/** The app's context and dispatch over a dataset already on disk at `path` (any folder, e.g. a tmpfs). */
export async function appOn(path: string, opts: { resourcesDir?: string } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'bpj-saving-user-'));
  const saveDialogAnswers: string[] = [];
  const ctx = new AppContext(
    nodePlatform({
      userDataDir, resourcesDir: opts.resourcesDir, actor: 'uji',
      chooseSaveFile: async () => saveDialogAnswers.shift() ?? null,
    }),
    new JsonFileSettingsStore(join(userDataDir, 'preferences.json')),
  );
  const handlers = createHandlers(ctx);
  async function call<K extends ChannelName>(name: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> {
    const res = await dispatch(handlers, name, input, { validateOutput: true });
    if (!res.ok) throw Object.assign(new Error(res.error.message), { code: res.error.code, params: res.error.params });
    return res.value as ChannelOutput<K>;
  }
  /** The error code a call fails with (fails the test if it succeeds). */
  async function failure<K extends ChannelName>(name: K, input: ChannelInput<K>): Promise<string> {
    try {
      await call(name, input);
    } catch (err) {
      return (err as CallError).code;
    }
    throw new Error(`${name} succeeded`);
  }
  /** A dataset handle for `path`, issued the way main issues one: from its own open dialog. */
  async function handleFor(file: string): Promise<string> {
    ctx.platform.chooseOpenFile = async () => file;
    const chosen = await call('dataset:chooseFile', {});
    return chosen.file!.handle;
  }
  if (path) await openDatasetInto(ctx, path, TEST_PASSPHRASE, false);
  return { ctx, call, failure, handleFor, userDataDir, saveDialogAnswers };
}
