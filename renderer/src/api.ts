import type { Api, BridgeApi, Envelope } from '../../shared/ipc/contract';

declare global {
  interface Window {
    api: BridgeApi;
    appEvents?: {
      onLocked(cb: () => void): () => void;
      onOpenFile?(cb: (event: unknown) => void): () => void;
      onIntakeProgress?(cb: (event: unknown) => void): () => void;
    };
  }
}

/** A failed call; `code` picks the message from the shared error catalog. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number>,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function unwrap<T>(res: Envelope<T>): T {
  if (res.ok) return res.value;
  throw new ApiError(res.error.code, res.error.params, res.error.message);
}

/** window.api with envelopes turned back into values and throws, typed from the one contract. */
export const api: Api = new Proxy({} as Api, {
  get(_t, domain: string) {
    return new Proxy({}, {
      get(_u, method: string) {
        return async (input: unknown) => {
          const bridge = window.api as unknown as Record<string, Record<string, (i: unknown) => Promise<Envelope<unknown>>>>;
          const fn = bridge[domain]?.[method];
          if (!fn) throw new ApiError('KANAL_TIDAK_DIKENAL', { kanal: `${domain}:${method}` }, `${domain}:${method}`);
          return unwrap(await fn(input ?? {}));
        };
      },
    });
  },
});
