import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  readonly path: string;
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

/** NIP (18 digits, also grouped "19850312 201001 1 004") and any other run of 8+ digits: IDs, phones, NIK. */
const DIGIT_RUN = /\d(?:[\s.-]?\d){7,}/g;
/** Two or more capitalised words in a row (optionally with titles such as "Dr." or "S.E."): a person's name. */
const NAME_LIKE = /\b(?:[A-Z][a-z'’]+|[A-Z][a-z]*\.)(?:,?\s+(?:[A-Z][a-z'’]+|[A-Z](?:\.[A-Za-z]+)*\.)){1,}/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Strips what could identify a person before a line reaches the log: digit runs (NIP), name-like
 * word runs, e-mail addresses and the home folder (it carries the OS user's name).
 */
export function redact(text: string): string {
  let out = text;
  const home = homedir();
  if (home.length > 1) out = out.replace(new RegExp(escapeRegExp(home), 'g'), '~');
  return out.replace(EMAIL, '[surel]').replace(DIGIT_RUN, '[angka]').replace(NAME_LIKE, '[nama]');
}

function describe(detail: unknown): string {
  if (detail === undefined) return '';
  if (detail instanceof Error) return ` ${detail.name}: ${detail.message}\n${detail.stack ?? ''}`;
  try {
    return ` ${JSON.stringify(detail)}`;
  } catch {
    return ` ${String(detail)}`;
  }
}

/**
 * A small size-rotating log: when the file would pass maxBytes it becomes .1 (.1 becomes .2, …) and
 * the oldest beyond `keep` is dropped. Every line goes through redact() first.
 */
export function createLogger(opts: { dir: string; fileName?: string; maxBytes?: number; keep?: number; now?: () => Date }): Logger {
  const path = join(opts.dir, opts.fileName ?? 'baperjakat.log');
  const maxBytes = opts.maxBytes ?? 1024 * 1024;
  const keep = opts.keep ?? 3;
  const now = opts.now ?? (() => new Date());

  function rotate(): void {
    rmSync(`${path}.${keep}`, { force: true });
    for (let i = keep - 1; i >= 1; i--) {
      if (existsSync(`${path}.${i}`)) renameSync(`${path}.${i}`, `${path}.${i + 1}`);
    }
    renameSync(path, `${path}.1`);
  }

  function write(level: LogLevel, message: string, detail?: unknown): void {
    try {
      const line = `${now().toISOString()} ${level.toUpperCase()} ${redact(message + describe(detail))}\n`;
      mkdirSync(opts.dir, { recursive: true });
      const size = existsSync(path) ? statSync(path).size : 0;
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate();
      appendFileSync(path, line, { mode: 0o600 });
    } catch {
      // A log that cannot be written must never take the app down with it.
    }
  }

  return {
    path,
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}
