/**
 * Makes sure resources/demo.bpj exists and was generated from the current code.
 * The demo is not kept in git (it is ~10 MB of ciphertext that changes on every seal); it is
 * made again from the seeded generator whenever the code it depends on changes. A stamp file
 * beside it holds the hash of that code.
 *   npx tsx scripts/ensure-demo.ts          → regenerate only when stale
 *   npx tsx scripts/ensure-demo.ts --force  → always regenerate
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const demoFile = join(root, 'resources', 'demo.bpj');
const stampFile = `${demoFile}.stamp`;
/** Everything the generator's output can depend on. */
const inputs = ['electron', 'shared', 'scripts/generate-demo.ts', 'package-lock.json'];

function* files(path: string): Generator<string> {
  const st = statSync(path);
  if (st.isFile()) { yield path; return; }
  for (const name of readdirSync(path).sort()) {
    if (name === 'node_modules') continue;
    yield* files(join(path, name));
  }
}

export function generatorHash(): string {
  const hash = createHash('sha256');
  for (const input of inputs) {
    const abs = join(root, input);
    if (!existsSync(abs)) continue;
    for (const file of files(abs)) {
      hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

export function ensureDemo(force = false): boolean {
  const want = generatorHash();
  const have = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
  if (!force && have === want && existsSync(demoFile)) return false;
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/generate-demo.ts')], {
    cwd: root, stdio: 'inherit',
  });
  writeFileSync(stampFile, `${want}\n`);
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureDemo(process.argv.includes('--force'));
}
