import { createInterface } from 'node:readline';

let stdinLines: string[] | null = null;

async function readAllStdinLines(): Promise<string[]> {
  if (stdinLines) return stdinLines;
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  stdinLines = Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
  return stdinLines;
}

/**
 * Secrets come from an environment variable, an interactive hidden prompt, or stdin (one per line,
 * in the order the command asks for them) — never from argv, where other users can read them.
 */
export async function readSecret(prompt: string, envVar: string): Promise<string> {
  const fromEnv = process.env[envVar];
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) {
    const lines = await readAllStdinLines();
    const line = lines.shift();
    if (line === undefined || line === '') throw new Error(`Rahasia tidak diberikan: setel ${envVar} atau kirim lewat stdin.`);
    return line;
  }
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      // Echo the prompt, hide what is typed.
      if (s.includes(prompt)) write(s);
    };
    rl.question(prompt, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}
