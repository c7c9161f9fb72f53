import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, type HarnessApp } from './harness';
import { DEMO_PASSPHRASE } from '../../electron/demo/constants';
import { loadSessionRecord } from '../../electron/session/session-record';
import { listSidang } from '../../electron/session/sidang-store';
import { kelayakanUntuk } from '../../electron/session/eligibility';
import { isJptItem } from '../../renderer/src/features/session/procedure-item';
import { DEMO_CERT_PASSWORD } from '../../electron/demo/secretariat-identity';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Issue 5 end to end on the shipped demo dataset (resources/demo.bpj, opened as the app does: a
 * working copy in userData): run the seeded open session — attendance, a recusal, votes,
 * decisions, a revision — close it, close the file, reopen it and see all of it.
 */
const FIRST_REASON = 'Rekam jejak kinerja baik dan sesuai kebutuhan organisasi pada jabatan ini.';
const JPT_REASON = 'Peringkat pertama hasil seleksi terbuka panitia seleksi dan rekam jejak kepemimpinan baik.';
const EXCEPTION = 'Kebutuhan organisasi mendesak dan kinerja calon terbukti sangat baik; rapat sepakat memberi pengecualian.';

describe('session: a whole closed session on the demo dataset', () => {
  let app: HarnessApp;
  let sidangId = '';
  /** The first item's applicant and what the rules say of their first choice, read from the data (not by position in code). */
  let failed: { ruleId: string; nama: string; namaPendek: string };
  let attention: string[] = [];
  let jptUrutan = 0;

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
    const db = app.ctx.dataset().db;
    sidangId = listSidang(db).find((s) => s.status === 'draf')!.id;
    const rec = loadSessionRecord(db, sidangId);
    const first = rec.items[0]!;
    const post = [...first.pilihan].sort((a, b) => a.peringkat - b.peringkat)[0]!;
    const rules = kelayakanUntuk(db, first.pemohon!.nip, post.id, rec.sidang.tanggal, []).hasil;
    const failing = rules.filter((r) => r.status === 'tidak_memenuhi');
    expect(failing).toHaveLength(1); // the demo opens its draft agenda with exactly such an applicant
    failed = { ruleId: failing[0]!.ruleId, nama: failing[0]!.nama, namaPendek: failing[0]!.namaPendek };
    attention = rules.filter((r) => r.status === 'perlu_perhatian').map((r) => r.ruleId);
    jptUrutan = rec.items.find(isJptItem)!.urutan;
    await tid('nav-session').click();
    // Past (majority of members present), mufakat, pledge review (procedure-content.ts), the equity
    // dashboard's history session (report-history.ts) and the open draft.
    await expect.poll(() => app.page.getByTestId('session-row').count()).toBe(5);
    await app.screenshot('session-01-list');
  });

  it('starts the open session, with the pledges due, a stricter quorum rule and live attendance', async () => {
    await app.page.locator('[data-testid^="session-open-"]').first().click();
    // The past session's overdue and missed pledged targets come before this one.
    expect(await tid('pledge-notice').textContent()).toContain('3 pakta mundur perlu dibahas');
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

  it('refuses recommending an ineligible candidate, then records it with the committee\'s exception', async () => {
    expect(await tid('decision-submit').isDisabled()).toBe(true);
    // 2 for, 1 against of 3 present voters carries under "majority of members present"; the rules do not.
    await expect.poll(() => tid('vote-carried').getAttribute('data-carried')).toBe('yes');
    await tid('eligibility-panel').waitFor();
    expect(await tid(`rule-${failed.ruleId}`).getAttribute('data-status')).toBe('tidak_memenuhi');
    await decide('Direkomendasikan', FIRST_REASON);
    await expect.poll(() => tid('session-error').textContent()).toContain(failed.nama);
    expect(await tid('decision-v1').count()).toBe(0);
    await app.screenshot('session-05a-ineligible-refused');
    await tid(`exception-reason-${failed.ruleId}`).fill(EXCEPTION);
    await tid(`exception-by-${failed.ruleId}`).click();
    await app.page.getByRole('option').first().click();
    await tid(`exception-submit-${failed.ruleId}`).click();
    await expect.poll(() => tid(`exception-${failed.ruleId}`).textContent()).toContain(EXCEPTION);
    // Every rule needing attention must be acknowledged before the decision is recorded.
    for (const id of attention) await tid(`ack-${id}`).click();
    await tid('decision-submit').click();
    await tid('decision-v1').waitFor();
    expect(await tid('decision-v1-rules').textContent()).toContain(`tidak memenuhi syarat ${failed.namaPendek} — dikecualikan karena ${EXCEPTION.slice(0, -1)}`);
    expect(await tid('item-exceptions').textContent()).toContain(EXCEPTION);
  });

  it('revises the decision with a reason', async () => {
    await app.screenshot('session-05-decision');
    await tid('decision-revise-open').click();
    await tid('decision-alasan-revisi').fill('Pertimbangan dilengkapi setelah laporan atasan langsung diterima.');
    // The revision re-evaluates the rules: the exception stands, the attention points are acknowledged again.
    for (const id of attention) await tid(`ack-${id}`).click();
    await decide('Direkomendasikan', 'Rekam jejak pelayanan baik dan pengalaman teknis sesuai bidang tugas kelurahan.');
    await tid('decision-v2').waitFor();
    expect(await tid('decision-v1').textContent()).toContain(FIRST_REASON);
    expect(await tid('decision-v2').textContent()).toContain('Direvisi karena: Pertimbangan dilengkapi');
    expect(await tid('decision-v2-rules').textContent()).toContain('dikecualikan karena');
    await tid('decision-history').scrollIntoViewIfNeeded();
    await app.screenshot('session-06-revision-history');
  });

  it('a JPT Pratama item is not carried by the vote: it names its procedure, the pansel\'s three names imported from their CSV', async () => {
    const db = app.ctx.dataset().db;
    const item = loadSessionRecord(db, sidangId).items.find((i) => i.urutan === jptUrutan)!;
    const applicant = item.pemohon!;
    await tid(`agenda-item-${jptUrutan}`).click();
    await expect.poll(() => tid('item-title').textContent()).toMatch(new RegExp(`^${jptUrutan}\\. `));
    await tid('procedure-panel').waitFor();
    for (const n of [1, 2, 3, 4]) {
      await tid(`vote-${n}-setuju`).click();
      await expect.poll(() => tid(`vote-${n}-setuju`).getAttribute('data-selected')).toBe('true');
    }
    // Four of four for: the vote would carry, but the vote is not how a JPT post is filled.
    await decide('Direkomendasikan', JPT_REASON);
    await expect.poll(() => tid('session-error').textContent()).toContain('catat dahulu prosedurnya');
    expect(await tid('decision-v1').count()).toBe(0);
    // The pansel's report as they send it: a CSV with a header, the applicant ranked first.
    const dir = mkdtempSync(join(tmpdir(), 'bpj-e2e-pansel-'));
    const csv = join(dir, 'hasil-pansel.csv');
    writeFileSync(csv, `peringkat;nama;nip\n1;${applicant.namaLengkap};${applicant.nip}\n2;Drs. Calon Kedua, M.Si.;\n3;Calon Ketiga, S.E.;\n`);
    app.openDialogAnswers.push(csv);
    await tid('procedure-import-csv').click();
    await expect.poll(() => tid('procedure-calon-nama-1').inputValue()).toBe(applicant.namaLengkap);
    expect(await tid('procedure-calon-nama-3').inputValue()).toBe('Calon Ketiga, S.E.');
    // The form says what is missing before anything reaches main.
    await tid('procedure-submit').click();
    await expect.poll(() => tid('procedure-form').textContent()).toContain('Nomor referensi paling sedikit 3 karakter');
    await tid('procedure-nomor').fill('800/11/PANSEL-JPT/2026');
    await tid('procedure-tanggal').fill('12-11-2026');
    await app.screenshot('session-06b-jpt-procedure-form');
    await tid('procedure-submit').click();
    await tid('procedure-summary').waitFor();
    expect(await tid('procedure-summary').textContent()).toContain('800/11/PANSEL-JPT/2026, 12 November 2026');
    expect(await tid('procedure-calon-1').textContent()).toBe(`1. ${applicant.namaLengkap}`);
    await decide('Direkomendasikan', JPT_REASON);
    await tid('decision-v1').waitFor();
    await app.screenshot('session-06c-jpt-recommended');
    const saved = loadSessionRecord(db, sidangId).items.find((i) => i.urutan === jptUrutan)!;
    expect(saved.prosedurJpt).toMatchObject({ jenis: 'seleksi_terbuka', nomorReferensi: '800/11/PANSEL-JPT/2026', tanggalReferensi: '2026-11-12' });
    expect(saved.prosedurJpt!.calon.map((c) => c.nip)).toEqual([applicant.nip, null, null]);
  });

  it('decides the rest and closes the session', async () => {
    const items = loadSessionRecord(app.ctx.dataset().db, sidangId).items.length;
    expect(items).toBeGreaterThanOrEqual(5);
    for (let n = 2; n <= items; n++) {
      if (n === jptUrutan) continue; // decided above
      await tid(`agenda-item-${n}`).click();
      await expect.poll(() => tid('item-title').textContent()).toMatch(new RegExp(`^${n}\\. `));
      if (n % 3 === 0) {
        // No vote cast yet: a refusal waits for the chair's "tutup pemungutan suara".
        await decide('Tidak direkomendasikan', 'Dibahas dalam sidang; pelamar lain lebih sesuai untuk jabatan ini.');
        await expect.poll(() => tid('session-error').textContent()).toContain('belum memberi suara');
        if (n === 3) await app.screenshot('session-06a-pending-votes-refused');
        await tid('voting-close').click();
        await tid('voting-closed').waitFor();
        await tid('decision-submit').click();
      } else await decide('Ditunda', 'Dibahas dalam sidang; menunggu kelengkapan penilaian kinerja.');
      await tid('decision-v1').waitFor();
    }
    await tid('session-close').click();
    // Closing signs the audit checkpoint: the secretariat's certificate password is asked for.
    await tid('session-close-password').fill(DEMO_CERT_PASSWORD);
    await tid('session-close-confirm').click();
    await expect.poll(() => tid('session-status').textContent()).toBe('Selesai');
    await tid('agenda-item-1').click();
    await app.screenshot('session-07-closed');
  });

  it('inside an election window the documents wait for the Minister\'s written approval', async () => {
    // The Wali Kota inaugurated on 1 October 2026: six months in which replacing officials needs it.
    await tid('session-back').click();
    await tid('jadwal-open').click();
    await tid('jadwal-tanggalPelantikan').fill('01-10-2026');
    await tid('jadwal-submit').click();
    await expect.poll(() => tid('jadwal-windows').textContent()).toContain('UU 10/2016 Pasal 162 ayat (3): 1 Oktober 2026 s.d. 31 Maret 2027');
    await app.screenshot('session-07a-election-dates');
    await app.page.keyboard.press('Escape');
    await tid('jadwal-submit').waitFor({ state: 'detached' });
    await tid(`session-open-${loadSessionRecord(app.ctx.dataset().db, sidangId).sidang.nomor}`).click();
    await expect.poll(() => tid('pilkada-window').textContent()).toContain('persetujuan tertulis Menteri Dalam Negeri');
    const refused = await app.page.evaluate((id) => (globalThis as any).api.documents.save({ sidangId: id, kind: 'rekomendasi', format: 'pdf' }), sidangId);
    expect(refused).toMatchObject({ ok: false, error: { code: 'PILKADA_BUTUH_PERSETUJUAN' } });
    await tid('mendagri-nomor').fill('100.2.2.6/8123/OTDA');
    await tid('mendagri-tanggal').fill('20-11-2026');
    await tid('mendagri-submit').click();
    await expect.poll(() => tid('pilkada-window').textContent()).toContain('Persetujuan Mendagri: 100.2.2.6/8123/OTDA tanggal 20 November 2026');
    await app.screenshot('session-07b-mendagri-approval');
  });

  it('the generated rekomendasi states the exception in its Pertimbangan, the berita acara the decision rule', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpj-e2e-rules-'));
    /** Saves the document as the Dokumen screen does (main's save dialog answers with a scratch path) and reads it back with poppler. */
    const text = async (kind: 'rekomendasi' | 'berita-acara' | 'sk') => {
      const file = join(dir, `${kind}.pdf`);
      app.saveDialogAnswers.push(file);
      const res = await app.page.evaluate(([id, k]) => (globalThis as any).api.documents.save({ sidangId: id, kind: k, format: 'pdf' }), [sidangId, kind]);
      expect(res).toMatchObject({ ok: true, value: { path: file } });
      return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    };
    const rek = await text('rekomendasi');
    expect(rek).toContain(`tidak memenuhi syarat ${failed.namaPendek} — dikecualikan karena`);
    expect(rek).toContain('Pertimbangan sidang: Rekam jejak pelayanan baik');
    expect(rek).toContain('Pengisian JPT Pratama: Seleksi terbuka oleh panitia seleksi (800/11/PANSEL-JPT/2026 tanggal 12 November 2026');
    const ba = await text('berita-acara');
    expect(ba).toContain('Pengisian JPT Pratama: Seleksi terbuka oleh panitia seleksi');
    expect(ba).toContain('termasuk anggota yang menyatakan konflik kepentingan');
    expect(ba).toContain('Pemungutan suara ditutup oleh Ketua');
    expect(ba).toContain('persetujuan tertulis Menteri Dalam Negeri Nomor 100.2.2.6/8123/OTDA tanggal 20 November 2026');
    const sk = await text('sk');
    expect(sk).toContain('Memperhatikan');
  });

  it('shows targets under tracking, overdue ones and pledges to discuss', async () => {
    await tid('tab-tracking').click();
    await tid('tracking-table').waitFor();
    expect(await app.page.locator('[data-testid="tracking-row"][data-status="terlambat"]').count()).toBeGreaterThan(0);
    expect(await tid('tracking-flagged').textContent()).toBe('3 pakta mundur perlu dibahas');
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
    expect(first.riwayat.map((k) => k.hasil)).toEqual(['direkomendasikan', 'direkomendasikan']);
    expect(first.riwayat[1]!.alasanRevisi).toContain('atasan langsung');
    expect(first.pengecualian.map((e) => [e.ruleId, e.alasan])).toEqual([[failed.ruleId, EXCEPTION]]);
    expect(rec.items.every((i) => i.keputusan !== null)).toBe(true);
    expect(rec.items.find((i) => i.urutan === jptUrutan)!.prosedurJpt?.jenis).toBe('seleksi_terbuka');

    await tid('nav-session').click();
    await app.page.locator('[data-testid^="session-open-"]').first().click();
    await expect.poll(() => tid('session-status').textContent()).toBe('Selesai');
    await tid('agenda-item-1').click();
    await tid('recused-2').waitFor();
    await tid('decision-v2').waitFor();
    expect(await tid('decision-v1').textContent()).toContain(FIRST_REASON);
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

  it('creates the next session with the same members, bulk-adds requests and a vacant post, and keeps one sekretaris', async () => {
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
    await app.page.keyboard.press('Escape'); // the add dialog
    await tid('agenda-add-submit').waitFor({ state: 'detached' });

    // Members added one after another: a second, third and fourth Sekretaris are refused.
    const pick = async (testId: string, label: string) => {
      await tid(testId).click();
      await app.page.getByRole('option', { name: label, exact: true }).click();
    };
    await tid('member-add').click();
    for (const n of [2, 3, 4]) {
      await tid('member-nama').fill(`Sekretaris Tambahan ${n}`);
      await pick('member-peran', 'Sekretaris');
      await tid('member-submit').click();
      await expect.poll(() => tid('session-error').textContent()).toContain('tepat satu sekretaris');
    }
    await app.screenshot('session-11a-second-secretary-refused');
    // Before the start a role can be edited; after a successful add the form is back to Anggota.
    await pick('role-2', 'Anggota');
    await expect.poll(() => loadSessionRecord(db, s.id).anggota[1]!.peran).toBe('anggota');
    await tid('member-nama').fill('Kepala Bidang Mutasi BKPSDM');
    await pick('member-peran', 'Sekretaris');
    await tid('member-submit').click();
    await expect.poll(() => loadSessionRecord(db, s.id).anggota.map((a) => a.peran).filter((p) => p === 'sekretaris').length).toBe(1);
    await expect.poll(() => tid('member-peran').inputValue()).toBe('Anggota');
    expect(await tid('member-nama').inputValue()).toBe('');
    expect(await tid('quorum-recusal-note').textContent()).toContain('tetap dihitung hadir untuk kuorum');
  });

  it('saves on demand and speaks English when asked', async () => {
    await tid('session-save').click();
    // The full save runs beside the main loop (issue 18): the journal empties once it has committed.
    await expect.poll(() => app.ctx.dataset().saveStatus().journalRecords, { timeout: 60_000 }).toBe(0);
    await expect.poll(() => tid('save-status').textContent(), { timeout: 10_000 }).toContain('Tersimpan');
    await app.page.getByText('EN', { exact: true }).click();
    await expect.poll(() => tid('tab-tracking').textContent()).toBe('Target tracking');
    expect(await tid('quorum-status').textContent()).toContain('of 6 present');
    await app.screenshot('session-12-english');
    await app.page.getByText('ID', { exact: true }).click();
    await expect.poll(() => tid('tab-tracking').textContent()).toBe('Pemantauan Target');
  });
});
