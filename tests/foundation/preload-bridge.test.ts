import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import { APP_EVENTS, CHANNEL_LIST } from '../../electron/app/channel-names';
import { bufferedEvent, buildAppEvents, buildBridge, type FollowEvent } from '../../electron/app/preload-bridge';
import { registerChannels, type IpcMainLike } from '../../electron/app/ipc-bridge';
import type { Handlers } from '../../electron/ipc/handlers';

describe('preload bridge and main-side registration', () => {
  it('the preload\'s plain name list is exactly the contract', () => {
    expect([...CHANNEL_LIST].sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(new Set(CHANNEL_LIST).size).toBe(CHANNEL_LIST.length);
  });

  it('window.api has one function per channel, grouped by domain, and nothing else', async () => {
    const sent: [string, unknown][] = [];
    const api = buildBridge(CHANNEL_LIST, async (name, input) => { sent.push([name, input]); return { ok: true, value: 1 }; });
    const exposed = Object.entries(api).flatMap(([d, fns]) => Object.keys(fns as object).map((m) => `${d}:${m}`));
    expect(exposed.sort()).toEqual([...CHANNEL_NAMES].sort());
    await api.dataset.status(undefined as never);
    await api.session.vote({ x: 1 } as never);
    expect(sent).toEqual([['dataset:status', {}], ['session:vote', { x: 1 }]]);
  });

  it('main registers only the contract\'s channels and refuses a sender that is not the app page', async () => {
    const registered = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
    const rendererDir = join('/opt', 'app', 'out', 'renderer');
    const handlers = { 'settings:get': () => ({ theme: 'x' }) } as unknown as Handlers;
    registerChannels({ handle: (n, fn) => registered.set(n, fn) }, handlers, { rendererDir });
    expect([...registered.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    const call = registered.get('settings:get')!;
    const forged = await call({ senderFrame: { url: 'file:///home/x/evil/renderer/index.html' } }, {});
    expect(forged).toMatchObject({ ok: false, error: { code: 'KANAL_TIDAK_DIKENAL' } });
    expect(await call({ senderFrame: null }, {})).toMatchObject({ ok: false });
    const own = await call({ senderFrame: { url: pathToFileURL(join(rendererDir, 'index.html')).href } }, {});
    expect(own).toEqual({ ok: true, value: { theme: 'x' } });
  });
});

describe('buffered app event (open-file before the page subscribes)', () => {
  it('keeps what arrives before the first listener, then delivers live, in order; unsubscribing stops delivery', () => {
    const ev = bufferedEvent<string>();
    ev.push('a');
    ev.push('b');
    const got: string[] = [];
    const off = ev.subscribe((v) => got.push(v));
    ev.push('c');
    off();
    ev.push('d');
    expect(got).toEqual(['a', 'b', 'c']);
    const later: string[] = [];
    ev.subscribe((v) => later.push(v));
    expect(later).toEqual(['d']);
  });
});

describe('window.appEvents (main → page events)', () => {
  function fakeIpc() {
    const listeners = new Map<string, Set<(payload: unknown) => void>>();
    const follow: FollowEvent = (event, listener) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
      return () => { listeners.get(event)!.delete(listener); };
    };
    const send = (event: string, payload?: unknown) => { for (const l of listeners.get(event) ?? []) l(payload); };
    return { follow, send, listeners };
  }

  it('follows exactly the listed events; a file sent before the page subscribes is delivered, then live ones', () => {
    const ipc = fakeIpc();
    const events = buildAppEvents(ipc.follow);
    expect(Object.keys(events).sort()).toEqual(['onIntakeProgress', 'onLocked', 'onOpenFile']);
    const file = { kind: 'dataset', file: { handle: `fh-${'a'.repeat(32)}`, name: 'demo.bpj' } };
    ipc.send(APP_EVENTS.openFile, file); // arrives while the page is still loading
    const opened: unknown[] = [];
    const stop = events.onOpenFile((e) => opened.push(e));
    ipc.send(APP_EVENTS.openFile, { ...file, kind: 'response' });
    stop();
    expect(opened).toEqual([file, { ...file, kind: 'response' }]);

    let locks = 0;
    const unfollow = events.onLocked(() => locks++);
    ipc.send(APP_EVENTS.locked);
    unfollow();
    ipc.send(APP_EVENTS.locked);
    expect(locks).toBe(1);
    const progress: unknown[] = [];
    events.onIntakeProgress((e) => progress.push(e));
    ipc.send(APP_EVENTS.intakeProgress, { sheet: 'Pegawai', rows: 5000 });
    expect(progress).toEqual([{ sheet: 'Pegawai', rows: 5000 }]);
    expect([...ipc.listeners.keys()].sort()).toEqual(Object.values(APP_EVENTS).sort());
  });

  it('main and the preload name no event of their own: every one comes from APP_EVENTS', () => {
    for (const file of ['electron/preload.ts', 'electron/main.ts']) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/['"`]app:[a-z-]+['"`]/);
    }
    expect(Object.values(APP_EVENTS).every((e) => !(CHANNEL_NAMES as readonly string[]).includes(e))).toBe(true);
  });
});
