import type { BridgeApi } from '../../shared/ipc/contract';

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
