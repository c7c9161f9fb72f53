import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { bursaCommand } from '../../electron/cli/commands/bursa';
import { UsageError, type CliIo } from '../../electron/cli/types';
import { TEST_PASSPHRASE, sealToTempFile } from '../support/dataset-context';
import { smallCity } from './fixture';

let file: { dir: string; path: string };
beforeAll(async () => { file = await sealToTempFile(await smallCity()); });
afterAll(() => rmSync(file.dir, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const cli: CliIo = { out: (l) => out.push(l), err: (l) => out.push(l), secret: async () => TEST_PASSPHRASE };
  return { out, cli };
}

describe('baperjakat bursa', () => {
  it('lists pools and prints a pool ranking with the ineligible apart and their reasons', async () => {
    const a = io();
    expect(await bursaCommand.run([file.path, '--tanggal', '2026-11-23'], a.cli)).toBe(0);
    expect(a.out.join('\n')).toMatch(/J-LURAH\s+Lurah Penurunan\s+III\.b\s+lowong\s+5 \(3\/1\/1\)/);
    const b = io();
    expect(await bursaCommand.run([file.path, '--jabatan', 'J-LURAH', '--tanggal', '2026-11-23'], b.cli)).toBe(0);
    const text = b.out.join('\n');
    expect(text).toMatch(/^1\s+Ani Lestari/m);
    expect(text).toContain('Tidak memenuhi syarat (2):');
    expect(text).toContain('Golongan III/b lebih rendah dari batas III/c.');
    expect(text).toContain('12 hari kerja berturut-turut');
  });
  it('refuses bad usage and an unknown post', async () => {
    await expect(bursaCommand.run([], io().cli)).rejects.toBeInstanceOf(UsageError);
    await expect(bursaCommand.run([file.path, '--tanggal', '23-11-2026'], io().cli)).rejects.toBeInstanceOf(UsageError);
    await expect(bursaCommand.run([file.path, '--jabatan', 'NOPE'], io().cli)).rejects.toMatchObject({ code: 'JABATAN_TIDAK_ADA' });
  });
});
