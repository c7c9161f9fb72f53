import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { closeBrowser, launchApp, type HarnessApp } from './harness';
import { DEMO_PASSPHRASE } from '../../electron/demo/constants';
import { createIdentity } from '../../electron/review/identity';
import { exportPacket } from '../../electron/review/packet-export';
import { TEST_KDF } from '../support/dataset-context';
import { KEY_PASSPHRASE, NOW, PACKET_PASSPHRASE, testApp } from '../review/fixture';

const QUESTION = 'Apakah calon sudah memenuhi syarat diklat PKA?';

/**
 * A demo copy whose open session issued a packet to one member, saved to disk, and that member's signed
 * response to it: what a secretariat has after a member mails the .bpjt back.
 */
async function demoWithResponse(dir: string): Promise<{ datasetPath: string; responsePath: string; agendaItemId: string }> {
  const sec = testApp('sekretariat');
  const member = testApp('anggota');
  try {
    const datasetPath = join(dir, 'demo-dengan-paket.bpj');
    copyFileSync(resolve('resources/demo.bpj'), datasetPath); // never write to resources/demo.bpj
    await sec.open(datasetPath, DEMO_PASSPHRASE);
    const db = sec.ctx.dataset().db;
    const sidangId = db.value<string>("SELECT id FROM sidang WHERE status <> 'selesai' ORDER BY tanggal DESC LIMIT 1")!;
    const anggotaId = db.value<string>("SELECT anggota_id FROM sidang_anggota WHERE sidang_id = ? AND peran = 'anggota' ORDER BY urutan LIMIT 1", [sidangId])!;
    const identity = await createIdentity(join(member.dir, 'userdata'), KEY_PASSPHRASE, NOW.toISOString(), TEST_KDF);
    await sec.call('review:registerKey', { anggotaId, nama: 'Anggota Demo', publicKey: identity.publicKey });
    const packetPath = join(dir, 'paket-demo.bpj');
    await exportPacket(sec.ctx.dataset(), { sidangId, anggotaId, kedaluwarsa: '2026-12-20', passphrase: PACKET_PASSPHRASE, path: packetPath },
      { now: NOW, actor: 'sekretariat', kdf: TEST_KDF });
    await sec.call('dataset:save', {});

    await member.open(packetPath, PACKET_PASSPHRASE);
    const agendaItemId = (await member.call('review:packetInfo', {})).items[0]!.agendaItemId;
    await member.call('review:saveNote', { agendaItemId, catatan: 'catatan pribadi', sikap: 'mendukung', pertanyaan: QUESTION });
    const responsePath = join(dir, 'tanggapan-anggota.bpjt');
    await member.via(responsePath)('review:exportResponse', { passphrase: KEY_PASSPHRASE });
    return { datasetPath, responsePath, agendaItemId };
  } finally {
    sec.cleanup();
    member.cleanup();
  }
}

