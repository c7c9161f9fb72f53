import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, type HarnessApp } from './harness';
import { DEMO_PASSPHRASE } from '../../electron/demo/constants';
import { keyPostPlans, talentPool } from '../../electron/talent/service';

const TODAY = '2026-11-23';

/** Issue 16: the talent pool and the succession plans on the demo, in Bahasa Indonesia and English. */
describe('talent screen', () => {
  let app: HarnessApp;
  const tid = (id: string) => app.page.getByTestId(id);

  beforeAll(async () => {
    app = await launchApp({ now: () => new Date(`${TODAY}T03:00:00Z`), viewport: { width: 1400, height: 1000 } });
    await tid('passphrase').fill(DEMO_PASSPHRASE);
    await tid('open-demo').click();
    await tid('nav-talent').waitFor({ timeout: 30_000 });
  }, 90_000);
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
  });

  it('shows the pool with its 9-box counts and filters by jenjang', async () => {
    const db = app.ctx.dataset().db;
    await tid('nav-talent').click();
    await tid('talent-box-counts').waitFor({ timeout: 30_000 });
    const all = talentPool(db, { jenjang: null, rumpun: null }, TODAY);
    expect(await tid('talent-box-9').textContent()).toContain(String(all.perKotak[8]));
    expect(await tid('talent-pool-count').textContent()).toContain(String(all.anggota.length));
    await tid('talent-filter-jenjang').click();
    await app.page.getByRole('option', { name: 'Administrator' }).click();
    const adm = talentPool(db, { jenjang: 'administrator', rumpun: null }, TODAY);
    await expect.poll(() => tid('talent-pool-count').textContent()).toContain(`${adm.anggota.length} ASN`);
    await app.screenshot('talent-01-pool-id');
  });

  it('lists key posts with the vacant-without-ready flag and edits a plan (audited)', async () => {
    const db = app.ctx.dataset().db;
    await tid('talent-tab-suksesi').click();
    await tid('talent-key-posts').waitFor({ timeout: 30_000 });
    const flagged = keyPostPlans(db, null, TODAY).filter((p) => p.lowongTanpaSiap).length;
    expect(await tid('talent-flag-count').textContent()).toContain(String(flagged));
    const vacant = db.first<{ id: string; unit_id: string }>(
      "SELECT j.id, j.unit_id FROM rencana_suksesi r JOIN jabatan j ON j.id = r.jabatan_id WHERE j.status = 'lowong'",
    )!;
    await tid('talent-filter-unit').click();
    const unitNama = db.value<string>('SELECT nama FROM unit_kerja WHERE id = ?', [vacant.unit_id])!;
    await app.page.getByRole('option', { name: unitNama, exact: true }).click();
    const row = tid(`talent-post-${vacant.id}`);
    await row.getByTestId('talent-flag').waitFor();
    await app.screenshot('talent-02-plans-id');
    await row.getByRole('button').click();
    await tid('talent-plan-editor').waitFor();
    await app.screenshot('talent-03-editor-id');
    const before = db.value<number>("SELECT COUNT(*) FROM audit_log WHERE action = 'talent.rencana_suksesi'")!;
    await tid('talent-kesiapan-1').click();
    await app.page.getByRole('option', { name: 'Siap sekarang' }).click();
    await tid('talent-save-plan').click();
    await expect.poll(() => tid('talent-editor-msg').textContent()).toContain('jejak audit');
    expect(db.value<number>("SELECT COUNT(*) FROM audit_log WHERE action = 'talent.rencana_suksesi'")).toBe(before + 1);
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => row.getByTestId('talent-flag').count()).toBe(0);
    // The unit's Rencana Suksesi PDF through the save dialog.
    const path = join(tmpdir(), `rencana-suksesi-e2e-${process.pid}.pdf`);
    app.saveDialogAnswers.push(path);
    await tid('talent-save-pdf').click();
    await expect.poll(() => tid('talent-pdf-note').textContent(), { timeout: 30_000 }).toContain(path);
    expect(existsSync(path)).toBe(true);
  });

  it('speaks English in both views', async () => {
    await app.page.getByText('EN', { exact: true }).click();
    await app.page.getByText('Succession plans', { exact: true }).waitFor();
    await tid('talent-key-posts').waitFor();
    expect(await tid('talent-key-posts').textContent()).toContain('Successors');
    await app.screenshot('talent-04-plans-en');
    await tid('talent-tab-pool').click();
    await tid('talent-box-counts').waitFor({ timeout: 30_000 });
    expect(await tid('talent-box-counts').textContent()).toContain('9-box spread');
    await app.screenshot('talent-05-pool-en');
  });
});
