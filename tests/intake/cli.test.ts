import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { workbookBytes } from '../../electron/intake/template';
import { makeCity, toCsv, toFill } from './fixture-city';

const BIN = resolve('bin/baperjakat.mjs');
const dir = mkdtempSync(join(tmpdir(), 'intake-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const STRONG = 'kopi-hujan-layang-tujuh';

function cli(args: string[], opts: { env?: Record<string, string>; input?: string } = {}) {
  const env = { ...process.env, ...opts.env };
  if (!opts.env?.BAPERJAKAT_PASSPHRASE) delete env.BAPERJAKAT_PASSPHRASE;
  const r = spawnSync(process.execPath, [BIN, ...args], { env, input: opts.input ?? '', encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npx baperjakat seal / inspect', () => {
  it('seals a workbook with the passphrase from the environment, and inspect shows format, KDF and counts', async () => {
    const src = join(dir, 'isi.xlsx');
    writeFileSync(src, await workbookBytes(toFill(makeCity({ pegawai: 10 }))));
    const out = join(dir, 'dataset.bpj');
    const s = cli(['seal', src, '-o', out, '--kdf-log2n', '10', '--hari-ini', '2026-11-23'], { env: { BAPERJAKAT_PASSPHRASE: STRONG } });
    expect(s.err).toBe('');
    expect(s.code).toBe(0);
    expect(s.out).toMatch(/Tersegel: .*dataset\.bpj .*10 pegawai/);
    expect(s.out).toMatch(/Pegawai\s+10\s+10\s+0/);

    const i = cli(['inspect', out], { input: `${STRONG}\n` });
    expect(i.code).toBe(0);
    expect(i.out).toMatch(/Format\s+versi 1, jenis dataset/);
    expect(i.out).toMatch(/KDF\s+scrypt N=2\^10 \(1024\), r=8, p=1/);
    expect(i.out).toMatch(/pegawai\s+10\n/);
    expect(i.out).toMatch(/skp\s+20\n/);
    expect(i.out).toMatch(/Jejak audit\s+1 entri, rantai utuh/);

    const wrong = cli(['inspect', out], { input: 'salah-sekali-sandinya\n' });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/Frasa sandi salah/);
  });

  it('seals a folder of CSV files with the passphrase from stdin', () => {
    const folder = join(dir, 'csv');
    mkdirSync(folder);
    for (const [name, rows] of Object.entries(makeCity({ pegawai: 4 }))) writeFileSync(join(folder, `${name}.csv`), toCsv(name as any, rows!, ';'));
    const out = join(dir, 'csv.bpj');
    const s = cli(['seal', folder, '-o', out, '--kdf-log2n', '10', '--hari-ini', '2026-11-23'], { input: `${STRONG}\n` });
    expect(s.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('exits 1 with the problem report on bad rows, writing nothing', async () => {
    const city = makeCity({ pegawai: 3 });
    city.Pegawai![1]!.golongan = 'III/z';
    const src = join(dir, 'salah.xlsx');
    writeFileSync(src, await workbookBytes(toFill(city)));
    const out = join(dir, 'tidak.bpj');
    const report = join(dir, 'masalah.xlsx');
    const s = cli(['seal', src, '-o', out, '--laporan', report, '--hari-ini', '2026-11-23'], { env: { BAPERJAKAT_PASSPHRASE: STRONG } });
    expect(s.code).toBe(1);
    expect(s.err).toMatch(/Pegawai baris 4, kolom Golongan \("III\/z"\): Nilai tidak ada dalam daftar/);
    expect(s.err).toMatch(/Tidak disegel: \d+ masalah/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(report)).toBe(true);
  });

  it('exits 1 on a weak passphrase and on a hostile file; 2 on usage errors; never takes a passphrase from argv', async () => {
    const src = join(dir, 'ok.xlsx');
    writeFileSync(src, await workbookBytes(toFill(makeCity({ pegawai: 2 }))));
    const weak = cli(['seal', src, '-o', join(dir, 'lemah.bpj'), '--hari-ini', '2026-11-23'], { env: { BAPERJAKAT_PASSPHRASE: 'bengkulu2026' } });
    expect(weak.code).toBe(1);
    expect(weak.err).toMatch(/minimal 12 karakter/);
    expect(existsSync(join(dir, 'lemah.bpj'))).toBe(false);

    writeFileSync(join(dir, 'foto.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    const hostile = cli(['seal', join(dir, 'foto.jpg'), '-o', join(dir, 'x.bpj')], { env: { BAPERJAKAT_PASSPHRASE: STRONG } });
    expect(hostile.code).toBe(1);
    expect(hostile.err).toMatch(/bukan lembar kerja/);

    expect(cli(['seal', src]).code).toBe(2);
    const argv = cli(['seal', src, '-o', join(dir, 'y.bpj'), '--passphrase', STRONG]);
    expect(argv.code).toBe(2);
    expect(argv.err).toMatch(/tidak boleh diberikan lewat argumen/);
  });
});
