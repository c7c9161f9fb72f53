import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../../electron/dataset/database';
import { migrate } from '../../electron/dataset/migrations';
import { OpenDataset } from '../../electron/dataset/open-dataset';
import { loadJabatan, loadPermohonan, loadProfil, loadTargets } from '../../electron/dataset/repository';
import { verifyChain } from '../../electron/audit/audit-log';
import { checkSource } from '../../electron/intake/intake-service';
import { sealNewDataset } from '../../electron/intake/seal-dataset';
import { writeImport } from '../../electron/intake/import-writer';
import { workbookBytes } from '../../electron/intake/template';
import { contextWithDataset, TEST_KDF } from '../support/dataset-context';
import { fileHandles } from '../../electron/app/file-handles';
import type { AppContext } from '../../electron/app/context';

/** The handle main's open dialog would give for `path`. */
const chosen = (ctx: AppContext, path: string) => fileHandles(ctx).issue(path, 'sumber-impor').handle;
import { makeCity, nipFor, toFill, type KeyedFill } from './fixture-city';

const TODAY = '2026-11-23';
const STRONG = 'kopi-hujan-layang-tujuh';
const dirs: string[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'intake-import-'));
  dirs.push(d);
  return d;
}
async function xlsx(city: KeyedFill, dir = tmp(), name = 'isi.xlsx'): Promise<string> {
  const p = join(dir, name);
  writeFileSync(p, await workbookBytes(toFill(city)));
  return p;
}

describe('sealing a new dataset', () => {
  it('writes a .bpj that opens with the passphrase and holds exactly what the sheets said', async () => {
    const city = makeCity({ pegawai: 12 });
    const src = await xlsx(city);
    const checked = await checkSource(src, { today: TODAY });
    expect(checked.result.problems).toEqual([]);
    const out = join(tmp(), 'baru.bpj');
    const { counts } = await sealNewDataset(checked.result.data, {
      outPath: out, passphrase: STRONG, kdf: TEST_KDF, at: '2026-11-23T09:00:00.000Z', actor: 'uji', berkas: checked.berkas, sha256: checked.sha256,
    });
    expect(counts).toMatchObject({ pegawai: 12, jabatan: city.Jabatan!.length, unit_kerja: city.UnitKerja!.length, permohonan: 1, target: 2 });
    expect(readFileSync(out).includes(Buffer.from(nipFor(0)))).toBe(false);

    const ds = await OpenDataset.openFile(out, STRONG);
    cleanups.push(() => ds.close());
    const p0 = loadProfil(ds.db, nipFor(0))!;
    const row = city.Pegawai![0]!;
    expect(p0).toMatchObject({
      nama: row.nama, golongan: row.golongan, unitId: row.unitId, telepon: row.telepon, potensi: row.potensi, domisili: { lat: row.lat, lon: row.lon },
    });
    expect(p0.skp).toEqual([{ tahun: 2024, predikat: 'Baik' }, { tahun: 2025, predikat: 'Sangat Baik' }]);
    expect(p0.diklat).toEqual([{ jenis: 'PKP', tahun: 2020 }]);
    expect(p0.ketidakhadiran).toEqual([{ mulai: '2024-02-05', selesai: '2024-02-07', hariKerja: 3, alasanSah: true, keterangan: 'Sakit' }]);
    expect(loadJabatan(ds.db, 'J-KABID-1')).toMatchObject({ level: 'III.a', minGolongan: 'III/d', standarKompetensi: { integritas: 3, kerjasama: 3 } });
    expect(loadPermohonan(ds.db, 'P-1')).toMatchObject({ nip: nipFor(0), pilihan: ['J-KASI-1'], tanggal: '2025-07-02', tanggalPakta: '2025-07-03' });
    expect(loadTargets(ds.db, nipFor(0), 'P-1').baru).toEqual([expect.objectContaining({ id: 'T-1-1', tenggat: '2026-12-31', denganPakta: true })]);
    const audit = ds.db.all<{ action: string; payload: string }>('SELECT action, payload FROM audit_log');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.action).toBe('intake.impor');
    expect(audit[0]!.payload).not.toContain(nipFor(0));
    expect(verifyChain(ds.db).valid).toBe(true);
  });

  it('refuses a weak passphrase and keeps a file already at the target as .bak1', async () => {
    const { result } = await checkSource(await xlsx(makeCity({ pegawai: 2 })), { today: TODAY });
    const out = join(tmp(), 'd.bpj');
    const base = { outPath: out, kdf: TEST_KDF, at: 'x', actor: 'uji', berkas: 'b', sha256: 'c' };
    await expect(sealNewDataset(result.data, { ...base, passphrase: 'bengkulu2026' })).rejects.toMatchObject({ code: 'FRASA_SANDI_TERLALU_LEMAH' });
    expect(existsSync(out)).toBe(false);
    writeFileSync(out, 'versi lama');
    await sealNewDataset(result.data, { ...base, passphrase: STRONG });
    expect(readFileSync(`${out}.bak1`, 'utf8')).toBe('versi lama');
  });
});

