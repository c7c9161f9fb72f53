/** One `baperjakat <name>` subcommand. Exit codes: 0 ok, 1 failure the user must fix, 2 usage error. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** A secret from the environment variable, else a hidden prompt, else one line of stdin. Never argv. */
  secret(prompt: string, envVar: string): Promise<string>;
}

export class UsageError extends Error {}

/** Minimal flag parser: positional args plus `--flag value` / `-o value`; boolean flags listed. */
export function parseArgs(args: string[], booleans: string[] = []): { positional: string[]; flags: Record<string, string | true> } {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('-')) {
      const name = a.replace(/^--?/, '');
      if (['passphrase', 'password', 'sandi', 'frasa-sandi'].includes(name)) {
        throw new UsageError('Rahasia tidak boleh diberikan lewat argumen baris perintah; gunakan variabel lingkungan, prompt, atau stdin.');
      }
      if (booleans.includes(name)) flags[name] = true;
      else {
        const v = args[++i];
        if (v === undefined) throw new UsageError(`Opsi ${a} memerlukan nilai.`);
        flags[name] = v;
      }
    } else positional.push(a);
  }
  return { positional, flags };
}
