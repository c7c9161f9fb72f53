import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sealToTempFile, TEST_PASSPHRASE } from '../support/dataset-context';
import { checkpointFileFromStored, findCheckpoint, verifyCheckpoint } from '../../electron/audit/checkpoint';
import { addSigningIdentity, CLOSE_PASSWORD as CERT_PASSWORD } from '../session/fixture';
import { votedSession, type AuditCtx } from './fixture';

let c: AuditCtx | null = null;
afterEach(() => { c?.cleanup(); c = null; });

/** A voted session with a signer, closed with the signer's password. */
async function closedSession() {
  const s = await votedSession();
  c = s.c;
  const db = c.ctx.dataset().db;
  addSigningIdentity(db);
  await c.call('session:setStatus', { sidangId: s.sidangId, status: 'selesai', password: CERT_PASSWORD });
  return { ...s, c, db };
}

describe('closing a session signs the checkpoint at that moment', () => {
  it('is refused without a signing identity, and the session stays open', async () => {
    const s = await votedSession();
    c = s.c;
    await expect(c.call('session:setStatus', { sidangId: s.sidangId, status: 'selesai', password: CERT_PASSWORD })).rejects.toThrow();
    expect((await c.call('session:record', { sidangId: s.sidangId })).sidang.status).toBe('berlangsung');
    expect(findCheckpoint(c.ctx.dataset().db, s.sidangId)).toBeNull();
  });

  it('is refused with a wrong or missing password, and the session stays open', async () => {
    const s = await votedSession();
    c = s.c;
    addSigningIdentity(c.ctx.dataset().db);
    await expect(c.call('session:setStatus', { sidangId: s.sidangId, status: 'selesai', password: 'sandi-yang-salah' })).rejects.toThrow();
    await expect(c.call('session:setStatus', { sidangId: s.sidangId, status: 'selesai' })).rejects.toThrow();
    expect((await c.call('session:record', { sidangId: s.sidangId })).sidang.status).toBe('berlangsung');
  });

  it('stores a signature that verifies; editing the stored checkpoint afterwards fails it', async () => {
    const s = await closedSession();
    const { db } = s;
    const file = checkpointFileFromStored(findCheckpoint(db, s.sidangId)!);
    expect(verifyCheckpoint(db, file)).toMatchObject({ chain: 'cocok', signature: 'sah' });
    db.run("UPDATE titik_periksa SET dibuat_pada = '2020-01-01T00:00:00.000Z'");
    const edited = checkpointFileFromStored(findCheckpoint(db, s.sidangId)!);
    expect(verifyCheckpoint(db, edited).signature).toBe('tidak_sah');
  });

  it('session:exportCheckpoint writes the signed .bpjcp to the file main chose; audit --checkpoint accepts it, and reports a cut chain', async () => {
    const s = await closedSession();
    const { db } = s;
    const dir = mkdtempSync(join(tmpdir(), 'bpjcp-'));
    try {
      const out = join(dir, 'titik.bpjcp');
      s.c.ctx.platform.chooseSaveFile = async () => out;
      const r = await s.c.call('session:exportCheckpoint', { sidangId: s.sidangId });
      expect(r.berkas).toMatchObject({ name: 'titik.bpjcp', seq: findCheckpoint(db, s.sidangId)!.seq });
      const audit = async (args: string[]) => {
        const sealed = await sealToTempFile(db);
        const p = spawnSync(process.execPath, ['bin/baperjakat.mjs', 'audit', sealed.path, ...args], {
          env: { ...process.env, BAPERJAKAT_PASSPHRASE: TEST_PASSPHRASE }, encoding: 'utf8', timeout: 60_000,
        });
        rmSync(sealed.dir, { recursive: true, force: true });
        return { status: p.status, out: p.stdout + p.stderr };
      };
      const ok = await audit(['--checkpoint', out]);
      expect(ok.status, ok.out).toBe(0);
      expect(ok.out).toContain('Tanda tangan: SAH');
      db.run('DELETE FROM audit_log WHERE seq >= ?', [findCheckpoint(db, s.sidangId)!.seq - 2]);
      const cut = await audit(['--checkpoint', out]);
      expect(cut.status).toBe(1);
      expect(cut.out).toContain('TERPOTONG');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
