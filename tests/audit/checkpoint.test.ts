import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryHash, type AuditEntry } from '../../electron/audit/audit-log';
import { certificateFingerprint, findCheckpoint } from '../../electron/audit/checkpoint';
import { composeFor } from '../../electron/documents/generate';
import type { Database } from '../../electron/dataset/database';
import { sealToTempFile, TEST_PASSPHRASE } from '../support/dataset-context';
import { addSigningIdentity, CLOSE_PASSWORD as CERT_PASSWORD } from '../session/fixture';
import { tamper, votedSession, type AuditCtx } from './fixture';

let c: AuditCtx | null = null;
const dirs: string[] = [];
afterEach(() => {
  c?.cleanup();
  c = null;
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function cli(args: string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ['bin/baperjakat.mjs', 'audit', ...args], {
    env: { ...process.env, BAPERJAKAT_PASSPHRASE: TEST_PASSPHRASE, BAPERJAKAT_CERT_PASSWORD: CERT_PASSWORD }, encoding: 'utf8', timeout: 60_000,
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

async function sealed(db: Database): Promise<string> {
  const s = await sealToTempFile(db);
  dirs.push(s.dir);
  return s.path;
}

/** What an insider with the passphrase can do: change one entry's payload and recompute every hash after it. */
function rewriteChain(db: Database, seq: number, payload: (p: Record<string, unknown>) => Record<string, unknown>): void {
  const rows = db.all<AuditEntry>('SELECT * FROM audit_log ORDER BY seq');
  db.transaction(() => {
    let prev = rows.find((r) => r.seq === seq - 1)?.entry_hash ?? '0'.repeat(64);
    for (const r of rows.filter((x) => x.seq >= seq)) {
      const p = r.seq === seq ? JSON.stringify(payload(JSON.parse(r.payload))) : r.payload;
      const e = { ...r, payload: p, payload_hash: createHash('sha256').update(p).digest('hex'), prev_hash: prev };
      e.entry_hash = entryHash(e);
      db.run('UPDATE audit_log SET payload = ?, payload_hash = ?, prev_hash = ?, entry_hash = ? WHERE seq = ?', [e.payload, e.payload_hash, e.prev_hash, e.entry_hash, r.seq]);
      prev = e.entry_hash;
    }
  }, { journal: false });
}

async function closedWithCheckpoint(withIdentity: boolean) {
  const s = await votedSession();
  c = s.c;
  if (withIdentity) addSigningIdentity(c.ctx.dataset().db);
  await c.call('session:setStatus', { sidangId: s.sidangId, status: 'selesai', password: CERT_PASSWORD });
  return s;
}

describe('a signed checkpoint of the audit head, made when a session is closed', () => {
  it('closing records the head (the close entry included); the exported .bpjcp verifies against the dataset', async () => {
    const s = await closedWithCheckpoint(true);
    const db = c!.ctx.dataset().db;
    const cp = findCheckpoint(db, s.sidangId)!;
    const closeSeq = db.value<number>("SELECT MAX(seq) FROM audit_log WHERE action = 'session.tutup'");
    expect(cp.seq).toBe(closeSeq);
    const path = await sealed(db);
    const out = join(dirs[0]!, 'titik.bpjcp');
    const exp = cli([path, '--ekspor-titik', out, '--sidang', s.sidangId]);
    expect(exp.status, exp.out).toBe(0);
    expect(exp.out).toContain('ditandatangani saat sidang ditutup');
    const file = JSON.parse(readFileSync(out, 'utf8'));
    expect(file).toMatchObject({ format: 'bpjcp-1', seq: cp.seq, hash: cp.hash, sidangId: s.sidangId });
    expect(file.signature).toMatch(/^[A-Za-z0-9+/=]{100,}$/);
    const ok = cli([path, '--checkpoint', out]);
    expect(ok.status, ok.out).toBe(0);
    expect(ok.out).toContain('Rantai     : COCOK');
    expect(ok.out).toContain('Tanda tangan: SAH');
  }, 120_000);

  it('an entry before the checkpoint rewritten with every later hash recomputed is caught; so is a cut chain and a forged file', async () => {
    const s = await closedWithCheckpoint(true);
    const db = c!.ctx.dataset().db;
    const out = join((await sealed(db)).replace(/dataset\.bpj$/, ''), 'titik.bpjcp');
    expect(cli([await sealed(db), '--ekspor-titik', out]).status).toBe(0);

    // A consistent rewrite: the vote's entry and its table row both say 'setuju' now, every hash after it redone.
    const voteSeq = db.value<number>("SELECT seq FROM audit_log WHERE action = 'session.suara' AND payload LIKE '%abstain%'")!;
    // (the payload's full row too: audit compares the table with it)
    rewriteChain(db, voteSeq, (p) => ({ ...p, pilihan: 'setuju', catatan: '', suara: { ...(p.suara as object), pilihan: 'setuju', catatan: '' } }));
    tamper(c!, "UPDATE suara SET pilihan = 'setuju', catatan = '' WHERE agenda_item_id = ? AND anggota_id = ?", [s.items[0]!, s.ids[2]!]);
    const rewritten = await sealed(db);
    const plain = cli([rewritten]);
    expect(plain.status, plain.out).toBe(0); // without the checkpoint, the rewrite is invisible…
    const caught = cli([rewritten, '--checkpoint', out]);
    expect(caught.status).toBe(1); // …with it, it is not
    expect(caught.out).toContain('Rantai     : BERUBAH');

    // Entries cut back to before the checkpoint.
    tamper(c!, 'DELETE FROM audit_log WHERE seq >= ?', [voteSeq]);
    const cut = cli([await sealed(db), '--checkpoint', out]);
    expect(cut.status).toBe(1);
    expect(cut.out).toContain('TERPOTONG');

    // The checkpoint file edited to match a forged chain: its signature no longer verifies.
    const forged = JSON.parse(readFileSync(out, 'utf8'));
    forged.hash = 'a'.repeat(64);
    writeFileSync(out, JSON.stringify(forged));
    const bad = cli([rewritten, '--checkpoint', out]);
    expect(bad.status).toBe(1);
    expect(bad.out).toContain('Tanda tangan: TIDAK SAH');
  }, 180_000);
  // Without a signing identity the close is refused: tests/audit/checkpoint-signed-close.test.ts.
});

describe('the berita acara prints the checkpoint', () => {
  it('a small block with the sequence, hash, time and signer fingerprint made at closing', async () => {
    const s = await closedWithCheckpoint(true);
    const db = c!.ctx.dataset().db;
    const cp = findCheckpoint(db, s.sidangId)!;
    const { composed } = composeFor(db, 'berita-acara', s.sidangId);
    const notes = composed.blocks.filter((b) => b.t === 'note').map((b) => (b as { text: string }).text);
    expect(notes.some((n) => n.includes(`entri #${cp.seq}, hash ${cp.hash}, ${cp.time}, ditandatangani sekretariat, sidik jari sertifikat SHA-256 ${certificateFingerprint(cp.certificate!)}`))).toBe(true);
  });
});
