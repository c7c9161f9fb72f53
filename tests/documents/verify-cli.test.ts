import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { sealToTempFile, TEST_PASSPHRASE } from '../support/dataset-context';
import { buildSessionFixture } from './fixture';
import { loadDatasetReadOnly } from '../../electron/documents/verify/read-only-dataset';
import { pdfsig } from './tools';

const CERT = 'sandi-sertifikat-cli';
const SECRETS = { BAPERJAKAT_PASSPHRASE: TEST_PASSPHRASE, BAPERJAKAT_CERT_PASSWORD: CERT };

function cli(args: string[], opts: { env?: Record<string, string>; input?: string } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  if (!opts.env?.BAPERJAKAT_PASSPHRASE) delete env.BAPERJAKAT_PASSPHRASE;
  if (!opts.env?.BAPERJAKAT_CERT_PASSWORD) delete env.BAPERJAKAT_CERT_PASSWORD;
  const r = spawnSync(process.execPath, ['bin/baperjakat.mjs', ...args], { env, input: opts.input ?? '', encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Names, sizes and modification times: what "nothing written next to the dataset" means. */
function listing(dir: string): string[] {
  return readdirSync(dir).sort().map((n) => {
    const s = statSync(join(dir, n));
    return `${n} ${s.size} ${s.mtimeMs}`;
  });
}

/** A CA and a signer certificate it issued, as a .p12 and the CA as PEM (a stand-in for the BSrE chain). */
function caAndSigner(): { p12: Buffer; caPem: string } {
  const caKeys = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
  const ca = forge.pki.createCertificate();
  ca.publicKey = caKeys.publicKey;
  ca.serialNumber = '01';
  ca.validity.notBefore = new Date('2025-01-01');
  ca.validity.notAfter = new Date('2035-01-01');
  const caName = [{ shortName: 'C', value: 'ID' }, { shortName: 'O', value: 'Uji CA' }, { shortName: 'CN', value: 'Uji Root CA' }];
  ca.setSubject(caName);
  ca.setIssuer(caName);
  ca.setExtensions([{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());
  const keys = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
  const ee = forge.pki.createCertificate();
  ee.publicKey = keys.publicKey;
  ee.serialNumber = '02';
  ee.validity.notBefore = new Date('2025-06-01');
  ee.validity.notAfter = new Date('2030-01-01');
  ee.setSubject([{ shortName: 'C', value: 'ID' }, { shortName: 'O', value: 'Pemerintah Kota Bengkulu' }, { shortName: 'CN', value: 'Sekretaris Bersertifikat' }]);
  ee.setIssuer(caName);
  ee.setExtensions([{ name: 'basicConstraints', cA: false }, { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true }]);
  ee.sign(caKeys.privateKey, forge.md.sha256.create());
  const asn = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [ee, ca], CERT, { algorithm: 'aes256' });
  return { p12: Buffer.from(forge.asn1.toDer(asn).getBytes(), 'binary'), caPem: forge.pki.certificateToPem(ca) };
}

describe('baperjakat identitas / document / verify --dataset', { timeout: 300_000 }, () => {
  let dir: string;
  let dataset: string;

  beforeAll(async () => {
    const { db } = await buildSessionFixture(4);
    ({ dir, path: dataset } = await sealToTempFile(db));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates an identity from the CLI, signs (audited, file 0600), and verify --dataset writes nothing next to the dataset', async () => {
    const before = cli(['document', 'rekomendasi', '--dataset', dataset, '--session', 's-1', '--format', 'pdf', '-o', join(dir, 'x.pdf')], { env: SECRETS });
    expect(before.code).toBe(1);
    expect(before.err).toContain('Belum ada sertifikat penanda tangan');
    const made = cli(['identitas', 'buat', dataset, '--nama', 'Ratna Dewi, S.H.', '--instansi', 'Pemerintah Kota Bengkulu'], { env: SECRETS });
    expect(made.code, made.err).toBe(0);
    expect(cli(['identitas', 'daftar', dataset], { env: SECRETS }).out).toMatch(/#1 \[aktif\] Ratna Dewi, S\.H\./);

    const out = join(dir, 'rek.pdf');
    const signed = cli(['document', 'rekomendasi', '--dataset', dataset, '--session', 's-1', '--format', 'pdf', '-o', out], { env: SECRETS });
    expect(signed.code, signed.err).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(pdfsig(out)).toContain('Signature is Valid');
    const db = await loadDatasetReadOnly(dataset, TEST_PASSPHRASE);
    expect(db.value<number>("SELECT COUNT(*) FROM audit_log WHERE action = 'documents.sign'")).toBe(1);
    expect(db.value<number>("SELECT COUNT(*) FROM audit_log WHERE action = 'documents.identity.create'")).toBe(1);
    db.close();

    const listed = listing(dir);
    const v = cli(['verify', out, '--dataset', dataset], { input: `${TEST_PASSPHRASE}\n` });
    expect(v.code, v.err).toBe(0);
    expect(v.out).toMatch(/Tanda tangan\s+SAH/);
    expect(v.out).toContain('terdaftar di dataset');
    expect(v.out).toContain('sertifikasi DocMDP P 2');
    expect(v.out).toMatch(/Penggunaan kunci\s+digitalSignature, nonRepudiation/);
    expect(v.out).toContain('cocok dengan catatan sidang');
    expect(listing(dir)).toEqual(listed);
  }, 300_000);

  it('imports a CA-issued .p12 and the CA into the trust list; the chain is validated at signing time; retire works', () => {
    const { p12, caPem } = caAndSigner();
    writeFileSync(join(dir, 'signer.p12'), p12);
    writeFileSync(join(dir, 'ca.pem'), caPem);
    const imp = cli(['identitas', 'impor', dataset, join(dir, 'signer.p12')], { env: SECRETS });
    expect(imp.code, imp.err).toBe(0);
    const id = /#(\d+)/.exec(imp.out)![1]!;
    const out = join(dir, 'rek-ca.pdf');
    const doc = cli(['document', 'rekomendasi', '--dataset', dataset, '--session', 's-1', '--format', 'pdf', '-o', out, '--identitas', id], { env: SECRETS });
    expect(doc.code, doc.err).toBe(0);
    const untrusted = cli(['verify', out, '--dataset', dataset], { env: SECRETS });
    expect(untrusted.out).toContain('rantai: tidak diperiksa (tanpa daftar CA)');
    // An end-entity certificate is not a CA: refused for the trust list.
    writeFileSync(join(dir, 'ee.der'), Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(forge.pki.certificateFromPem(caPem))).getBytes(), 'binary').subarray(0, 10));
    expect(cli(['identitas', 'ca-impor', dataset, join(dir, 'ee.der')], { env: SECRETS }).code).toBe(1);
    expect(cli(['identitas', 'ca-impor', dataset, join(dir, 'ca.pem')], { env: SECRETS }).code).toBe(0);
    const trusted = cli(['verify', out, '--dataset', dataset], { env: SECRETS });
    expect(trusted.code, trusted.err).toBe(0);
    expect(trusted.out).toContain('rantai: tepercaya');
    // The self-signed one (#1) does not chain to that CA.
    const rek1 = cli(['verify', join(dir, 'rek.pdf'), '--dataset', dataset], { env: SECRETS });
    expect(rek1.out).toContain('rantai: TIDAK tepercaya');

    expect(cli(['identitas', 'pensiun', dataset, '--id', '1'], { env: SECRETS }).code).toBe(0);
    const after = cli(['verify', join(dir, 'rek.pdf'), '--dataset', dataset], { env: SECRETS });
    expect(after.out).toContain('identitas sudah dipensiunkan');
    expect(cli(['identitas', 'daftar', dataset], { env: SECRETS }).out).toMatch(/#1 \[dipensiunkan/);
  }, 600_000);

  it('an empty or non-PDF file says so', () => {
    writeFileSync(join(dir, 'kosong.pdf'), '');
    writeFileSync(join(dir, 'bukan.pdf'), 'PK\x03\x04 ini arsip zip');
    const empty = cli(['verify', join(dir, 'kosong.pdf')]);
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('kosong');
    expect(cli(['verify', join(dir, 'bukan.pdf')]).err).toContain('bukan PDF');
  });
});