/** Issue 14, file associations: what a double-clicked (or second-launch) file does in the running app. */
describe('files the OS hands to the app', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'bpj-e2e-open-'));
  const plainCopy = join(tmp, 'salinan-demo.bpj');
  let prepared: Awaited<ReturnType<typeof demoWithResponse>>;
  let app: HarnessApp;

  beforeAll(async () => {
    copyFileSync(resolve('resources/demo.bpj'), plainCopy);
    prepared = await demoWithResponse(tmp);
    app = await launchApp();
    await app.page.getByTestId('open-button').waitFor({ timeout: 30_000 });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
    rmSync(tmp, { recursive: true, force: true });
  });

  const response = () => app.page.getByTestId('open-file-response');
  const responseMessage = async () => (await app.page.getByTestId('open-file-response-message').textContent()) ?? '';

  it('a response with no dataset open is announced; importing it says to open the dataset first and keeps it', async () => {
    await app.openFile(prepared.responsePath);
    await response().waitFor();
    expect(await response().textContent()).toContain('tanggapan-anggota.bpjt');
    await app.page.getByTestId('open-file-import').click();
    await expect.poll(responseMessage, { timeout: 30_000 }).toContain('Buka dulu dataset sekretariat');
    expect(await app.page.getByTestId('open-file-import').isVisible()).toBe(true);
    await app.screenshot('open-file-01-response-waits-for-dataset');
  }, 60_000);

  it('a double-clicked dataset shows the unlock screen for that file; its passphrase opens it', async () => {
    await app.openFile(plainCopy);
    await expect.poll(() => app.page.getByTestId('chosen-file').textContent()).toBe('salinan-demo.bpj');
    await app.screenshot('open-file-02-unlock-handed-file');
    await app.page.getByTestId('passphrase').fill(DEMO_PASSPHRASE);
    await app.page.getByTestId('open-button').click();
    await app.page.getByTestId('nav-review').waitFor({ timeout: 60_000 });
    expect(app.ctx.current?.path).toBe(plainCopy);
    expect(await response().isVisible()).toBe(true); // the response still waits
    await app.screenshot('open-file-03-dataset-opened');
  }, 90_000);

  it('with acts not yet in the file, a second file asks first: cancel keeps the dataset, confirm opens the other', async () => {
    const db = app.ctx.dataset().db;
    const itemId = db.value<string>(
      "SELECT i.id FROM agenda_item i JOIN sidang s ON s.id = i.sidang_id WHERE s.status <> 'selesai' ORDER BY s.tanggal DESC, i.urutan LIMIT 1",
    )!;
    await app.page.evaluate((id) => (window as any).api.session.setNotes({ itemId: id, catatan: 'Dibahas ulang.' }), itemId);
    expect(app.ctx.dataset().saveStatus().dirty).toBe(true);

    await app.openFile(prepared.datasetPath);
    await app.page.getByTestId('open-file-confirm').waitFor();
    expect(await app.page.getByRole('dialog').textContent()).toContain('belum disimpan penuh ke berkasnya');
    expect(await app.page.getByRole('dialog').textContent()).toContain('demo-dengan-paket.bpj');
    await app.screenshot('open-file-04-asks-before-replacing');
    await app.page.getByTestId('open-file-cancel').click();
    await app.page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(app.ctx.current?.path).toBe(plainCopy);
    await app.page.getByTestId('nav-review').waitFor();

    await app.openFile(prepared.datasetPath);
    await app.page.getByTestId('open-file-confirm').click();
    await expect.poll(() => app.page.getByTestId('chosen-file').textContent(), { timeout: 30_000 }).toBe('demo-dengan-paket.bpj');
    expect(app.ctx.current).toBeNull();
    await app.page.getByTestId('passphrase').fill(DEMO_PASSPHRASE);
    await app.page.getByTestId('open-button').click();
    await app.page.getByTestId('nav-review').waitFor({ timeout: 60_000 });
    expect(app.ctx.current?.path).toBe(prepared.datasetPath);
  }, 120_000);

  it('the waiting response imports from its announcement into its session, and its question shows', async () => {
    await app.page.getByTestId('open-file-import').click();
    await expect.poll(responseMessage, { timeout: 30_000 }).toContain('diimpor ke sidang');
    expect(await app.page.getByTestId('open-file-import').count()).toBe(0);
    await app.screenshot('open-file-05-response-imported');
    expect(Number(app.ctx.dataset().db.value('SELECT COUNT(*) FROM tanggapan_berkas'))).toBe(1);

    await app.page.getByTestId('nav-review').click();
    const feedback = app.page.getByTestId(`agenda-feedback-${prepared.agendaItemId}`);
    await expect.poll(async () => (await feedback.textContent({ timeout: 30_000 })) ?? '', { timeout: 30_000 }).toContain(QUESTION);
    expect(await feedback.getByTestId('tally-mendukung').textContent()).toBe('Mendukung 1');
    expect(await app.page.textContent('body')).not.toContain('catatan pribadi');
    await feedback.scrollIntoViewIfNeeded();
    await app.page.getByRole('button', { name: 'Tutup pemberitahuan' }).click();
    await response().waitFor({ state: 'hidden' });
    await app.screenshot('open-file-06-feedback-in-review');
  }, 90_000);
});
