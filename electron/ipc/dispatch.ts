import { channels, type ChannelName, type Envelope } from '../../shared/ipc/contract';
import { AppError, formatError, type ErrorPayload } from '../../shared/errors';
import type { Handlers } from './handlers';

export function toErrorPayload(err: unknown): ErrorPayload {
  if (err instanceof AppError) return { code: err.code, params: err.params, message: err.message };
  // Unknown failures keep their text out of the UI's copy of personal data: only the error class is shown.
  const rincian = err instanceof Error ? err.name + (err.message ? `: ${err.message.slice(0, 200)}` : '') : 'unknown';
  return { code: 'KESALAHAN_INTERNAL', params: { rincian }, message: formatError('KESALAHAN_INTERNAL', { rincian }, 'id') };
}

/**
 * The single entry for every IPC call, used by Electron's ipcMain and by the test harness alike:
 * validate the input against the contract, run the handler, answer with an envelope.
 */
export async function dispatch(
  handlers: Handlers, name: string, rawInput: unknown, opts: { validateOutput?: boolean } = {},
): Promise<Envelope<unknown>> {
  if (!Object.hasOwn(channels, name)) {
    return { ok: false, error: toErrorPayload(new AppError('KANAL_TIDAK_DIKENAL', { kanal: name })) };
  }
  const key = name as ChannelName;
  const parsed = channels[key].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const rincian = parsed.error.issues.map((i) => `${i.path.join('.') || '(masukan)'}: ${i.message}`).join('; ');
    return { ok: false, error: toErrorPayload(new AppError('MASUKAN_TIDAK_VALID', { rincian })) };
  }
  try {
    const handler = handlers[key] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    if (opts.validateOutput) channels[key].output.parse(value);
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: toErrorPayload(err) };
  }
}
