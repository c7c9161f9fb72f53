import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, type HarnessApp } from './harness';
import { DEMO_PASSPHRASE } from '../../electron/demo/constants';

/**
 * One act, one IPC call: a vote on the demo's open session is answered with the changed item and
 * the screen merges it (no re-read of the record, no app refresh). The header's save status polls
 * on a timer; the page's clock is held still while the vote is counted, so only the act's own calls show.
 */
describe('session: one round trip per act', () => {
  let app: HarnessApp;
  beforeAll(async () => {
    app = await launchApp({ now: () => new Date('2026-11-23T03:00:00.000Z'), clock: true });
  });
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
  });
  const tid = (id: string) => app.page.getByTestId(id);

  /** The IPC calls `act` causes, with the page's timers paused, once `done` shows its result. */
  async function callsOf(act: () => Promise<void>, done: () => Promise<unknown>): Promise<string[]> {
    // Ahead of the page's clock by more than any pause between reading it and pausing (a poll due before then runs now).
    const now = await app.page.evaluate(() => Date.now());
    await app.page.clock.pauseAt(now + 10_000);
    const before = app.calls.length;
    await act();
    await done();
    const calls = app.calls.slice(before);
    await app.page.clock.resume();
    return calls;
  }

  it('a vote, an attendance and a recusal each cost one call', async () => {
    await tid('passphrase').fill(DEMO_PASSPHRASE);
    await tid('open-demo').click();
    await tid('nav-session').waitFor({ timeout: 30_000 });
    await tid('nav-session').click();
    await app.page.locator('[data-testid^="session-open-"]').first().click();
    await tid('session-start').click();
    await expect.poll(() => tid('session-status').textContent()).toBe('Berlangsung');

    for (const n of [1, 2, 3, 4]) {
      expect(await callsOf(() => tid(`attend-${n}`).click(), () => expect.poll(() => tid(`attend-${n}`).isChecked()).toBe(true)))
        .toEqual(['session:setAttendance']);
    }
    await tid('agenda-item-1').click();
    await tid('agenda-item-panel').waitFor();
    expect(await callsOf(() => tid('vote-1-setuju').click(), () => expect.poll(() => tid('vote-1-setuju').getAttribute('data-selected')).toBe('true')))
      .toEqual(['session:vote']);
    expect(await callsOf(async () => {
      await tid('conflict-declare-2').click();
      await tid('conflict-reason').fill('Pemohon bawahan langsung di unit yang dipimpin');
      await tid('conflict-submit').click();
    }, () => tid('recused-2').waitFor())).toEqual(['session:declareConflict']);
    // The merged answer is what main holds: the tally counts the recusal and the vote.
    expect(await callsOf(() => tid('vote-3-tidak_setuju').click(), () => expect.poll(() => tid('vote-tally').textContent()).toBe('Setuju 1 · Tidak setuju 1 · Abstain 0 · Belum 1')))
      .toEqual(['session:vote']);
  }, 180_000);
});
