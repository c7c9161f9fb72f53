import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { closeBrowser, launchApp, type HarnessApp, unlockFromScreen } from './harness';
import { DEMO_PASSPHRASE } from '../../electron/demo';
import { OpenDataset } from '../../electron/dataset/open-dataset';
import { loadAllProfiles } from '../../electron/intake/all-profiles';
import { workbookBytes } from '../../electron/intake/template';
import { domainToRows } from '../../shared/intake/to-rows';
import type { ProfilPegawai } from '../../shared/domain/pegawai';
import { toFill } from '../intake/fixture-city';

/** Issue 13: a newer export of the demo's ASN (two changed, one new, one gone) is diffed, then applied as one audited act. */
describe('intake: update the master data of an open dataset', () => {
  let app: HarnessApp;
  const tmp = mkdtempSync(join(tmpdir(), 'bpj-e2e-perbarui-'));
  const copy = join(tmp, 'demo-salinan.bpj');
  let changed: ProfilPegawai[] = [];
  let gone: ProfilPegawai;

  beforeAll(async () => {
    copyFileSync(resolve('resources/demo.bpj'), copy);
    app = await launchApp({ now: () => new Date('2026-12-01T09:00:00Z') });
    await unlockFromScreen(app, copy, DEMO_PASSPHRASE);
  });
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
    rmSync(tmp, { recursive: true, force: true });
  });

  /** The export SIASN would give a month later: the demo's ASN with their SKP, two changed, one retired, one hired. */
  async function newerExport(): Promise<string> {
    const ds = await OpenDataset.openFile(copy, DEMO_PASSPHRASE, { readOnly: true });
    const people = [...loadAllProfiles(ds.db).values()];
    // A gone ASN who still has an open request: the diff names it.
    const withRequest = ds.db.value<string>("SELECT nip FROM permohonan WHERE status IN ('diajukan', 'diverifikasi') ORDER BY id LIMIT 1")!;
    ds.close();
    gone = people.find((p) => p.nip === withRequest)!;
    const rest = people.filter((p) => p !== gone);
    changed = [{ ...rest[0]!, golongan: rest[0]!.golongan === 'IV/a' ? 'IV/b' : 'IV/a' }, { ...rest[1]!, alamat: 'Jl. Sudirman No. 12' }];
    const hired: ProfilPegawai = { ...rest[2]!, nip: '199503142020122001', nama: 'Anisa Putri Lestari', gelarDepan: '', gelarBelakang: 'S.Ak.', jabatanId: null, namaJabatan: 'Analis Keuangan', skp: [], diklat: [], disiplin: [], ketidakhadiran: [], kompetensi: {} };
    const pegawai = [changed[0]!, changed[1]!, ...rest.slice(2), hired];
    const rows = domainToRows({ units: [], jabatan: [], pegawai, permohonan: [], targets: [] });
    const src = join(tmp, 'ekspor-siasn-desember.xlsx');
    writeFileSync(src, await workbookBytes(toFill({ Pegawai: rows.Pegawai!, SKP: rows.SKP! } as never)));
    return src;
  }

  it('shows the diff with counts and tabs, then applies it and shows the audit entry number', async () => {
    const src = await newerExport();
    await app.page.getByTestId('nav-intake').click();
    await app.page.getByText('Perbarui data induk').click();
    app.openDialogAnswers.push(src);
    await app.page.getByTestId('intake-choose').click();
    await expect.poll(() => app.page.getByTestId('intake-path').textContent()).toBe(basename(src));
    await app.page.getByTestId('intake-check').click();
    await app.page.getByTestId('update-diff').waitFor({ timeout: 60_000 });
    expect(await app.page.getByTestId('update-counts').textContent()).toMatch(/^1 baru, 2 berubah \(2 kolom\), 1 keluar, \d+ tetap\.$/);
    const table = (await app.page.getByTestId('diff-table-berubah').textContent()) ?? '';
    expect(table).toContain('Golongan');
    expect(table).toContain(changed[0]!.golongan);
    expect(table).toContain('Jl. Sudirman No. 12');
    await app.page.getByTestId('update-diff').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await app.screenshot('master-update-01-diff');

    await app.page.getByTestId('diff-tab-keluar').click();
    await app.page.getByTestId('diff-table-keluar').waitFor();
    expect(await app.page.getByTestId('diff-table-keluar').textContent()).toMatch(/Permohonan \S+ masih terbuka/);
    expect(await app.page.getByTestId('update-gone-warning').isVisible()).toBe(true);
    await app.page.getByTestId('diff-tab-baru').click();
    expect(await app.page.getByTestId('diff-table-baru').textContent()).toContain('Anisa Putri Lestari');

    await app.page.getByTestId('update-apply').click();
    await app.page.getByTestId('update-confirm').click();
    await app.page.getByTestId('update-result').waitFor({ timeout: 60_000 });
    const db = app.ctx.current!.db;
    const seq = db.value<number>("SELECT seq FROM audit_log WHERE action = 'intake.perbarui'")!;
    expect(await app.page.getByTestId('update-result').textContent()).toContain(`#${seq}`);
    expect(db.first('SELECT status_kepegawaian, tanggal_keluar FROM pegawai WHERE nip = ?', [gone.nip])).toEqual({ status_kepegawaian: 'keluar', tanggal_keluar: '2026-12-01' });
    expect(db.value('SELECT alamat FROM pegawai WHERE nip = ?', [changed[1]!.nip])).toBe('Jl. Sudirman No. 12');
    await app.screenshot('master-update-02-applied');
  });
});
