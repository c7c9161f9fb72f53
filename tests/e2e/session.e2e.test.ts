import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, type HarnessApp } from './harness';
import { DEMO_PASSPHRASE } from '../../electron/demo/constants';
import { loadSessionRecord } from '../../electron/session/session-record';
import { listSidang } from '../../electron/session/sidang-store';

/**
 * Issue 5 end to end on the shipped demo dataset (resources/demo.bpj, opened as the app does: a
 * working copy in userData): run the seeded open session — attendance, a recusal, votes,
 * decisions, a revision — close it, close the file, reopen it and see all of it.
 */
describe('session: a whole closed session on the demo dataset', () => {
  let app: HarnessApp;
  let sidangId = '';

  beforeAll(async () => {
    app = await launchApp({ now: () => new Date('2026-11-23T03:00:00.000Z') });
  });
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
  });

  const tid = (id: string) => app.page.getByTestId(id);

  /** Attendance is saved first and then shown, so the box turns checked after the round trip. */
  async function attend(n: number) {
    await tid(`attend-${n}`).click();
    await expect.poll(() => tid(`attend-${n}`).isChecked()).toBe(true);
  }

  async function openDemo() {
    await tid('passphrase').fill(DEMO_PASSPHRASE);
    await tid('open-demo').click();
    await tid('nav-session').waitFor({ timeout: 30_000 });
  }

  /** Decides the selected item through the form. */
  async function decide(hasil: 'Direkomendasikan' | 'Ditunda' | 'Tidak direkomendasikan', alasan: string) {
    await tid('decision-hasil').getByText(hasil, { exact: true }).click();
    await tid('decision-alasan').fill(alasan);
    await tid('decision-submit').click();
  }

  it('opens the demo and shows the seeded sessions', async () => {
    await openDemo();
    expect(app.ctx.dataset().isDemo).toBe(true);
    sidangId = listSidang(app.ctx.dataset().db).find((s) => s.status === 'draf')!.id;
    await tid('nav-session').click();
    // Past, pledge review (electron/demo/procedure-content.ts) and the open draft.
    await expect.poll(() => app.page.getByTestId('session-row').count()).toBe(3);
    await app.screenshot('session-01-list');
  });

  it('starts the open session, with the pledges due, a stricter quorum rule and live attendance', async () => {
    await app.page.locator('[data-testid^="session-open-"]').first().click();
    // The past session's overdue and missed pledged targets come before this one.
    expect(await tid('pledge-notice').textContent()).toContain('4 pakta mundur perlu dibahas');
    // Quorum rule: at least two thirds of all members (4 of 5).
    await tid('session-edit').click();
    await tid('edit-lebih-dari').setChecked(false, { force: true });
    await tid('edit-pembilang').fill('2');
    await tid('edit-penyebut').fill('3');
    await tid('edit-submit').click();
    await expect.poll(() => tid('quorum-status').textContent()).toContain('paling sedikit 2/3');
    await tid('session-start').click();
    await expect.poll(() => tid('session-status').textContent()).toBe('Berlangsung');
    expect(await tid('quorum-status').getAttribute('data-quorum')).toBe('no');
    for (const n of [1, 2, 3]) await attend(n);
    await expect.poll(() => tid('quorum-status').textContent()).toContain('3 dari 5 hadir (perlu 4)');
    expect(await tid('quorum-status').getAttribute('data-quorum')).toBe('no');
    await app.screenshot('session-02-no-quorum');
    await attend(4);
    await expect.poll(() => tid('quorum-status').getAttribute('data-quorum')).toBe('ok');
    await app.screenshot('session-03-attendance-quorum');
  });

  it('records a recusal, then votes from present, non-recused members only', async () => {
    await tid('agenda-item-1').click();
    await tid('agenda-item-panel').waitFor();
    await tid('conflict-declare-2').click();
    await tid('conflict-reason').fill('Pemohon bawahan langsung di unit yang dipimpin');
    await tid('conflict-submit').click();
    await tid('recused-2').waitFor();
    expect(await tid('vote-2-setuju').count()).toBe(0);
    expect(await tid('vote-5-setuju').count()).toBe(0); // absent
    await tid('vote-1-setuju').click();
    await expect.poll(() => tid('vote-1-setuju').getAttribute('data-selected')).toBe('true');
    await tid('vote-3-setuju').click();
    await expect.poll(() => tid('vote-3-setuju').getAttribute('data-selected')).toBe('true');
    await tid('vote-4-tidak_setuju').click();
    await expect.poll(() => tid('vote-tally').textContent()).toBe('Setuju 2 · Tidak setuju 1 · Abstain 0 · Belum 0');
    await app.screenshot('session-04-recusal-votes');
  });

  it('refuses a decision without rationale, records one, then revises it with a reason', async () => {
    expect(await tid('decision-submit').isDisabled()).toBe(true);
    await decide('Direkomendasikan', 'Memenuhi syarat pangkat, pendidikan dan SKP dua tahun terakhir Baik.');
    await tid('decision-v1').waitFor();
    await app.screenshot('session-05-decision');
    await tid('decision-revise-open').click();
    await tid('decision-alasan-revisi').fill('Jabatan pilihan pertama telah terisi melalui mutasi lain.');
    await decide('Ditunda', 'Menunggu penetapan formasi baru untuk jabatan yang dimohon.');
    await tid('decision-v2').waitFor();
    expect(await tid('decision-v1').textContent()).toContain('Memenuhi syarat pangkat');
    expect(await tid('decision-v2').textContent()).toContain('Direvisi karena: Jabatan pilihan pertama');
    await tid('decision-history').scrollIntoViewIfNeeded();
    await app.screenshot('session-06-revision-history');
  });

  it('decides the rest and closes the session', async () => {
    const items = loadSessionRecord(app.ctx.dataset().db, sidangId).items.length;
    expect(items).toBeGreaterThanOrEqual(5);
    for (let n = 2; n <= items; n++) {
      await tid(`agenda-item-${n}`).click();
      await expect.poll(() => tid('item-title').textContent()).toMatch(new RegExp(`^${n}\\. `));
      await decide(n % 3 === 0 ? 'Tidak direkomendasikan' : 'Ditunda', 'Dibahas dalam sidang; menunggu kelengkapan penilaian kinerja.');
      await tid('decision-v1').waitFor();
    }
    await tid('session-close').click();
    await tid('session-close-confirm').click();
    await expect.poll(() => tid('session-status').textContent()).toBe('Selesai');
    await tid('agenda-item-1').click();
    await app.screenshot('session-07-closed');
  });

  it('shows targets under tracking, overdue ones and pledges to discuss', async () => {
    await tid('tab-tracking').click();
    await tid('tracking-table').waitFor();
    expect(await app.page.locator('[data-testid="tracking-row"][data-status="terlambat"]').count()).toBeGreaterThan(0);
    expect(await tid('tracking-flagged').textContent()).toBe('4 pakta mundur perlu dibahas');
    await app.screenshot('session-08-tracking');
  });

  it('after closing and reopening the file, everything recorded is there', async () => {
    await app.page.getByText('Tutup dataset').click();
    await tid('open-demo').waitFor();
    expect(app.ctx.current).toBeNull();
    await openDemo();
    const rec = loadSessionRecord(app.ctx.dataset().db, sidangId);
    expect(rec.sidang.status).toBe('selesai');
    expect(rec.anggota.map((a) => a.hadir)).toEqual([true, true, true, true, false]);
    const first = rec.items[0]!;
    expect(first.konflik.map((k) => k.anggotaId)).toEqual([rec.anggota[1]!.anggotaId]);
    expect(first.suara.map((s) => s.pilihan).sort()).toEqual(['setuju', 'setuju', 'tidak_setuju']);
    expect(first.riwayat.map((k) => k.hasil)).toEqual(['direkomendasikan', 'ditunda']);
    expect(first.riwayat[1]!.alasanRevisi).toContain('mutasi lain');
    expect(rec.items.every((i) => i.keputusan !== null)).toBe(true);

    await tid('nav-session').click();
    await app.page.locator('[data-testid^="session-open-"]').first().click();
    await expect.poll(() => tid('session-status').textContent()).toBe('Selesai');
    await tid('agenda-item-1').click();
    await tid('recused-2').waitFor();
    await tid('decision-v2').waitFor();
    expect(await tid('decision-v1').textContent()).toContain('Memenuhi syarat pangkat');
    expect(await tid('vote-tally').textContent()).toBe('Setuju 2 · Tidak setuju 1 · Abstain 0 · Belum 0');
    expect(await tid('voted-4').textContent()).toBe('Tidak setuju');
    await tid('decision-history').scrollIntoViewIfNeeded();
    await app.screenshot('session-09-reopened');

    // Projector mode: the applicant's NIP is masked and the recusal reason leaves the wall.
    const nip = rec.items[0]!.pemohon!.nip;
    await tid('projector-switch').click({ force: true });
    await expect.poll(() => app.page.locator('[data-testid="agenda-item-panel"] [data-nip]').first().textContent()).toBe(
      `${nip.slice(0, 4)}•••• •••••• • ${nip.slice(15)}`,
    );
    expect(await tid('agenda-item-panel').textContent()).not.toContain('Pemohon bawahan langsung');
    await tid('agenda-item-panel').scrollIntoViewIfNeeded();
    await app.screenshot('session-09b-projector');
    await tid('projector-switch').click({ force: true });
    await expect.poll(() => tid('agenda-item-panel').textContent()).toContain('Pemohon bawahan langsung');
  });

  it('shows the applicant timeline', async () => {
    await app.page.getByRole('button', { name: 'Linimasa' }).click();
    await tid('timeline').waitFor();
    expect(await tid('timeline').textContent()).toContain('Revisi keputusan');
    await app.screenshot('session-10-timeline');
  });

  it('creates the next session with the same members and bulk-adds the verified requests and a vacant post', async () => {
    await tid('tab-sessions').click();
    await tid('session-back').click();
    await tid('session-new').click();
    await tid('create-nomor').fill('800/12/BPJ/2026');
    await tid('create-tanggal').fill('2026-12-10');
    await tid('create-submit').click();
    await expect.poll(() => tid('session-nomor').textContent()).toBe('800/12/BPJ/2026');
    const db = app.ctx.dataset().db;
    const verified = Number(db.value("SELECT COUNT(*) FROM permohonan WHERE status = 'diverifikasi'"));
    await tid('agenda-add').click();
    await expect.poll(() => tid('agenda-add-count').textContent()).toBe(`${verified} permohonan cocok dengan filter`);
    await app.screenshot('session-11-bulk-add');
    await tid('agenda-add-submit').click();
    await expect.poll(() => tid('agenda-add-result').textContent()).toBe(`${verified} ditambahkan, 0 dilewati`);
    await expect.poll(() => tid('agenda-add-count').textContent()).toBe('0 permohonan cocok dengan filter');
    await tid('agenda-vacant').click();
    await app.page.getByRole('option').first().click();
    await app.page.keyboard.press('Escape');
    await tid('agenda-vacant-submit').click();
    await expect.poll(() => tid('agenda-add-result').textContent()).toBe('1 ditambahkan, 0 dilewati');
    const s = listSidang(db).find((x) => x.nomor === '800/12/BPJ/2026')!;
    const rec = loadSessionRecord(db, s.id);
    expect(rec.anggota.map((a) => a.nama)).toEqual(loadSessionRecord(db, sidangId).anggota.map((a) => a.nama));
    expect(rec.items).toHaveLength(verified + 1);
    expect(rec.items.at(-1)!.jabatanLowong).not.toBeNull();
    expect(Number(db.value("SELECT COUNT(*) FROM permohonan WHERE status = 'diverifikasi'"))).toBe(0);
  });

  it('saves on demand and speaks English when asked', async () => {
    await app.page.keyboard.press('Escape'); // the add dialog of the previous step
    await tid('agenda-add-submit').waitFor({ state: 'detached' });
    await tid('session-save').click();
    await expect.poll(() => tid('save-status').textContent(), { timeout: 10_000 }).toContain('Tersimpan');
    expect(app.ctx.dataset().saveStatus().journalRecords).toBe(0);
    await app.page.getByText('EN', { exact: true }).click();
    await expect.poll(() => tid('tab-tracking').textContent()).toBe('Target tracking');
    expect(await tid('quorum-status').textContent()).toContain('of 5 present');
    await app.screenshot('session-12-english');
    await app.page.getByText('ID', { exact: true }).click();
    await expect.poll(() => tid('tab-tracking').textContent()).toBe('Pemantauan Target');
  });
});
