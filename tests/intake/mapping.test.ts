import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppContext } from '../../electron/app/context';
import { APP_EVENTS } from '../../electron/app/channel-names';
import { fileHandles } from '../../electron/app/file-handles';
import { JsonFileSettingsStore, nodePlatform } from '../../electron/app/node-platform';
import { createHandlers } from '../../electron/ipc/registry';
import { dispatch } from '../../electron/ipc/dispatch';
import { checkSource } from '../../electron/intake/intake-service';
import { workbookBytes } from '../../electron/intake/template';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/ipc/contract';
import { makeCity, nipFor, toFill, type KeyedRow } from './fixture-city';

const TODAY = '2026-11-23';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'intake-mapping-'));
  dirs.push(d);
  return d;
}

/** A context without a dataset, main's handlers behind dispatch, and the app events it sends. */
function app() {
  const dir = tmp();
  const events: { event: string; payload: unknown }[] = [];
  const platform = nodePlatform({ userDataDir: join(dir, 'userdata'), now: () => new Date(`${TODAY}T09:00:00Z`), actor: 'uji' });
  platform.sendEvent = (event, payload) => events.push({ event, payload });
  const ctx = new AppContext(platform, new JsonFileSettingsStore(join(dir, 'userdata', 'preferences.json')));
  const handlers = createHandlers(ctx);
  async function call<K extends ChannelName>(name: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> {
    const res = await dispatch(handlers, name, input, { validateOutput: true });
    if (!res.ok) throw Object.assign(new Error(res.error.message), { code: res.error.code });
    return res.value as ChannelOutput<K>;
  }
  const choose = (path: string) => fileHandles(ctx).issue(path, 'sumber-impor').handle;
  return { ctx, dir, call, choose, events };
}

/** What a SIMPEG of another vendor exports: its own column names, one sheet named after nothing. */
function simpegCsv(n: number): string {
  const city = makeCity({ pegawai: n });
  const head = 'NIP_BARU;NAMA_PEGAWAI;GOL;TMT_GOL;JABATAN;TMT_JAB;KODE_UNOR;PENDIDIKAN;ALAMAT_RUMAH;KEL;KEC;LINTANG;BUJUR';
  const row = (p: KeyedRow) => [p.nip, p.nama, p.golongan, p.tmtGolongan, p.namaJabatan, p.tmtJabatan, p.unitId, p.pendidikan, p.alamat, p.kelurahan, p.kecamatan, '-3,8', '102,26'].join(';');
  return [head, ...city.Pegawai!.map(row)].join('\r\n');
}
const SIMPEG_FIELDS: Record<string, string | null> = {
  NIP_BARU: 'nip', NAMA_PEGAWAI: 'nama', GOL: 'golongan', TMT_GOL: 'tmtGolongan', JABATAN: 'namaJabatan', TMT_JAB: 'tmtJabatan',
  KODE_UNOR: 'unitId', PENDIDIKAN: 'pendidikan', ALAMAT_RUMAH: 'alamat', KEL: 'kelurahan', KEC: 'kecamatan', LINTANG: 'lat', BUJUR: 'lon',
};

describe('column mapping through IPC', () => {
  it('suggests fields, checks with the mapping on screen, saves it by name and reuses it', async () => {
    const { call, choose, dir, ctx } = app();
    const src = join(tmp(), 'ekspor-simpeg.csv');
    writeFileSync(src, simpegCsv(25));
    const units = join(tmp(), 'UnitKerja.xlsx');
    writeFileSync(units, await workbookBytes(toFill({ UnitKerja: makeCity({ pegawai: 25 }).UnitKerja })));

    const { sheets } = await call('intake:inspect', { file: choose(src), profil: null });
    expect(sheets).toHaveLength(1);
    const s = sheets[0]!;
    expect(s).toMatchObject({ source: 'ekspor-simpeg', target: 'Pegawai', matches: false });
    expect(s.sample).toHaveLength(20);
    const byHeader = Object.fromEntries(s.suggestions.map((x) => [x.header, x]));
    // NIP_BARU and GOL by their values (18-digit NIPs, III/d), PENDIDIKAN by the template's own name.
    expect(byHeader.NIP_BARU).toMatchObject({ key: 'nip' });
    expect(byHeader.GOL).toMatchObject({ key: 'golongan' });
    expect(byHeader.PENDIDIKAN).toMatchObject({ key: 'pendidikan', by: 'nama' });

    const pemetaan = [{ source: s.source, target: 'Pegawai' as const, columns: s.headers.map((header) => ({ header, key: SIMPEG_FIELDS[header] ?? null })) }];
    // Without the mapping the export does not read as the template.
    const plain = await call('intake:check', { file: choose(src), tujuan: 'baru' });
    expect(plain.counts.pegawai).toBe(0);
    const mapped = await call('intake:check', { file: choose(src), tujuan: 'baru', pemetaan });
    expect(mapped.sheets).toContainEqual(expect.objectContaining({ sheet: 'Pegawai', rows: 25 }));
    expect(mapped.mapped[0]!.headers.slice(0, 2)).toEqual(['NIP', 'Nama']);
    expect(mapped.mapped[0]!.rows).toHaveLength(20);
    expect(mapped.mapped[0]!.rows[0]!.slice(0, 2)).toEqual([nipFor(0), 'Pegawai Nomor 1']);
    // Only the unit references are left: the units live in another file.
    expect(new Set(mapped.problems.map((p) => p.code))).toEqual(new Set(['RUJUKAN_TIDAK_ADA']));

    await call('intake:saveProfile', { nama: 'SIMPEG Dinas', pemetaan });
    expect(readdirSync(join(dir, 'userdata', 'profil-impor'))).toEqual(['simpegdinas.json']);
    expect((await call('intake:profiles', {})).profiles).toEqual([{ nama: 'SIASN', bawaan: true }, { nama: 'SIMPEG Dinas', bawaan: false }]);
    const again = await call('intake:check', { file: choose(src), tujuan: 'baru', profil: 'SIMPEG Dinas' });
    expect(again.mapped).toEqual(mapped.mapped);
    // With the profile the next export's suggestions come from it.
    const reread = await call('intake:inspect', { file: choose(src), profil: 'SIMPEG Dinas' });
    expect(reread.sheets[0]!.suggestions.find((x) => x.header === 'KEL')).toMatchObject({ key: 'kelurahan', by: 'profil' });

    await expect(call('intake:saveProfile', { nama: 'siasn', pemetaan })).rejects.toMatchObject({ code: 'PROFIL_IMPOR_BAWAAN' });
    await expect(call('intake:check', { file: choose(src), tujuan: 'baru', profil: 'Tidak Ada' })).rejects.toMatchObject({ code: 'PROFIL_IMPOR_TIDAK_ADA' });
    // The renderer never names a path: a profile name is only a name.
    await expect(call('intake:check', { file: choose(src), tujuan: 'baru', profil: join(ctx.platform.userDataDir, 'profil-impor', 'simpegdinas.json') }))
      .rejects.toMatchObject({ code: 'PROFIL_IMPOR_TIDAK_ADA' });
  });

  it('a template workbook needs no mapping', async () => {
    const { call, choose } = app();
    const src = join(tmp(), 'isi.xlsx');
    writeFileSync(src, await workbookBytes(toFill(makeCity({ pegawai: 4 }))));
    const { sheets } = await call('intake:inspect', { file: choose(src), profil: null });
    expect(sheets.filter((s) => s.sample.length > 0).every((s) => s.matches)).toBe(true);
  });
});

describe('progress and cancel', () => {
  it('sends rows read per sheet as an app event', async () => {
    const { call, choose, events } = app();
    const src = join(tmp(), 'isi.xlsx');
    writeFileSync(src, await workbookBytes(toFill(makeCity({ pegawai: 12 }))));
    await call('intake:check', { file: choose(src), tujuan: 'baru' });
    expect(events).toContainEqual({ event: APP_EVENTS.intakeProgress, payload: { sheet: 'Pegawai', rows: 14 } });
  });

  it('a cancelled check answers IMPOR_DIBATALKAN, stages nothing and writes nothing', async () => {
    const { call, choose, ctx } = app();
    const dir = tmp();
    const src = join(dir, 'isi.xlsx');
    writeFileSync(src, await workbookBytes(toFill(makeCity({ pegawai: 30 }))));
    // Cancel as soon as the first sheet reports progress, the way the page's button does mid-read.
    ctx.platform.sendEvent = () => void call('intake:cancelCheck', {});
    await expect(call('intake:check', { file: choose(src), tujuan: 'baru' })).rejects.toMatchObject({ code: 'IMPOR_DIBATALKAN' });
    expect(await call('intake:cancelCheck', {})).toEqual({ cancelled: false });
    expect(readdirSync(dir)).toEqual(['isi.xlsx']);
    expect(existsSync(join(ctx.platform.userDataDir, 'profil-impor'))).toBe(false);
  });

  it('stops between chunks of a long sheet, not only between sheets', async () => {
    const src = join(tmp(), 'besar.xlsx');
    writeFileSync(src, await workbookBytes(toFill({ Pegawai: makeCity({ pegawai: 6000 }).Pegawai })));
    const stop = new AbortController();
    const seen: [string, number][] = [];
    const run = checkSource(src, { today: TODAY, signal: stop.signal, progress: (sheet, rows) => { seen.push([sheet, rows]); if (rows >= 5000) stop.abort(); } });
    await expect(run).rejects.toMatchObject({ code: 'IMPOR_DIBATALKAN' });
    // The sheet's own final count (6,002 rows) and every later sheet never came.
    expect(seen.at(-1)).toEqual(['Pegawai', 5000]);
    expect(seen.filter(([sheet]) => sheet === 'Pegawai')).toHaveLength(1);
  });
});

describe('baperjakat seal and Ctrl-C', () => {
  it('stops the check cleanly on SIGINT: exit 130, a clear line, no output file', async () => {
    const { sealCommand } = await import('../../electron/cli/commands/seal');
    const dir = tmp();
    const src = join(dir, 'isi.xlsx');
    writeFileSync(src, await workbookBytes(toFill(makeCity({ pegawai: 30 }))));
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), secret: async () => 'kopi-hujan-layang-tujuh' };
    const running = sealCommand.run([src, '-o', join(dir, 'd.bpj'), '--hari-ini', TODAY, '--kdf-log2n', '10'], io);
    // What the terminal's Ctrl-C delivers; the command's own listener keeps the process alive.
    process.emit('SIGINT');
    expect(await running).toBe(130);
    expect(err).toEqual(['Dibatalkan (Ctrl-C). Tidak ada berkas yang ditulis.']);
    expect(readdirSync(dir)).toEqual(['isi.xlsx']);
    expect(process.listenerCount('SIGINT')).toBe(0);
  });
});
