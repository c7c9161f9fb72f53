import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import forge from 'node-forge';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { contextWithDataset } from '../support/dataset-context';
import { buildSessionFixture } from './fixture';
import { pdfsig, qpdfCheck, renderPdf } from './tools';
import { verifySignedPdf } from '../../electron/documents/verify-pdf';
import { exportIdentityP12 } from '../../electron/documents/identity';
import { PDFDocument } from 'pdf-lib';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';

const NOW = new Date('2026-11-23T03:00:00Z');
const PASSWORD = 'sandi-sertifikat-uji';

/** A PKCS#12 made with forge, for the import paths (expired, CA, wrong usage). */
function makeP12(opts: { notBefore: Date; notAfter: Date; ca?: boolean; keyEncipherOnly?: boolean }): Buffer {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '0a1b2c';
  cert.validity.notBefore = opts.notBefore;
  cert.validity.notAfter = opts.notAfter;
  const subject = [{ shortName: 'CN', value: 'Uji Impor' }, { shortName: 'O', value: 'BKPSDM Kota Bengkulu' }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: !!opts.ca },
    opts.keyEncipherOnly ? { name: 'keyUsage', keyEncipherment: true } : { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const asn = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], PASSWORD, { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(asn).getBytes(), 'binary');
}

describe('signed recommendation and berita acara (PAdES)', () => {
  let t: Awaited<ReturnType<typeof contextWithDataset>>;
  let rekPath: string;
  let rek: Buffer;

  beforeAll(async () => {
    const { db } = await buildSessionFixture(8);
    t = await contextWithDataset(db, { now: () => NOW });
    await t.call('documents:createIdentity', {
      commonName: 'Ratna Dewi, S.H., M.H.', organization: 'Pemerintah Kota Bengkulu', validYears: 2, password: PASSWORD,
    });
    const out = await renderPdf(t, { sidangId: 's-1', kind: 'rekomendasi', sign: true, certPassword: PASSWORD });
    rek = Buffer.from(out.pdfBase64, 'base64');
    rekPath = join(t.dir, 'rekomendasi.pdf');
    writeFileSync(rekPath, rek);
  });
  afterAll(() => t?.cleanup());

  it('shows the certificate and keeps the private key only inside an encrypted PKCS#12', async () => {
    const { identity } = await t.call('documents:identity', {});
    expect(identity?.commonName).toBe('Ratna Dewi, S.H., M.H.');
    expect(identity?.fingerprintSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const db = t.ctx.dataset().db;
    // Not in meta (review packets copy meta to members): in its own table, as an encrypted PKCS#12.
    expect(db.value<number>("SELECT COUNT(*) FROM meta WHERE value LIKE '%p12%'")).toBe(0);
    const raw = db.value<string>('SELECT p12 FROM identitas_penanda_tangan WHERE id = 1')!;
    const p12 = Buffer.from(raw, 'base64');
    expect(p12.toString('latin1')).not.toMatch(/PRIVATE KEY/);
    expect(() => forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), false, 'salah')).toThrow();
    expect(t.ctx.dataset().db.value<number>("SELECT COUNT(*) FROM audit_log WHERE action = 'documents.identity.create'")).toBe(1);
  });

  it('verifies with poppler pdfsig: valid, whole document signed, ETSI.CAdES.detached', () => {
    const out = pdfsig(rekPath);
    expect(out).toContain('Signature is Valid');
    expect(out).toContain('Total document signed');
    expect(out).toContain('ETSI.CAdES.detached');
    expect(out).toContain('Ratna Dewi, S.H., M.H.');
    expect(qpdfCheck(rekPath).ok).toBe(true);
  });

  it('verifies with our own verifier, including the session record', () => {
    const r = verifySignedPdf(rek, t.ctx.dataset().db);
    expect(r.valid).toBe(true);
    expect(r.checks).toEqual({
      byteRangeCoversWholeFile: true, nothingAppended: true, messageDigestMatches: true, signatureValid: true, certificateValidAtSigning: true,
    });
    expect(r.signer?.commonName).toBe('Ratna Dewi, S.H., M.H.');
    expect(r.signingTime).toBe(NOW.toISOString());
    expect(r.document).toMatchObject({ kind: 'rekomendasi', sidangId: 's-1', sidangNomor: '07/BPJ/XI/2026' });
    expect(r.sessionMatch).toBe('cocok');
  });

  it('the CMS is CAdES: content-type, message-digest and ESS signing-certificate-v2 over the signer certificate', () => {
    const text = rek.toString('latin1');
    const m = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)/.exec(text)!;
    const der = Buffer.from(text.slice(Number(m[2]) + 1, Number(m[3]) - 1), 'hex');
    const asn = asn1js.fromBER(der.buffer.slice(der.byteOffset, der.byteOffset + der.byteLength));
    const sd = new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: asn.result }).content });
    const attrs = sd.signerInfos[0]!.signedAttrs!.attributes;
    expect(attrs.map((a) => a.type).sort()).toEqual([
      '1.2.840.113549.1.9.16.2.47', '1.2.840.113549.1.9.3', '1.2.840.113549.1.9.4',
    ].sort());
    const cert = sd.certificates![0] as pkijs.Certificate;
    const certHash = createHash('sha256').update(Buffer.from(cert.toSchema().toBER(false))).digest();
    const ess = attrs.find((a) => a.type === '1.2.840.113549.1.9.16.2.47')!.values[0] as asn1js.Sequence;
    const essCertId = (ess.valueBlock.value[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence;
    const hash = essCertId.valueBlock.value[0] as asn1js.OctetString;
    expect(Buffer.from(hash.valueBlock.valueHexView).equals(certHash)).toBe(true);
    expect(sd.signerInfos[0]!.digestAlgorithm.algorithmId).toBe('2.16.840.1.101.3.4.2.1');
  });

  it('one flipped byte after signing: pdfsig and our verifier both say invalid', () => {
    const bad = Buffer.from(rek);
    // One byte of the signed Info dictionary entry (inside the first signed range).
    const at = bad.indexOf('/BaperjakatDoc (') + 20;
    expect(at).toBeGreaterThan(20);
    bad[at] = bad[at] === 0x41 ? 0x42 : 0x41;
    const path = join(t.dir, 'rekomendasi-ubah.pdf');
    writeFileSync(path, bad);
    const out = pdfsig(path);
    expect(out).not.toContain('Signature is Valid');
    expect(out).toMatch(/Digest Mismatch|Signature is Invalid/);
    const r = verifySignedPdf(bad, t.ctx.dataset().db);
    expect(r.valid).toBe(false);
    expect(r.checks.messageDigestMatches).toBe(false);
    expect(r.sessionMatch).not.toBe('cocok');
  });

  it('bytes appended after signing are reported by both', () => {
    const more = Buffer.concat([rek, Buffer.from('\n% tambahan\n')]);
    const path = join(t.dir, 'rekomendasi-tambah.pdf');
    writeFileSync(path, more);
    expect(pdfsig(path)).toContain('Not total document signed');
    const r = verifySignedPdf(more, null);
    expect(r.valid).toBe(false);
    expect(r.checks.nothingAppended).toBe(false);
  });

  it('a truncated file or a mangled signature is reported, never thrown', () => {
    const cut = verifySignedPdf(rek.subarray(0, rek.length - 100), null);
    expect(cut.valid).toBe(false);
    expect(cut.checks.nothingAppended).toBe(false);
    const text = rek.toString('latin1');
    const start = text.indexOf('/Contents <') + 11;
    const mangled = Buffer.from(rek);
    mangled.write('00112233', start + 40, 'latin1'); // inside the CMS: hex still, structure broken
    const r = verifySignedPdf(mangled, null);
    expect(r.valid).toBe(false);
    expect(r.checks.byteRangeCoversWholeFile).toBe(true);
    expect(verifySignedPdf(Buffer.from('%PDF-1.7\n%%EOF\n'), null)).toMatchObject({ signed: false, valid: false });
  });

  it('a later change to the session record shows as "berbeda" while the signature stays valid', () => {
    const db = t.ctx.dataset().db;
    db.transaction(() => db.run("UPDATE keputusan SET alasan = 'Diubah setelah penandatanganan' WHERE agenda_item_id = 'ai-0'"));
    const r = verifySignedPdf(rek, db);
    expect(r.valid).toBe(true);
    expect(r.sessionMatch).toBe('berbeda');
    db.transaction(() => db.run("UPDATE keputusan SET alasan = 'Memenuhi syarat kepangkatan dan pendidikan; JPM 86%; SKP dua tahun terakhir Baik.' WHERE agenda_item_id = 'ai-0'"));
    expect(verifySignedPdf(rek, db).sessionMatch).toBe('cocok');
  });

  it('berita acara is signed too and passes pdfsig and qpdf', async () => {
    const out = await renderPdf(t, { sidangId: 's-1', kind: 'berita-acara', sign: true, certPassword: PASSWORD });
    const path = join(t.dir, 'ba.pdf');
    writeFileSync(path, Buffer.from(out.pdfBase64, 'base64'));
    expect(pdfsig(path)).toContain('Signature is Valid');
    expect(qpdfCheck(path).ok).toBe(true);
    expect(t.ctx.dataset().db.value<number>("SELECT COUNT(*) FROM audit_log WHERE action = 'documents.sign'")).toBe(2);
  });

  it('our verifier also accepts a PDF signed by other code (@signpdf P12Signer, adbe.pkcs7.detached, signing-time attribute)', async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawText('Dokumen pihak lain', { x: 50, y: 700 });
    pdflibAddPlaceholder({ pdfDoc: doc, reason: 'uji', contactInfo: '', name: 'uji', location: 'Bengkulu', signingTime: NOW });
    const unsigned = Buffer.from(await doc.save({ useObjectStreams: false }));
    const p12 = exportIdentityP12(t.ctx.dataset().db);
    const signed = await new SignPdf().sign(unsigned, new P12Signer(p12, { passphrase: PASSWORD }), NOW);
    const r = verifySignedPdf(signed, null);
    expect(r.subFilter).toBe('adbe.pkcs7.detached');
    expect(r.valid).toBe(true);
    expect(r.signer?.commonName).toBe('Ratna Dewi, S.H., M.H.');
    expect(r.sessionMatch).toBe('bukan_dokumen_aplikasi');
  });

  it('refuses a wrong certificate password', async () => {
    await expect(renderPdf(t, { sidangId: 's-1', kind: 'rekomendasi', sign: true, certPassword: 'keliru' }))
      .rejects.toMatchObject({ code: 'DOK_SANDI_SERTIFIKAT_SALAH' });
  });

  it('imports a .p12 and refuses expired, CA and wrong-usage certificates', async () => {
    const answer = (bytes: Buffer, name: string): void => {
      const p = join(t.dir, name);
      writeFileSync(p, bytes);
      t.ctx.platform.chooseOpenFile = async () => p;
    };
    answer(makeP12({ notBefore: new Date('2020-01-01'), notAfter: new Date('2025-01-01') }), 'kedaluwarsa.p12');
    await expect(t.call('documents:importIdentity', { password: PASSWORD })).rejects.toMatchObject({ code: 'DOK_SERTIFIKAT_KEDALUWARSA' });
    answer(makeP12({ notBefore: new Date('2026-01-01'), notAfter: new Date('2028-01-01'), ca: true }), 'ca.p12');
    await expect(t.call('documents:importIdentity', { password: PASSWORD })).rejects.toMatchObject({ code: 'DOK_SERTIFIKAT_PENGGUNAAN_SALAH' });
    answer(makeP12({ notBefore: new Date('2026-01-01'), notAfter: new Date('2028-01-01'), keyEncipherOnly: true }), 'enc.p12');
    await expect(t.call('documents:importIdentity', { password: PASSWORD })).rejects.toMatchObject({ code: 'DOK_SERTIFIKAT_PENGGUNAAN_SALAH' });
    answer(makeP12({ notBefore: new Date('2026-01-01'), notAfter: new Date('2028-01-01') }), 'baik.p12');
    await expect(t.call('documents:importIdentity', { password: 'salah' })).rejects.toMatchObject({ code: 'DOK_SANDI_SERTIFIKAT_SALAH' });
    const ok = await t.call('documents:importIdentity', { password: PASSWORD });
    expect(ok.identity?.commonName).toBe('Uji Impor');
    const out = await renderPdf(t, { sidangId: 's-1', kind: 'rekomendasi', sign: true, certPassword: PASSWORD });
    const path = join(t.dir, 'rek-impor.pdf');
    writeFileSync(path, Buffer.from(out.pdfBase64, 'base64'));
    expect(pdfsig(path)).toContain('Signature is Valid');
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