describe('all-or-nothing', () => {
  it('rolls back every row when one insert fails half-way', async () => {
    const { result } = await checkSource(await xlsx(makeCity({ pegawai: 5 })), { today: TODAY });
    const db = await Database.create();
    migrate(db);
    // Sabotage the last step: a target pointing at a request that does not exist.
    result.data.target[0]!.permohonanId = 'P-HILANG';
    expect(() => writeImport(db, result.data, { at: 'x', actor: 'uji', berkas: 'b', sha256: 'c' })).toThrow();
    for (const t of ['pegawai', 'jabatan', 'unit_kerja', 'skp', 'permohonan', 'target', 'audit_log']) {
      expect(db.value(`SELECT COUNT(*) FROM ${t}`)).toBe(0);
    }
    db.close();
  });
});

describe('through IPC: a new version of the open dataset', () => {
  async function openWithCity() {
    const base = makeCity({ pegawai: 6 });
    const { result } = await checkSource(await xlsx(base), { today: TODAY });
    const db = await Database.create();
    migrate(db);
    writeImport(db, result.data, { at: 'x', actor: 'uji', berkas: 'b', sha256: 'c' });
    const t = await contextWithDataset(db, { now: () => new Date('2026-11-23T10:00:00Z') });
    db.close();
    cleanups.push(t.cleanup);
    return t;
  }

  /** New requests for people already in the dataset: only Permohonan and Target sheets. */
  function newRequests(): KeyedFill {
    return {
      Permohonan: [{ id: 'P-BARU', nip: nipFor(4), tanggal: '10/11/2026', pilihan1: 'J-KABID-1', pilihan2: null, pilihan3: null, kategoriAlasan: 'pengembangan_karir', alasan: 'Siap memimpin bidang', paktaDitandatangani: 'Ya', tanggalPakta: '10/11/2026', status: null }],
      Target: [{ id: 'T-BARU', nip: nipFor(4), permohonanId: 'P-BARU', indikator: 'Waktu layanan izin', nilaiTarget: 3, satuan: 'hari', tenggat: '30 Juni 2027', realisasi: null, tanggalRealisasi: null, catatanBukti: '', denganPakta: 'Ya' }],
      SKP: [{ nip: nipFor(4), tahun: 2026, predikat: 'Sangat Baik' }],
    };
  }

  it('checks against the dataset, writes nothing until confirmed, then saves with the old file as .bak1', async () => {
    const { call, ctx, path } = await openWithCity();
    const before = readFileSync(path);
    const src = await xlsx(newRequests());
    const preview = await call('intake:check', { file: chosen(ctx, src), tujuan: 'versi' });
    expect(preview).toMatchObject({ canImport: true, totalProblems: 0, counts: { permohonan: 1, target: 1, rincian: 1 } });
    expect(ctx.dataset().db.value("SELECT COUNT(*) FROM permohonan WHERE id = 'P-BARU'")).toBe(0);
    expect(readFileSync(path).equals(before)).toBe(true);

    const done = await call('intake:importIntoOpen', { token: preview.token });
    expect(done).toMatchObject({ path, backupPath: `${path}.bak1`, counts: { permohonan: 1, target: 1 } });
    expect(readFileSync(`${path}.bak1`).equals(before)).toBe(true);
    const reopened = await OpenDataset.openFile(path, 'uji-baperjakat');
    cleanups.push(() => reopened.close());
    expect(loadPermohonan(reopened.db, 'P-BARU')).toMatchObject({ nip: nipFor(4), pilihan: ['J-KABID-1'] });
    expect(loadProfil(reopened.db, nipFor(4))!.skp.map((s) => s.tahun)).toEqual([2024, 2025, 2026]);
    expect(reopened.db.value("SELECT COUNT(*) FROM audit_log WHERE action = 'intake.impor'")).toBe(2);
    // The token is spent.
    await expect(call('intake:importIntoOpen', { token: preview.token })).rejects.toMatchObject({ code: 'IMPOR_KEDALUWARSA' });
  });

  it('refuses to import while problems remain, and after the file changed', async () => {
    const { call, ctx } = await openWithCity();
    const dir = tmp();
    const bad = newRequests();
    bad.Permohonan![0]!.nip = nipFor(0); // duplicate of nothing, but SKP 2024 for nipFor(0) already exists:
    bad.SKP![0] = { nip: nipFor(0), tahun: 2024, predikat: 'Baik' };
    const src = await xlsx(bad, dir);
    const preview = await call('intake:check', { file: chosen(ctx, src), tujuan: 'versi' });
    expect(preview.canImport).toBe(false);
    expect(preview.problems).toContainEqual(expect.objectContaining({ sheet: 'SKP', code: 'DUPLIKAT_DATASET' }));
    expect(preview.problems).toContainEqual(expect.objectContaining({ sheet: 'Target', column: 'NIP', code: 'NIP_TARGET_BEDA' }));
    await expect(call('intake:importIntoOpen', { token: preview.token })).rejects.toMatchObject({ code: 'IMPOR_ADA_MASALAH' });
    expect(ctx.dataset().db.value("SELECT COUNT(*) FROM permohonan WHERE id = 'P-BARU'")).toBe(0);

    const good = await xlsx(newRequests(), dir, 'baik.xlsx');
    const ok = await call('intake:check', { file: chosen(ctx, good), tujuan: 'versi' });
    writeFileSync(good, Buffer.concat([readFileSync(good), Buffer.from(' ')]));
    await expect(call('intake:importIntoOpen', { token: ok.token })).rejects.toMatchObject({ code: 'IMPOR_BERKAS_BERUBAH' });
  });

  it('never imports into the shipped demo dataset', async () => {
    const t = await openWithCity();
    Object.defineProperty(t.ctx.current!, 'isDemo', { value: true });
    const src = await xlsx(newRequests());
    await expect(t.call('intake:check', { file: chosen(t.ctx, src), tujuan: 'versi' })).rejects.toMatchObject({ code: 'IMPOR_KE_DEMO' });
    expect((await t.call('intake:check', { file: chosen(t.ctx, src), tujuan: 'baru' })).canImport).toBe(false); // people are not in this file
  });

  it('saves the problem list and seals a new dataset through the save dialog', async () => {
    const t = await openWithCity();
    const answers: string[] = [];
    t.ctx.platform.chooseSaveFile = async () => answers.shift() ?? null;
    const dir = tmp();
    const wrong = makeCity({ pegawai: 3 });
    wrong.Pegawai![0]!.golongan = 'III/z';
    const preview = await t.call('intake:check', { file: chosen(t.ctx, await xlsx(wrong, dir)), tujuan: 'baru' });
    expect(preview.sheets.find((s) => s.sheet === 'Pegawai')).toMatchObject({ accepted: 2, rejected: 1 });
    answers.push(join(dir, 'masalah.xlsx'));
    expect(await t.call('intake:saveProblems', { token: preview.token })).toEqual({ path: join(dir, 'masalah.xlsx') });
    expect(readFileSync(join(dir, 'masalah.xlsx')).subarray(0, 2).toString()).toBe('PK');

    const fixed = await t.call('intake:check', { file: chosen(t.ctx, await xlsx(makeCity({ pegawai: 3 }), dir, 'benar.xlsx')), tujuan: 'baru' });
    await expect(t.call('intake:sealNew', { token: fixed.token, passphrase: STRONG, passphraseConfirm: `${STRONG}!` })).rejects.toMatchObject({ code: 'FRASA_SANDI_TIDAK_SAMA' });
    answers.push(t.path);
    await expect(t.call('intake:sealNew', { token: fixed.token, passphrase: 'bengkulu2026', passphraseConfirm: 'bengkulu2026' })).rejects.toMatchObject({ code: 'FRASA_SANDI_TERLALU_LEMAH' });
    expect(answers).toEqual([t.path]); // refused before the save dialog was shown
    await expect(t.call('intake:sealNew', { token: fixed.token, passphrase: STRONG, passphraseConfirm: STRONG })).rejects.toMatchObject({ code: 'SEGEL_TIMPA_DATASET_TERBUKA' });
    expect(await t.call('intake:sealNew', { token: fixed.token, passphrase: STRONG, passphraseConfirm: STRONG })).toEqual({ path: null, file: null, counts: null });
  }, 60_000);
});
