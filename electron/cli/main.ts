import { AppError } from '../../shared/errors';
import { COMMANDS } from './commands';
import { readSecret } from './secrets';
import { UsageError, type CliIo } from './types';

const io: CliIo = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
  secret: readSecret,
};

function help(): string {
  const lines = ['Pemakaian: baperjakat <perintah> [opsi]', '', 'Perintah:'];
  for (const c of COMMANDS) lines.push(`  ${c.name.padEnd(14)} ${c.summary}`);
  lines.push('', 'Frasa sandi dibaca dari variabel lingkungan, prompt tersembunyi, atau stdin — tidak pernah dari argumen.');
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.err(`Perintah tidak dikenal: ${name}\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${cmd.usage}\n\n${cmd.summary}`);
    return 0;
  }
  try {
    return await cmd.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\n\n${cmd.usage}`);
      return 2;
    }
    io.err(err instanceof AppError ? `Galat: ${err.message}` : `Galat: ${(err as Error).message ?? String(err)}`);
    return 1;
  }
}
