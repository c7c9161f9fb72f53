import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, type HarnessApp } from './harness';
import { DEMO_PASSPHRASE } from '../../electron/demo/constants';
import { listSidang, loadAnggota } from '../../electron/session/sidang-store';

/** Issue 15: members are entered in the create-session dialog itself, not only copied from the last session. */
describe('create-session dialog', () => {
  let app: HarnessApp;
  beforeAll(async () => {
    app = await launchApp({ now: () => new Date('2026-11-23T03:00:00.000Z'), viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
  });
  const tid = (id: string) => app.page.getByTestId(id);

  it('fills the members from the latest session, lets one be added and one removed, and creates with them', async () => {
    await tid('passphrase').fill(DEMO_PASSPHRASE);
    await tid('open-demo').click();
    await tid('nav-session').click({ timeout: 60_000 });
    await tid('session-new').click();
    const rows = tid('create-member-row');
    await rows.first().waitFor();
    const before = await rows.count();
    expect(before).toBeGreaterThanOrEqual(4);
    await tid('create-member-add').click();
    await tid(`create-member-nama-${before}`).fill('Kepala Bappeda Kota Bengkulu');
    await rows.nth(before - 1).getByRole('button').click(); // remove the last copied member
    await tid('create-nomor').fill('800/12/BPJ/2026');
    await app.screenshot('session-create-members');
    await tid('create-submit').click();
    await expect.poll(() => tid('session-nomor').textContent()).toBe('800/12/BPJ/2026');
    const created = listSidang(app.ctx.dataset().db).find((s) => s.nomor === '800/12/BPJ/2026')!;
    const names = loadAnggota(app.ctx.dataset().db, created.id).map((a) => a.nama);
    expect(names).toHaveLength(before);
    expect(names.at(-1)).toBe('Kepala Bappeda Kota Bengkulu');
  });

  it('speaks English in the header and the session screen', async () => {
    await app.page.getByText('EN', { exact: true }).click();
    await expect.poll(() => tid('redaction-badge').textContent()).toContain('Redaction');
    await app.screenshot('session-english');
  });
});
