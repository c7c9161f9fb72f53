import type { BridgeApi } from '../../shared/ipc/contract';
import { APP_EVENTS, type AppEventName } from './channel-names';

type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/**
 * window.api as the preload exposes it: one namespace per domain, one function per channel, each
 * answering an envelope. Built from the plain name list so the preload carries no schema code.
 */
export function buildBridge(names: readonly string[], invoke: Invoke): BridgeApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const name of names) {
    const i = name.indexOf(':');
    const domain = name.slice(0, i);
    const method = name.slice(i + 1);
    api[domain] ??= {};
    api[domain][method] = (input: unknown) => invoke(name, input ?? {});
  }
  return api as unknown as BridgeApi;
}

/**
 * An event main may send before the page has subscribed (a double-clicked file arrives as soon as the
 * page loads, before React's effect runs): kept until the first listener, then delivered in order.
 */
export function bufferedEvent<T>(): { push(value: T): void; subscribe(cb: (value: T) => void): () => void } {
  const queued: T[] = [];
  const listeners = new Set<(value: T) => void>();
  return {
    push(value) {
      if (listeners.size === 0) queued.push(value);
      else for (const l of listeners) l(value);
    },
    subscribe(cb) {
      listeners.add(cb);
      for (const v of queued.splice(0)) cb(v);
      return () => listeners.delete(cb);
    },
  };
}

/** Follows one of main's events; answers the function that stops following it. */
export type FollowEvent = (event: AppEventName, listener: (payload: unknown) => void) => () => void;

/**
 * window.appEvents: the page's only view of main's events. open-file is followed from the start and buffered,
 * so a file handed over while the page loads is not lost. `events` is for the e2e harness, which runs this
 * same function's source in the page; the preload leaves the default.
 */
export function buildAppEvents(follow: FollowEvent, events: typeof APP_EVENTS = APP_EVENTS) {
  const openFiles = bufferedEvent<unknown>();
  follow(events.openFile, (payload) => openFiles.push(payload));
  return {
    onLocked: (cb: () => void) => follow(events.locked, () => cb()),
    /** Main sends { kind, file: { handle, name } } (shared/ipc/file-handle openFileEventSchema), never a path. */
    onOpenFile: (cb: (event: unknown) => void) => openFiles.subscribe(cb),
    /** Main sends { sheet, rows } while an intake check reads (shared/ipc/intake intakeProgressSchema). */
    onIntakeProgress: (cb: (event: unknown) => void) => follow(events.intakeProgress, cb),
  };
}
