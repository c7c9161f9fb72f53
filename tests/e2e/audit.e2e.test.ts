import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeBrowser, launchApp, type HarnessApp } from './harness';
import { DEMO_PASSPHRASE } from '../../electron/demo/constants';

/** Issue 5: audit verification screen, saving controls, and lock → unlock (wrong, then right). */
describe('audit trail and session safety', () => {
  let app: HarnessApp;
  const tmp = mkdtempSync(join(tmpdir(), 'bpj-e2e-audit-'));
  let nip = '';
  let nama = '';

  beforeAll(async () => {
    app = await launchApp();
    await app.page.getByTestId('passphrase').fill(DEMO_PASSPHRASE);
    await app.page.getByTestId('open-demo').click();
    await app.page.getByTestId('nav-audit').waitFor({ timeout: 30_000 });
    const someone = app.ctx.dataset().db.first<{ nip: string; nama: string }>('SELECT nip, nama FROM pegawai ORDER BY nip LIMIT 1')!;
    nip = someone.nip;
    nama = someone.nama;
  });
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('shows an intact chain, its head and the entries', async () => {
    await app.page.getByTestId('nav-audit').click();
    const status = app.page.getByTestId('audit-status');
    await status.waitFor();
    expect(await status.getAttribute('data-valid')).toBe('true');
    const head = await app.page.getByTestId('audit-head').textContent();
    expect(head?.trim()).toMatch(/^[0-9a-f]{64}$/);
    expect(await app.page.getByTestId('audit-table').textContent()).toContain('dataset.buka');
    await app.screenshot('audit-01-valid');

    // The head printed on paper: the current head matches "nothing cut off".
    await app.page.getByTestId('audit-head-input').fill(head!.trim());
    await app.page.getByTestId('audit-head-compare').click();
    await expect.poll(() => app.page.getByTestId('audit-head-result').textContent()).toContain('tidak ada entri yang terpotong');
  });

  it('points to exactly the entry whose byte was changed', async () => {
    const db = app.ctx.dataset().db;
    const payload = db.value<string>('SELECT payload FROM audit_log WHERE seq = 3')!;
    const changed = payload.slice(0, 2) + String.fromCharCode(payload.charCodeAt(2) ^ 1) + payload.slice(3);
    db.transaction(() => db.run('UPDATE audit_log SET payload = ? WHERE seq = 3', [changed]), { journal: false });
    await app.page.getByTestId('audit-verify').click();
    await expect.poll(() => app.page.getByTestId('audit-status').getAttribute('data-valid')).toBe('false');
    expect(await app.page.getByTestId('audit-first-broken').textContent()).toContain('#3');
    await app.page.getByTestId('audit-show-broken').click();
    const row = app.page.getByTestId('audit-row-3');
    await row.waitFor();
    expect(await row.getAttribute('data-broken')).toBe('true');
    expect(await app.page.locator('[data-broken]').count()).toBe(1);
    await row.scrollIntoViewIfNeeded();
    await app.screenshot('audit-02-broken-entry');
    db.transaction(() => db.run('UPDATE audit_log SET payload = ? WHERE seq = 3', [payload]), { journal: false });
  });

  it('names the table row whose vote was changed behind the chain\'s back', async () => {
    const db = app.ctx.dataset().db;
    const vote = db.first<{ agenda_item_id: string; anggota_id: string; pilihan: string }>('SELECT * FROM suara ORDER BY agenda_item_id, anggota_id LIMIT 1')!;
    const other = vote.pilihan === 'setuju' ? 'tidak_setuju' : 'setuju';
    const set = (p: string) => db.transaction(() => db.run('UPDATE suara SET pilihan = ? WHERE agenda_item_id = ? AND anggota_id = ?',
      [p, vote.agenda_item_id, vote.anggota_id]), { journal: false });
    set(other);
    await app.page.getByTestId('audit-verify').click();
    await expect.poll(() => app.page.getByTestId('audit-status').getAttribute('data-valid')).toBe('false');
    const problem = await app.page.getByTestId('audit-row-problem').textContent();
    expect(problem).toContain(`suara agenda_item_id=${vote.agenda_item_id}, anggota_id=${vote.anggota_id}`);
    expect(problem).toContain(`kolom pilihan berisi "${other}"`);
    await app.screenshot('audit-03-row-differs');
    set(vote.pilihan);
    await app.page.getByTestId('audit-verify').click();
    await expect.poll(() => app.page.getByTestId('audit-status').getAttribute('data-valid')).toBe('true');
  });

  it('saves now and saves elsewhere; the auto-lock delay is a setting', async () => {
    await app.page.getByTestId('dataset-save').click();
    await expect.poll(() => app.ctx.dataset().saveStatus().journalRecords).toBe(0);
    const target = join(tmp, 'salinan-sidang.bpj');
    app.saveDialogAnswers.push(target);
    await app.page.getByTestId('dataset-save-as').click();
    await expect.poll(() => app.page.getByTestId('save-message').textContent()).toContain(target);
    expect(existsSync(target)).toBe(true);
    expect(app.ctx.dataset().path).toBe(target);
    const minutes = app.page.getByTestId('autolock-minutes');
    await minutes.fill('5');
    await expect.poll(() => app.ctx.settings().autoLockMinutes).toBe(5);
    await app.page.getByTestId('save-message').scrollIntoViewIfNeeded();
    await app.screenshot('audit-03-saved-elsewhere');
  });

  it('locks with a full save, shows nothing personal, refuses a wrong passphrase, unlocks with the right one', async () => {
    await app.page.getByTestId('nav-requests').click();
    await expect.poll(async () => (await app.page.textContent('body')) ?? '').toMatch(/permohonan/i);
    const recordsBefore = app.ctx.dataset().saveStatus().journalRecords;
    expect(recordsBefore).toBeGreaterThanOrEqual(0);
    await app.page.getByTestId('lock-button').click();
    await app.page.getByTestId('open-button').waitFor();
    expect(app.ctx.current?.locked).toBe(true);
    expect(app.ctx.current?.saveStatus().journalRecords).toBe(0);
    const body = (await app.page.textContent('body')) ?? '';
    expect(body).toContain('Dataset terkunci');
    expect(body).not.toContain(nip);
    expect(body).not.toContain(nama);
    expect(await app.page.locator('[data-nip]').count()).toBe(0);
    await app.screenshot('audit-04-locked');

    await app.page.getByTestId('passphrase').fill('bukan-frasa-sandinya');
    await app.page.getByTestId('open-button').click();
    const error = app.page.getByTestId('unlock-error');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toContain('Frasa sandi salah');
    expect(app.ctx.current?.locked).toBe(true);
    await app.screenshot('audit-05-wrong-passphrase');

    await app.page.getByTestId('passphrase').fill(DEMO_PASSPHRASE);
    await app.page.getByTestId('open-button').click();
    await app.page.getByTestId('nav-audit').waitFor({ timeout: 20_000 });
    expect(app.ctx.current?.locked).toBe(false);
    await app.page.getByTestId('nav-audit').click();
    await expect.poll(() => app.page.getByTestId('audit-status').getAttribute('data-valid')).toBe('true');
    await app.screenshot('audit-06-unlocked');
  });

  it('locks by itself after the configured idle time', async () => {
    // A fake clock from here on: the idle timer is re-armed when the setting changes below.
    await app.page.clock.install();
    await app.page.getByTestId('nav-audit').click();
    const minutes = app.page.getByTestId('autolock-minutes');
    await minutes.fill('2');
    await expect.poll(() => app.ctx.settings().autoLockMinutes).toBe(2);
    // Let the renderer re-render with the new setting (its idle timer is re-armed on the fake clock),
    // then one last key press: the idle period starts now.
    await app.page.waitForTimeout(500);
    await app.page.keyboard.press('Shift');
    await app.page.clock.fastForward(60_000);
    expect(app.ctx.current?.locked).toBe(false);
    await app.page.clock.fastForward(61_000);
    await app.page.getByTestId('open-button').waitFor({ timeout: 10_000 });
    expect(app.ctx.current?.locked).toBe(true);
    expect(await app.page.locator('[data-nip]').count()).toBe(0);
  });
});
