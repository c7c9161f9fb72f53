import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoWorkingCopy } from '../../electron/dataset/demo-copy';
import { journalPath } from '../../electron/dataset/journal';

describe('demo working copy', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('copies once, keeps what was recorded on the copy, replaces it only when the shipped demo changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpj-democopy-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'resources'));
    const shipped = join(dir, 'resources', 'demo.bpj');
    const userData = join(dir, 'user');
    writeFileSync(shipped, 'versi-1');

    const copy = demoWorkingCopy(shipped, userData);
    expect(copy.startsWith(userData)).toBe(true);
    expect(readFileSync(copy, 'utf8')).toBe('versi-1');

    // Acts recorded on the copy survive the next opening.
    writeFileSync(copy, 'versi-1 + tindakan sidang');
    writeFileSync(journalPath(copy), 'jurnal');
    expect(demoWorkingCopy(shipped, userData)).toBe(copy);
    expect(readFileSync(copy, 'utf8')).toBe('versi-1 + tindakan sidang');
    expect(existsSync(journalPath(copy))).toBe(true);

    // A new app version ships a new demo: the copy is replaced, its old journal removed.
    writeFileSync(shipped, 'versi-2');
    expect(demoWorkingCopy(shipped, userData)).toBe(copy);
    expect(readFileSync(copy, 'utf8')).toBe('versi-2');
    expect(existsSync(journalPath(copy))).toBe(false);
    expect(readFileSync(shipped, 'utf8')).toBe('versi-2');
  });
});
