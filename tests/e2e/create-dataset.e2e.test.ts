import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { closeBrowser, launchApp, type HarnessApp } from './harness';
import { OpenDataset } from '../../electron/dataset/open-dataset';

/**
 * Issue 15, first run: no dataset yet, so the unlock screen offers "Buat dataset baru" — a
 * passphrase typed twice and checked for strength, a place chosen in main's save dialog, and the
 * new empty dataset opened.
 */
const STRONG = 'kopi-tubruk Sungai Serut 7 lampu';

describe('first run: a new empty dataset', () => {
  let app: HarnessApp;
  let target = '';
  const tid = (id: string) => app.page.getByTestId(id);

  beforeAll(async () => {
    app = await launchApp({ now: () => new Date('2026-11-23T03:00:00.000Z') });
    target = join(app.userDataDir, 'kota-bengkulu.bpj');
  }, 90_000);
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
  });

  it('refuses a weak passphrase and two that differ', async () => {
    await tid('create-dataset').click();
    await tid('create-passphrase').fill('bengkulu2026');
    await tid('create-passphrase-confirm').fill('bengkulu2026');
    expect(await tid('passphrase-strength').getAttribute('data-acceptable')).toBe('false');
    expect(await tid('create-submit').isDisabled()).toBe(true);
    await tid('create-passphrase').fill(STRONG);
    await tid('create-passphrase-confirm').fill(`${STRONG}!`);
    expect(await app.page.getByText('Kedua frasa sandi tidak sama.').count()).toBe(1);
    expect(await tid('create-submit').isDisabled()).toBe(true);
    // Main enforces the same rules whatever the screen lets through.
    const res = await app.page.evaluate((p) => (globalThis as any).api.dataset.create({ passphrase: p, passphraseConfirm: p }), 'bengkulu2026');
    expect(res).toMatchObject({ ok: false, error: { code: 'FRASA_SANDI_TERLALU_LEMAH' } });
  });

  it('keeps the form when the save dialog is cancelled', async () => {
    await tid('create-passphrase-confirm').fill(STRONG);
    await tid('create-submit').click();
    await expect.poll(() => app.calls.filter((c) => c === 'dataset:create').length).toBeGreaterThanOrEqual(2);
    await expect.poll(() => tid('create-submit').isEnabled()).toBe(true);
    expect(await tid('create-passphrase').isVisible()).toBe(true);
    expect(app.ctx.current).toBeNull();
  });

  it('seals the empty dataset where main\'s dialog says and opens it', async () => {
    app.saveDialogAnswers.push(target);
    await tid('create-submit').click();
    await tid('nav-intake').waitFor({ timeout: 60_000 });
    expect(app.ctx.dataset().path).toBe(target);
    expect(app.ctx.dataset().isDemo).toBe(false);
    expect(await tid('request-count').textContent()).toBe('0 dari 0 permohonan');
    await app.screenshot('create-dataset-01-opened');
    // On disk: encrypted with that passphrase, the current schema, no people yet.
    expect(existsSync(target)).toBe(true);
    const reopened = await OpenDataset.openFile(target, STRONG, { isDemo: false });
    expect(Number(reopened.db.value('SELECT COUNT(*) FROM pegawai'))).toBe(0);
    reopened.close();
    await expect(OpenDataset.openFile(target, `${STRONG}?`, { isDemo: false })).rejects.toThrow();
  });
});
