import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { closeBrowser, launchApp, type HarnessApp } from './harness';
import { seal } from '../../electron/dataset/bpj-format';
import { TEST_KDF } from '../support/dataset-context';
import { DATASET_PASSPHRASE, KEY_PASSPHRASE, NOW, PACKET_PASSPHRASE, reviewCity } from '../review/fixture';

/**
 * Issue 7 end to end, on two "laptops": the secretariat exports a packet, the member opens it in review mode,
 * makes a key, writes notes and exports a signed response; the secretariat registers the key and merges it.
 */
describe('review packets: secretariat ↔ member', () => {
  let sec: HarnessApp;
  let member: HarnessApp;
  const tmp = mkdtempSync(join(tmpdir(), 'bpj-e2e-review-'));
  const datasetPath = join(tmp, 'baperjakat.bpj');
  const packetPath = join(tmp, 'paket-rahmat.bpj');
  const responsePath = join(tmp, 'tanggapan-rahmat.bpjt');
  let memberNow = NOW;

  beforeAll(async () => {
    const db = await reviewCity();
    writeFileSync(datasetPath, (await seal(db.export(), DATASET_PASSPHRASE, { kdf: TEST_KDF })).bytes);
    db.close();
    sec = await launchApp({ now: () => NOW });
    member = await launchApp({ now: () => memberNow });
  }, 60_000);
  afterAll(async () => {
    await sec?.close();
    await member?.close();
    await closeBrowser();
  });

  async function openFile(app: HarnessApp, path: string, passphrase: string) {
    app.openDialogAnswers.push(path);
    await app.page.getByTestId('choose-file').click();
    await expect.poll(() => app.page.getByTestId('chosen-file').textContent()).toBe(basename(path));
    await app.page.getByTestId('passphrase').fill(passphrase);
    await app.page.getByTestId('open-button').click();
  }

  it('the secretariat exports a packet for one member', async () => {
    await openFile(sec, datasetPath, DATASET_PASSPHRASE);
    await sec.page.getByTestId('nav-review').click({ timeout: 30_000 });
    await sec.page.getByTestId('review-members').waitFor();
    await sec.page.getByTestId('review-session-select').click();
    await sec.page.getByRole('option', { name: /800\/01\/BPJ\/2026/ }).click();
    await sec.page.getByTestId('review-export-S1-agt-3').click();
    await sec.page.getByTestId('packet-passphrase').fill(PACKET_PASSPHRASE);
    await sec.page.getByTestId('packet-confirm').fill(PACKET_PASSPHRASE);
    sec.saveDialogAnswers.push(packetPath);
    await sec.page.getByTestId('packet-submit').click();
    await expect.poll(async () => (await sec.page.getByTestId('review-message').textContent({ timeout: 30_000 })) ?? '', { timeout: 30_000 })
      .toContain('Paket untuk Rahmat Inspektur disimpan');
    expect(sec.ctx.dataset().db.value('SELECT COUNT(*) FROM paket_telaah')).toBe(1);
  }, 60_000);

  it('the member opens it in review mode, makes a key and writes notes', async () => {
    await openFile(member, packetPath, PACKET_PASSPHRASE);
    await member.page.getByTestId('member-review').waitFor({ timeout: 30_000 });
    // Review mode: only the deliberation and review screens exist.
    const navs = await member.page.locator('[data-testid^="nav-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(navs).toEqual(['nav-compare', 'nav-review']);
    await member.page.getByTestId('identity-passphrase').fill(KEY_PASSPHRASE);
    await member.page.getByTestId('identity-confirm').fill(KEY_PASSPHRASE);
    await member.page.getByTestId('identity-create').click();
    await member.page.getByTestId('identity-fingerprint').waitFor({ timeout: 30_000 });
    await member.page.getByTestId('identity-qr').waitFor();

    await member.page.getByTestId('note-stance').getByText('Mendukung', { exact: true }).click();
    await member.page.getByTestId('note-questions').fill('Apakah target cakupan layanan 90% sudah dibahas dengan camat?');
    await member.page.getByTestId('note-private').fill('Rumah dekat kantor kelurahan; rekam jejak target baik.');
    await member.page.getByTestId('note-save').click();
    await expect.poll(() => member.page.getByTestId('note-status').textContent()).toContain('Tersimpan');
    await member.page.getByTestId('packet-item-A3').click();
    await member.page.getByTestId('note-stance').getByText('Ragu', { exact: true }).click();
    await member.page.getByTestId('note-questions').fill('Mohon penjelasan ketidakhadiran Maret 2026.');
    // Autosave: no button press.
    await expect.poll(() => member.page.getByTestId('note-status').textContent(), { timeout: 10_000 }).toContain('Tersimpan');
    await member.page.getByTestId('packet-item-A1').click();
    await expect.poll(() => member.page.getByTestId('note-questions').inputValue()).toContain('cakupan layanan');
    await member.screenshot('review-01-member-review-mode');
  }, 60_000);

  it('the member exports a signed response', async () => {
    member.saveDialogAnswers.push(responsePath);
    await member.page.getByTestId('response-export-open').click();
    await member.page.getByTestId('response-passphrase').fill(KEY_PASSPHRASE);
    await member.page.getByTestId('response-submit').click();
    await expect.poll(async () => (await member.page.getByTestId('response-done').textContent({ timeout: 30_000 })) ?? '', { timeout: 30_000 })
      .toContain('versi 1');
    await member.screenshot('review-02-response-exported');
  }, 60_000);

  it('the secretariat refuses it until the key is registered, then merges it into the session', async () => {
    sec.openDialogAnswers.push(responsePath);
    await sec.page.getByTestId('review-import').click();
    await expect.poll(async () => (await sec.page.getByTestId('review-message').textContent()) ?? '', { timeout: 30_000 })
      .toContain('kunci yang tidak terdaftar');
    await sec.page.getByTestId('review-message').scrollIntoViewIfNeeded();
    await sec.screenshot('review-06-unknown-key-refused');

    const publicKey = (await member.page.getByTestId('identity-public-key').textContent())!;
    await sec.page.getByTestId('review-register-S1-agt-3').click();
    await sec.page.getByTestId('register-public-key').fill(publicKey);
    await sec.page.getByTestId('register-submit').click();
    const fingerprint = (await member.page.getByTestId('identity-fingerprint').textContent())!;
    await expect.poll(async () => (await sec.page.getByTestId('review-message').textContent()) ?? '').toContain(fingerprint);

    sec.openDialogAnswers.push(responsePath);
    await sec.page.getByTestId('review-import').click();
    await expect.poll(async () => (await sec.page.getByTestId('review-message').textContent()) ?? '', { timeout: 30_000 })
      .toContain('Tanggapan Rahmat Inspektur versi 1 diimpor');
    const a1 = sec.page.getByTestId('agenda-feedback-A1');
    await expect.poll(async () => (await a1.textContent()) ?? '').toContain('Apakah target cakupan layanan 90% sudah dibahas dengan camat?');
    expect(await a1.getByTestId('tally-mendukung').textContent()).toBe('Mendukung 1');
    expect(await sec.page.getByTestId('agenda-feedback-A3').getByTestId('tally-ragu').textContent()).toBe('Ragu 1');
    // The private note never reached the secretariat.
    expect(await sec.page.textContent('body')).not.toContain('Rumah dekat kantor kelurahan');
    await sec.page.getByTestId('session-feedback').scrollIntoViewIfNeeded();
    await sec.screenshot('review-03-merged-questions');
    const actions = sec.ctx.dataset().db.all<{ action: string }>("SELECT action FROM audit_log WHERE action LIKE 'review.%' ORDER BY seq").map((r) => r.action);
    expect(actions).toEqual(['review.paket.ekspor', 'review.tanggapan.tolak', 'review.kunci.daftar', 'review.tanggapan.impor']);
  }, 60_000);

  it('in review mode the post pool works on the packet alone', async () => {
    await member.page.keyboard.press('Escape'); // the response dialog, still showing where the file went
    await member.page.getByTestId('response-passphrase').waitFor({ state: 'hidden' });
    await member.page.getByTestId('packet-item-A1').click();
    await member.page.getByTestId('note-compare').click();
    await expect.poll(async () => (await member.page.textContent('body')) ?? '', { timeout: 30_000 }).toContain('Lurah Penurunan');
    await member.page.waitForTimeout(500);
    const body = (await member.page.textContent('body')) ?? '';
    expect(body).toContain('Ani Lestari');
    expect(body).not.toContain('Hasan Pemegang'); // the post's holder is outside the packet
    await member.screenshot('review-04-member-pool');
  }, 60_000);

  it('after its expiry the packet does not open again', async () => {
    await member.page.getByRole('button', { name: 'Tutup dataset' }).click();
    memberNow = new Date('2026-12-03T17:00:00Z'); // 4 December 00:00 WIB, the default expiry was 3 December
    await openFile(member, packetPath, PACKET_PASSPHRASE);
    await expect.poll(async () => (await member.page.getByTestId('unlock-error').textContent()) ?? '', { timeout: 30_000 })
      .toContain('sudah kedaluwarsa sejak 3 Desember 2026');
    expect(member.ctx.current).toBeNull();
    await member.screenshot('review-05-expired-packet');
  }, 60_000);
});
