import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readFileOrThrow, writeFileAtomic } from './files';
import { journalPath } from './journal';

/**
 * The demo dataset ships read-only in resources/ (inside the installed app, often not writable):
 * sessions on it work on a copy in the user's data folder. The copy is kept between openings, so acts
 * recorded on the demo are still there next time, and replaced only when the app ships a new demo.
 */
export function demoWorkingCopy(shippedDemo: string, userDataDir: string): string {
  const dir = join(userDataDir, 'demo');
  const copy = join(dir, 'demo.bpj');
  const marker = `${copy}.sumber`;
  const shipped = readFileOrThrow(shippedDemo);
  const digest = createHash('sha256').update(shipped).digest('hex');
  let recorded: string | null = null;
  try {
    recorded = readFileSync(marker, 'utf8').trim();
  } catch {
    recorded = null;
  }
  if (existsSync(copy) && recorded === digest) return copy;
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(copy, shipped);
  // A journal of an earlier copy names other bytes and would be ignored; remove it anyway.
  rmSync(journalPath(copy), { force: true });
  writeFileSync(marker, `${digest}\n`);
  return copy;
}
