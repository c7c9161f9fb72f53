import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { sealToTempFile, TEST_PASSPHRASE } from '../support/dataset-context';
import { tamper, votedSession, type AuditCtx } from './fixture';

let c: AuditCtx | null = null;
afterEach(() => { c?.cleanup(); c = null; });

function cliAudit(path: string): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, ['bin/baperjakat.mjs', 'audit', path], {
    env: { ...process.env, BAPERJAKAT_PASSPHRASE: TEST_PASSPHRASE }, encoding: 'utf8', timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout + r.stderr };
}

describe('audit re-derives votes, recusals, decisions and revisions from the chain', () => {
  it('an untouched session is UTUH: every row is what an entry recorded', async () => {
    ({ c } = await votedSession());
    const report = await c.call('dataset:verifyAudit', {});
    expect(report.rows.problems).toEqual([]);
    expect(report.rows.checked).toBe(4 + 3 + 1 + 3); // votes, recusal, decision versions
    expect(report.utuh).toBe(true);
  });

  it('a past vote whose pilihan was changed with SQL is reported: table, row, column, both values', async () => {
    const s = await votedSession();
    c = s.c;
    tamper(c, "UPDATE suara SET pilihan = 'setuju' WHERE agenda_item_id = ? AND anggota_id = ?", [s.items[0]!, s.ids[2]!]);
    const report = await c.call('dataset:verifyAudit', {});
    expect(report.valid).toBe(true); // the chain itself is untouched…
    expect(report.utuh).toBe(false); // …but the tables no longer match it
    expect(report.rows.problems).toEqual([{
      tabel: 'suara', baris: `agenda_item_id=${s.items[0]}, anggota_id=${s.ids[2]}`, masalah: 'berbeda',
      kolom: 'pilihan', tercatat: 'abstain', diTabel: 'setuju', seq: expect.any(Number),
    }]);
  });

  it('a recorded decision version deleted from the table, and a vote inserted without an entry, are reported', async () => {
    const s = await votedSession();
    c = s.c;
    tamper(c, 'DELETE FROM keputusan WHERE agenda_item_id = ? AND versi = 2', [s.items[0]!]);
    tamper(c, "INSERT INTO suara (agenda_item_id, anggota_id, pilihan, catatan, dicatat_pada) VALUES (?,?,'setuju','',?)",
      [s.items[1]!, s.ids[3]!, '2026-11-23T03:00:00.000Z']);
    const { rows, utuh } = await c.call('dataset:verifyAudit', {});
    expect(utuh).toBe(false);
    expect(rows.problems.map((p) => [p.tabel, p.masalah, p.baris])).toEqual([
      ['suara', 'tanpa_entri', `agenda_item_id=${s.items[1]}, anggota_id=${s.ids[3]}`],
      ['keputusan', 'baris_hilang', `agenda_item_id=${s.items[0]}, versi=2`],
    ]);
  });

  it('a revision whose reason was rewritten is reported, and the CLI exits 1 naming it', async () => {
    const s = await votedSession();
    c = s.c;
    tamper(c, "UPDATE keputusan SET alasan_revisi = 'Tidak ada revisi' WHERE agenda_item_id = ? AND versi = 2", [s.items[0]!]);
    const sealed = await sealToTempFile(c.ctx.dataset().db);
    try {
      const r = cliAudit(sealed.path);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('TIDAK COCOK');
      expect(r.stdout).toContain(`keputusan agenda_item_id=${s.items[0]}, versi=2`);
      expect(r.stdout).toContain('alasan_revisi');
      expect(r.stdout).toContain('"Tidak ada revisi", padahal entri #');
    } finally {
      rmSync(sealed.dir, { recursive: true, force: true });
    }
  }, 90_000);
});
