import { afterEach, describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, redact } from '../../electron/app/log';
import { handleRenderGone, installCrashHandlers } from '../../electron/app/log-crash';

const dirs: string[] = [];
const tempDir = () => { const d = mkdtempSync(join(tmpdir(), 'bpj-log-')); dirs.push(d); return d; };
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe('log', () => {
  it('redacts NIPs (plain and grouped), names with titles, e-mail and other long digit runs', () => {
    const line = redact('gagal memuat Dr. H. Arif Gunadi, S.E., M.Si. (197001011995031001), NIP 19850312 201001 1 004, ' +
      'surel siti@contoh.go.id, telp 081234567890; ipc dataset:open 12ms');
    expect(line).not.toMatch(/Arif|Gunadi|197001011995031001|19850312|081234567890|siti@/);
    expect(line).toContain('ipc dataset:open 12ms');
  });

  it('pins the exact redacted form of a NIP, plain, grouped or dotted', () => {
    expect(redact('NIP 198503122010011004 ditolak')).toBe('NIP [angka] ditolak');
    expect(redact('NIP 19850312 201001 1 004 ditolak')).toBe('NIP [angka] ditolak');
    expect(redact('NIP 19850312-201001-1-004;')).toBe('NIP [angka];');
    expect(redact('baris 12, kolom 3')).toBe('baris 12, kolom 3');
  });

  it('rotates by size and keeps only the configured number of old files', () => {
    const dir = tempDir();
    const log = createLogger({ dir, maxBytes: 200, keep: 2 });
    for (let i = 0; i < 30; i++) log.info(`baris ${'x'.repeat(40)} nomor-${i}`);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['baperjakat.log', 'baperjakat.log.1', 'baperjakat.log.2']);
    for (const f of files) expect(readFileSync(join(dir, f)).length).toBeLessThanOrEqual(200);
    expect(readFileSync(log.path, 'utf8')).toContain('nomor-29');
  });

  it('uncaughtException and unhandledRejection reach the log (redacted) and a dialog naming the log file', () => {
    const dir = tempDir();
    const log = createLogger({ dir });
    const proc = new EventEmitter();
    const dialogs: string[] = [];
    const exits: number[] = [];
    installCrashHandlers(proc, { log, showError: (_t, body) => dialogs.push(body), exit: (c) => exits.push(c) });
    proc.emit('uncaughtException', new Error('pegawai Siti Rahmawati 198503122010012004 tidak ditemukan'));
    proc.emit('unhandledRejection', new TypeError('tak terduga'));
    expect(exits).toEqual([1]);
    expect(dialogs).toHaveLength(2);
    for (const d of dialogs) expect(d).toContain(log.path);
    expect(dialogs[0]).toMatch(/ditutup/);
    const text = readFileSync(log.path, 'utf8');
    expect(text).toMatch(/uncaughtException/);
    expect(text).toMatch(/unhandledRejection TypeError: tak terduga/);
    expect(text).not.toMatch(/Siti|Rahmawati|198503122010012004/);
  });

  it('a crashed renderer is logged, reported and reloaded; a clean exit is only logged', () => {
    const dir = tempDir();
    const log = createLogger({ dir });
    const dialogs: string[] = [];
    let reloads = 0;
    const hooks = { log, showError: (_t: string, b: string) => dialogs.push(b), exit: () => {} };
    handleRenderGone({ reason: 'clean-exit', exitCode: 0 }, hooks, () => reloads++);
    handleRenderGone({ reason: 'crashed', exitCode: 139 }, hooks, () => reloads++);
    expect(reloads).toBe(1);
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]).toContain(log.path);
    expect(readFileSync(log.path, 'utf8')).toMatch(/reason=crashed exitCode=139/);
  });

  it('a log folder that cannot be made (a file is in the way) does not throw', () => {
    const dir = tempDir();
    const log = createLogger({ dir });
    log.info('pertama');
    expect(() => createLogger({ dir: join(log.path, 'sub') }).error('x')).not.toThrow();
    expect(existsSync(join(log.path, 'sub'))).toBe(false);
  });
});
