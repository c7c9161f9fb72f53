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
