import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Database } from '../../electron/dataset/database';
import { OpenDataset } from '../../electron/dataset/open-dataset';
import { loadProfil } from '../../electron/dataset/repository';
import { insertPermohonan } from '../../electron/dataset/writer';
import { verifyChain } from '../../electron/audit/audit-log';
import { workbookBytes } from '../../electron/intake/template';
import { loadAllProfiles } from '../../electron/intake/all-profiles';
import { applyMasterUpdate, loadCurrentAsn } from '../../electron/intake/update-master';
import { composeFor } from '../../electron/documents/generate';
import { loadSessionRecord } from '../../electron/session/session-record';
import { fileHandles } from '../../electron/app/file-handles';
import type { AppContext } from '../../electron/app/context';
import { diffMaster } from '../../shared/intake/master-diff';
import { contextWithDataset, sealToTempFile, TEST_PASSPHRASE } from '../support/dataset-context';
import { buildSessionFixture } from '../documents/fixture';
import { toFill, type KeyedFill, type KeyedRow } from './fixture-city';

const dirs: string[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const chosen = (ctx: AppContext, path: string) => fileHandles(ctx).issue(path, 'sumber-impor').handle;

interface ExportRow extends KeyedRow {
  nip: string; nama: string; golongan: string; tmtGolongan: string; alamat: string; namaJabatan: string;
}

/** The dataset's ASN as an export would carry them: the Pegawai sheet by column key, and their SKP rows. */
function exportOf(db: Database): { Pegawai: ExportRow[]; SKP: KeyedRow[] } {
  const Pegawai: ExportRow[] = [];
  const SKP: KeyedRow[] = [];
  for (const p of loadAllProfiles(db).values()) {
    Pegawai.push({
      nip: p.nip, nama: p.nama, gelarDepan: p.gelarDepan, gelarBelakang: p.gelarBelakang, golongan: p.golongan, tmtGolongan: p.tmtGolongan,
      jabatanId: p.jabatanId, namaJabatan: p.namaJabatan, tmtJabatan: p.tmtJabatan, unitId: p.unitId, pendidikan: p.pendidikan,
      jurusan: p.jurusan, alamat: p.alamat, kelurahan: p.kelurahan, kecamatan: p.kecamatan, lat: p.domisili.lat, lon: p.domisili.lon,
      telepon: p.telepon, potensi: p.potensi,
    });
    for (const s of p.skp) SKP.push({ nip: p.nip, tahun: s.tahun, predikat: s.predikat });
  }
  return { Pegawai, SKP };
}

async function xlsx(fill: KeyedFill): Promise<string> {
  const d = mkdtempSync(join(tmpdir(), 'master-update-'));
  dirs.push(d);
  const p = join(d, 'ekspor-siasn.xlsx');
  writeFileSync(p, await workbookBytes(toFill(fill)));
  return p;
}

/** The session fixture (six applicants, one closed session) with SKP rows, and an open request for the sixth ASN. */
async function openFixture() {
  const { db, sidangId } = await buildSessionFixture(6);
  db.transaction(() => {
    // The fixture's first NIP ends in 000, which the intake check refuses as rounded by Excel: give it serial 100.
    db.run('PRAGMA defer_foreign_keys = ON');
    const old = db.value<string>("SELECT nip FROM pegawai WHERE nip LIKE '%000'")!;
    for (const table of ['pegawai', 'permohonan']) db.run(`UPDATE ${table} SET nip = ? WHERE nip = ?`, [`${old.slice(0, 15)}100`, old]);
    for (const p of loadAllProfiles(db).values()) db.run('INSERT INTO skp (nip, tahun, predikat) VALUES (?,?,?)', [p.nip, 2025, 'Baik']);
  }, { journal: false });
  const t = await contextWithDataset(db, { now: () => new Date('2026-12-01T08:00:00Z') });
  const exported = exportOf(db);
  db.close();
  cleanups.push(t.cleanup);
  return { ...t, sidangId, exported };
}

type Call = Awaited<ReturnType<typeof openFixture>>['call'];

async function checkUpdate(t: { call: Call; ctx: AppContext }, fill: KeyedFill) {
  const preview = await t.call('intake:check', { file: chosen(t.ctx, await xlsx(fill)), tujuan: 'perbarui' });
  return preview;
}

/** What a closed session shows and prints, without the audit head (it moves with every act). */
function closedSessionView(db: Database, sidangId: string) {
  const { auditHead: _head, ...record } = loadSessionRecord(db, sidangId);
  const hashes = (['berita-acara', 'rekomendasi', 'sk'] as const).map((k) => composeFor(db, k, sidangId).meta.contentHash);
  return { record, hashes, sk: JSON.stringify(composeFor(db, 'sk', sidangId).composed) };
}

describe('incremental update of the master data, through dispatch', () => {
  it('an unchanged re-export (re-typed: other case, spacing, date format) gives an empty diff', async () => {
    const t = await openFixture();
    const rows = t.exported.Pegawai.map((r, i) => ({
      ...r,
      nama: i === 0 ? `  ${String(r.nama).toUpperCase()}  ` : r.nama,
      alamat: i === 1 ? String(r.alamat).replace(' ', '   ') : r.alamat,
      tmtGolongan: String(r.tmtGolongan).split('-').reverse().join('-'),
    }));
    const preview = await checkUpdate(t, { Pegawai: rows, SKP: t.exported.SKP });
    expect(preview).toMatchObject({ tujuan: 'perbarui', canImport: true, totalProblems: 0 });
    const diff = await t.call('intake:diffWithOpen', { token: preview.token, jenis: 'berubah' });
    expect(diff.ringkasan).toEqual({ baru: 0, berubah: 0, keluar: 0, tetap: 6, kolom: 0, keluarDenganPeringatan: 0 });
    expect(diff.rincian).toEqual(['SKP']);
    // The template's other sheets are empty: nothing to say about them.
    expect(preview.warnings).toEqual([]);
  });

  it('reads only Pegawai and its child sheets, and says so for a unit row it skips', async () => {
    const t = await openFixture();
    const unit = { id: 'u-baru', nama: 'Dinas Baru', singkatan: 'DB', lat: -3.8, lon: 102.27 };
    const preview = await checkUpdate(t, { Pegawai: t.exported.Pegawai, UnitKerja: [unit] });
    expect(preview.totalProblems).toBe(0);
    expect(preview.warnings).toEqual([expect.stringMatching(/^Lembar "UnitKerja" .*tidak dipakai untuk memperbarui data induk/)]);
    expect(preview.counts.unit_kerja).toBe(0);
  });

  it('names new, changed (field by field) and gone ASN, with a warning for a gone ASN still in an open request', async () => {
    const t = await openFixture();
    const [a, b, , , , gone] = t.exported.Pegawai;
    const rows = t.exported.Pegawai.filter((r) => r !== gone).map((r) =>
      r === a ? { ...r, golongan: 'IV/a', tmtGolongan: '2026-10-01' } : r === b ? { ...r, alamat: 'Jl. Baru No. 9' } : r);
    rows.push({ ...a!, nip: '199001012015031001', nama: 'Pegawai Baru Sekali', jabatanId: null, namaJabatan: 'Pelaksana' });
    const skp = t.exported.SKP.filter((s) => s.nip !== gone!.nip).map((s) => (s.nip === b!.nip && s.tahun === 2025 ? { ...s, predikat: 'Sangat Baik' } : s));
    const preview = await checkUpdate(t, { Pegawai: rows, SKP: skp });
    expect(preview.totalProblems).toBe(0);

    const berubah = await t.call('intake:diffWithOpen', { token: preview.token, jenis: 'berubah' });
    expect(berubah.ringkasan).toMatchObject({ baru: 1, berubah: 2, keluar: 1, tetap: 3, kolom: 4, keluarDenganPeringatan: 1 });
    const byNip = new Map(berubah.baris.map((r) => [r.nip, r.perubahan]));
    expect(byNip.get(String(a!.nip))).toEqual([
      { field: 'golongan', label: 'Golongan', lama: String(a!.golongan), baru: 'IV/a' },
      { field: 'tmtGolongan', label: 'TMT Golongan', lama: '2020-04-01', baru: '2026-10-01' },
    ]);
    expect(byNip.get(String(b!.nip))).toEqual([
      { field: 'alamat', label: 'Alamat', lama: String(b!.alamat), baru: 'Jl. Baru No. 9' },
      { field: 'SKP', label: 'SKP', lama: '2025 Baik', baru: '2025 Sangat Baik' },
    ]);
    const keluar = await t.call('intake:diffWithOpen', { token: preview.token, jenis: 'keluar' });
    expect(keluar.baris).toEqual([{ nip: gone!.nip, nama: gone!.nama, perubahan: [], peringatan: [expect.stringMatching(/Permohonan p-5 masih terbuka/)] }]);
    const baru = await t.call('intake:diffWithOpen', { token: preview.token, jenis: 'baru', offset: 0, limit: 1 });
    expect(baru).toMatchObject({ total: 1, baris: [{ nip: '199001012015031001', nama: 'Pegawai Baru Sekali' }] });
    // Nothing is written by the check or the diff.
    expect(t.ctx.dataset().db.value("SELECT golongan FROM pegawai WHERE nip = ?", [a!.nip])).toBe(a!.golongan);
  });

  it('applies as one audited act: gone ASN kept and marked, closed session unchanged, chain verifies, file saved', async () => {
    const t = await openFixture();
    const db = () => t.ctx.dataset().db;
    const before = closedSessionView(db(), t.sidangId);
    const audits = db().value<number>('SELECT COUNT(*) FROM audit_log')!;
    const [a, b, , , , gone] = t.exported.Pegawai;
    const rows = t.exported.Pegawai.filter((r) => r !== gone).map((r) =>
      r === a ? { ...r, golongan: 'IV/a', namaJabatan: 'Kepala Seksi Lain' } : r === b ? { ...r, nama: 'Nama Sesudah Menikah' } : r);
    rows.push({ ...a!, nip: '199001012015031001', nama: 'Pegawai Baru Sekali', jabatanId: null, namaJabatan: 'Pelaksana' });
    const preview = await checkUpdate(t, { Pegawai: rows });
    await t.call('intake:diffWithOpen', { token: preview.token });
    const done = await t.call('intake:applyUpdate', { token: preview.token });
    expect(done).toMatchObject({ counts: { baru: 1, berubah: 2, keluar: 1, tetap: 3 }, backupPath: `${t.path}.bak1` });

    expect(db().value<number>('SELECT COUNT(*) FROM audit_log')).toBe(audits + 1);
    const entry = db().first<{ seq: number; action: string; payload: string }>('SELECT seq, action, payload FROM audit_log ORDER BY seq DESC LIMIT 1')!;
    expect(entry).toMatchObject({ seq: done.auditSeq, action: 'intake.perbarui' });
    const payload = JSON.parse(entry.payload);
    expect(payload).toMatchObject({ jumlah: done.counts, keluar: [gone!.nip], baru: ['199001012015031001'] });
    expect(payload.berubah).toContainEqual({ nip: a!.nip, kolom: [
      { kolom: 'golongan', lama: a!.golongan, baru: 'IV/a' }, { kolom: 'namaJabatan', lama: a!.namaJabatan, baru: 'Kepala Seksi Lain' },
    ] });
    expect(verifyChain(db()).valid).toBe(true);

    expect(loadProfil(db(), String(a!.nip))).toMatchObject({ golongan: 'IV/a', namaJabatan: 'Kepala Seksi Lain' });
    expect(db().first('SELECT status_kepegawaian, tanggal_keluar FROM pegawai WHERE nip = ?', [gone!.nip]))
      .toEqual({ status_kepegawaian: 'keluar', tanggal_keluar: '2026-12-01' });
    expect(loadProfil(db(), String(gone!.nip))?.nama).toBe(gone!.nama);
    expect(closedSessionView(db(), t.sidangId)).toEqual(before);

    const reopened = await OpenDataset.openFile(t.path, TEST_PASSPHRASE);
    cleanups.push(() => reopened.close());
    expect(reopened.db.value('SELECT COUNT(*) FROM pegawai')).toBe(7);
    expect(reopened.db.value("SELECT COUNT(*) FROM audit_log WHERE action = 'intake.perbarui'")).toBe(1);
    await expect(t.call('intake:applyUpdate', { token: preview.token })).rejects.toMatchObject({ code: 'IMPOR_KEDALUWARSA' });

    // The same export again: nothing left to change, and the gone ASN is not gone twice.
    const again = await checkUpdate(t, { Pegawai: rows });
    expect((await t.call('intake:diffWithOpen', { token: again.token })).ringkasan).toMatchObject({ baru: 0, berubah: 0, keluar: 0, tetap: 6 });
    // An ASN who reappears is active again.
    const back = await checkUpdate(t, { Pegawai: [...rows, gone!] });
    const backDiff = await t.call('intake:diffWithOpen', { token: back.token });
    expect(backDiff.baris).toEqual([expect.objectContaining({ nip: gone!.nip, perubahan: [{ field: 'status', label: 'Status', lama: 'keluar', baru: 'aktif' }] })]);
    await t.call('intake:applyUpdate', { token: back.token });
    expect(db().value('SELECT status_kepegawaian FROM pegawai WHERE nip = ?', [gone!.nip])).toBe('aktif');
  });

  it('writes nothing when the export has a refused row, has no Pegawai rows, or the apply fails half-way', async () => {
    const t = await openFixture();
    const db = t.ctx.dataset().db;
    const audits = db.value<number>('SELECT COUNT(*) FROM audit_log');
    const bad = t.exported.Pegawai.map((r, i) => (i === 0 ? { ...r, golongan: 'III/e' } : i === 1 ? { ...r, nama: 'Berubah' } : r));
    const refused = await checkUpdate(t, { Pegawai: bad });
    expect(refused.canImport).toBe(false);
    await expect(t.call('intake:diffWithOpen', { token: refused.token })).rejects.toMatchObject({ code: 'IMPOR_ADA_MASALAH' });
    await expect(t.call('intake:applyUpdate', { token: refused.token })).rejects.toMatchObject({ code: 'IMPOR_ADA_MASALAH' });

    const onlySkp = await checkUpdate(t, { SKP: t.exported.SKP });
    await expect(t.call('intake:applyUpdate', { token: onlySkp.token })).rejects.toMatchObject({ code: 'PERBARUAN_TANPA_PEGAWAI' });

    // A failure inside the transaction (a unit that does not exist, after other rows were already updated).
    const incoming = [...loadAllProfiles(db).values()].map((p, i) => (i === 0 ? { ...p, nama: 'Sudah Diubah' } : i === 3 ? { ...p, unitId: 'tidak-ada' } : p));
    const diff = diffMaster(loadCurrentAsn(db), incoming, new Set());
    expect(diff.berubah).toHaveLength(2);
    const snapshot = JSON.stringify([...loadAllProfiles(db).values()]);
    expect(() => applyMasterUpdate(db, diff, incoming, new Set(), { at: '2026-12-01T08:00:00Z', actor: 'uji', berkas: 'x', sha256: 'y' })).toThrow();
    expect(JSON.stringify([...loadAllProfiles(db).values()])).toBe(snapshot);
    expect(db.value('SELECT COUNT(*) FROM audit_log')).toBe(audits);
    expect(db.value('SELECT COUNT(*) FROM pemohon_beku')).toBe(0);
  });

  it('refuses to apply when the dataset no longer gives the diff that was shown', async () => {
    const t = await openFixture();
    const [a] = t.exported.Pegawai;
    const preview = await checkUpdate(t, { Pegawai: t.exported.Pegawai.map((r) => (r === a ? { ...r, golongan: 'IV/a' } : r)) });
    await t.call('intake:diffWithOpen', { token: preview.token });
    insertPermohonan(t.ctx.dataset().db, {
      id: 'p-lain', nip: String(a!.nip), tanggal: '2026-11-30', pilihan: ['j-baru-1'], kategoriAlasan: 'pengembangan_karir', alasan: 'x',
      paktaDitandatangani: false, tanggalPakta: null, status: 'diajukan',
    });
    t.ctx.dataset().db.run("UPDATE pegawai SET golongan = 'IV/a' WHERE nip = ?", [a!.nip]);
    await expect(t.call('intake:applyUpdate', { token: preview.token })).rejects.toMatchObject({ code: 'PERBARUAN_DATASET_BERUBAH' });
  });

  it('reads every profile as loadProfil does', async () => {
    const { db } = await buildSessionFixture(4);
    db.run("INSERT INTO skp (nip, tahun, predikat) SELECT nip, 2024, 'Baik' FROM pegawai");
    db.run("INSERT INTO kompetensi (nip, kode, level) SELECT nip, 'integritas', 3 FROM pegawai");
    for (const [nip, p] of loadAllProfiles(db)) expect(p).toEqual(loadProfil(db, nip));
    db.close();
  });

  it('npx baperjakat perbarui: --pratinjau prints the diff and writes nothing; without it, applies with the passphrase from stdin', async () => {
    const { db } = await buildSessionFixture(3);
    const sealed = await sealToTempFile(db);
    dirs.push(sealed.dir);
    const rows = exportOf(db).Pegawai;
    db.close();
    const src = await xlsx({ Pegawai: rows.slice(1).map((r, i) => (i === 0 ? { ...r, golongan: 'IV/a' } : r)) });
    const cli = (args: string[], opts: { env?: Record<string, string>; input?: string }) => {
      const env: Record<string, string | undefined> = { ...process.env, ...opts.env };
      if (!opts.env) delete env.BAPERJAKAT_PASSPHRASE;
      const r = spawnSync(process.execPath, [resolve('bin/baperjakat.mjs'), ...args], { env, input: opts.input ?? '', encoding: 'utf8', timeout: 120_000 });
      return { code: r.status, out: r.stdout, err: r.stderr };
    };
    const before = readFileSync(sealed.path);
    const dry = cli(['perbarui', sealed.path, src, '--pratinjau', '--hari-ini', '2026-12-01'], { env: { BAPERJAKAT_PASSPHRASE: TEST_PASSPHRASE } });
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/0 baru, 1 berubah \(1 kolom\), 1 keluar, 1 tetap/);
    expect(dry.out).toMatch(new RegExp(`Golongan: ${rows[1]!.golongan} → IV/a`));
    expect(dry.out).toContain(`Keluar (ditandai, tidak dihapus):\n  ${rows[0]!.nip}`);
    expect(readFileSync(sealed.path).equals(before)).toBe(true);

    const run = cli(['perbarui', sealed.path, src, '--hari-ini', '2026-12-01'], { input: `${TEST_PASSPHRASE}\n` });
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Diperbarui: entri jejak audit #\d+/);
    const ds = await OpenDataset.openFile(sealed.path, TEST_PASSPHRASE);
    cleanups.push(() => ds.close());
    expect(ds.db.value('SELECT golongan FROM pegawai WHERE nip = ?', [rows[1]!.nip])).toBe('IV/a');
    expect(ds.db.value('SELECT status_kepegawaian FROM pegawai WHERE nip = ?', [rows[0]!.nip])).toBe('keluar');
    expect(cli(['perbarui', sealed.path, src, '--passphrase', 'x'], {}).code).toBe(2);
  });
});
