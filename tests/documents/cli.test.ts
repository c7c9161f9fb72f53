import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sealToTempFile, TEST_PASSPHRASE } from '../support/dataset-context';
import { buildSessionFixture } from './fixture';
import { createSelfSignedIdentity } from '../../electron/documents/identity';
import { pdfsig, qpdfCheck } from './tools';

const CERT = 'sandi-sertifikat-cli';

function cli(args: string[], opts: { env?: Record<string, string>; input?: string } = {}) {
  const env = { ...process.env, ...opts.env };
  if (!opts.env?.BAPERJAKAT_PASSPHRASE) delete env.BAPERJAKAT_PASSPHRASE;
  if (!opts.env?.BAPERJAKAT_CERT_PASSWORD) delete env.BAPERJAKAT_CERT_PASSWORD;
  const r = spawnSync(process.execPath, ['bin/baperjakat.mjs', ...args], { env, input: opts.input ?? '', encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('baperjakat document / verify (headless)', { timeout: 300_000 }, () => {
  let dir: string;
  let dataset: string;

  beforeAll(async () => {
    const { db } = await buildSessionFixture(6);
    db.transaction(() => createSelfSignedIdentity(db, {
      commonName: 'Sekretaris Baperjakat', organization: 'Pemerintah Kota Bengkulu', validYears: 3, password: CERT,
    }, new Date()), { journal: false });
    ({ dir, path: dataset } = await sealToTempFile(db));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('produces a signed recommendation with secrets from the environment; verify says SAH and cocok', () => {
    const out = join(dir, 'rek.pdf');
    const r = cli(['document', 'rekomendasi', '--dataset', dataset, '--session', 's-1', '--format', 'pdf', '-o', out], {
      env: { BAPERJAKAT_PASSPHRASE: TEST_PASSPHRASE, BAPERJAKAT_CERT_PASSWORD: CERT },
    });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('PAdES');
    expect(pdfsig(out)).toContain('Signature is Valid');
    // Passphrase from stdin this time.
    const v = cli(['verify', out, '--dataset', dataset], { input: `${TEST_PASSPHRASE}\n` });
    expect(v.code, v.err).toBe(0);
    expect(v.out).toMatch(/Tanda tangan\s+SAH/);
    expect(v.out).toContain('Sekretaris Baperjakat');
    expect(v.out).toContain('cocok dengan catatan sidang');

    const bad = readFileSync(out);
    const at = bad.indexOf('/BaperjakatDoc (') + 18;
    bad[at] = bad[at] === 0x41 ? 0x42 : 0x41;
    writeFileSync(join(dir, 'rek-ubah.pdf'), bad);
    const v2 = cli(['verify', join(dir, 'rek-ubah.pdf')]);
    expect(v2.code).toBe(1);
    expect(v2.out).toMatch(/Tanda tangan\s+TIDAK SAH/);
  });

  it('produces the SK DOCX and the berita acara PDF, secrets read from stdin in order', () => {
    const sk = join(dir, 'sk.docx');
    // Named by its number this time.
    const r = cli(['document', 'sk', '--dataset', dataset, '--session', '07/BPJ/XI/2026', '--format', 'docx', '-o', sk], { input: `${TEST_PASSPHRASE}\n` });
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(sk).subarray(0, 2).toString()).toBe('PK');
    const ba = join(dir, 'ba.pdf');
    const r2 = cli(['document', 'berita-acara', '--dataset', dataset, '--session', 's-1', '--format', 'pdf', '-o', ba], {
      input: `${TEST_PASSPHRASE}\n${CERT}\n`,
    });
    expect(r2.code, r2.err).toBe(0);
    expect(qpdfCheck(ba).ok).toBe(true);
    expect(pdfsig(ba)).toContain('Total document signed');
  });

  it('refuses secrets in argv, unknown kinds and unknown sessions', () => {
    expect(cli(['document', 'sk', '--dataset', dataset, '--session', 's-1', '--password', 'x', '-o', 'x']).code).toBe(2);
    expect(cli(['document', 'memo', '--dataset', dataset, '--session', 's-1', '-o', 'x']).code).toBe(2);
    const r = cli(['document', 'sk', '--dataset', dataset, '--session', 'tidak-ada', '-o', join(dir, 'x.pdf')], {
      env: { BAPERJAKAT_PASSPHRASE: TEST_PASSPHRASE },
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain('tidak-ada tidak ditemukan');
  });
});
