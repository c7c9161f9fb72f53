import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contextWithDataset } from '../support/dataset-context';
import { buildSessionFixture } from './fixture';
import { pdftotext, qpdfCheck, renderPdf } from './tools';
import { verifySignedPdf } from '../../electron/documents/verify-pdf';
import { DEFAULT_DOCUMENT_SETTINGS } from '../../shared/documents/defaults';

/** 1×1 transparent PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('kop surat and SK wording per instansi', () => {
  let t: Awaited<ReturnType<typeof contextWithDataset>>;
  beforeAll(async () => {
    t = await contextWithDataset((await buildSessionFixture(4)).db, { now: () => new Date('2026-11-23T03:00:00Z') });
  });
  afterAll(() => t?.cleanup());

  it('stores letterhead, logo and legal bases in the dataset (audited) and prints them', async () => {
    const next = {
      kop: { ...DEFAULT_DOCUMENT_SETTINGS.kop, instansi: 'Badan Pertimbangan Jabatan dan Kepangkatan Kota Uji', alamat: 'Jalan Uji No. 7', logoBase64: PNG },
      naskah: { ...DEFAULT_DOCUMENT_SETTINGS.naskah, mengingat: ['Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;', 'Peraturan Wali Kota Uji Nomor 1 Tahun 2026;'] },
    };
    const saved = await t.call('documents:updateSettings', next);
    expect(saved.kop.instansi).toBe(next.kop.instansi);
    expect(await t.call('documents:getSettings', {})).toEqual(saved);
    expect(t.ctx.dataset().db.value<number>("SELECT COUNT(*) FROM audit_log WHERE action = 'documents.settings.update'")).toBe(1);

    const sk = await renderPdf(t, { sidangId: 's-1', kind: 'sk' });
    const skPath = join(t.dir, 'sk.pdf');
    writeFileSync(skPath, Buffer.from(sk.pdfBase64, 'base64'));
    expect(qpdfCheck(skPath).ok).toBe(true);
    const skText = pdftotext(skPath);
    expect(skText).toContain('Peraturan Wali Kota Uji Nomor 1 Tahun 2026;');
    expect(skText).not.toContain('Peraturan Pemerintah Nomor 94 Tahun 2021');

    const rek = await renderPdf(t, { sidangId: 's-1', kind: 'rekomendasi' });
    const rekPath = join(t.dir, 'rek.pdf');
    writeFileSync(rekPath, Buffer.from(rek.pdfBase64, 'base64'));
    const rekText = pdftotext(rekPath).replace(/\s+/g, ' ');
    expect(rekText).toContain('BADAN PERTIMBANGAN JABATAN DAN KEPANGKATAN KOTA UJI');
    expect(rekText).toContain('Jalan Uji No. 7');
    expect(rekText).toContain('RAHASIA');
    expect(rekText).toContain('belum ditandatangani');
  });

  it('imports the emblem once into the dataset through the open dialog (PNG/JPEG checked by content)', async () => {
    const png = join(t.dir, 'lambang.png');
    writeFileSync(png, Buffer.from(PNG, 'base64'));
    const gif = join(t.dir, 'lambang.png.gif');
    writeFileSync(gif, Buffer.from('GIF89a\x01\x00\x01\x00'));
    const before = await t.call('documents:updateSettings', { ...DEFAULT_DOCUMENT_SETTINGS, kop: { ...DEFAULT_DOCUMENT_SETTINGS.kop, logoBase64: null } });
    t.ctx.platform.chooseOpenFile = async () => null;
    expect(await t.call('documents:importLogo', {})).toEqual(before);
    t.ctx.platform.chooseOpenFile = async () => gif;
    await expect(t.call('documents:importLogo', {})).rejects.toMatchObject({ code: 'DOK_LOGO_TIDAK_VALID' });
    t.ctx.platform.chooseOpenFile = async () => png;
    const after = await t.call('documents:importLogo', {});
    expect(after.kop.logoBase64).toBe(PNG);
    expect((await t.call('documents:getSettings', {})).kop.logoBase64).toBe(PNG);
    expect(t.ctx.dataset().db.value<number>("SELECT COUNT(*) FROM audit_log WHERE action = 'documents.settings.logo'")).toBe(1);
  });

  it('refuses a logo that is not PNG or JPEG', async () => {
    const bad = { ...DEFAULT_DOCUMENT_SETTINGS, kop: { ...DEFAULT_DOCUMENT_SETTINGS.kop, logoBase64: Buffer.from('GIF89a....').toString('base64') } };
    await expect(t.call('documents:updateSettings', bad)).rejects.toMatchObject({ code: 'DOK_LOGO_TIDAK_VALID' });
  });

  it('an unsigned PDF is reported as not signed, and signing without a certificate is refused clearly', async () => {
    const out = await renderPdf(t, { sidangId: 's-1', kind: 'berita-acara' });
    const r = await verifySignedPdf(Buffer.from(out.pdfBase64, 'base64'), null);
    expect(r).toMatchObject({ signed: false, valid: false });
    await expect(renderPdf(t, { sidangId: 's-1', kind: 'rekomendasi', sign: true, certPassword: 'x' }))
      .rejects.toMatchObject({ code: 'DOK_IDENTITAS_BELUM_ADA' });
    await expect(t.call('documents:save', { sidangId: 's-1', kind: 'sk', format: 'docx', sign: true, certPassword: 'x' }))
      .rejects.toMatchObject({ code: 'DOK_DOCX_TIDAK_DITANDATANGANI' });
    await expect(t.call('documents:compose', { sidangId: 'tidak-ada', kind: 'sk' })).rejects.toMatchObject({ code: 'DOK_SIDANG_TIDAK_ADA' });
    const db = t.ctx.dataset().db;
    db.transaction(() => db.run("UPDATE sidang SET status = 'berlangsung' WHERE id = 's-1'"));
    await expect(renderPdf(t, { sidangId: 's-1', kind: 'rekomendasi', sign: true, certPassword: 'x' }))
      .rejects.toMatchObject({ code: 'DOK_SIDANG_BELUM_SELESAI' });
    expect((await renderPdf(t, { sidangId: 's-1', kind: 'rekomendasi' })).signed).toBe(false);
    db.transaction(() => db.run("UPDATE sidang SET status = 'selesai' WHERE id = 's-1'"));
  });
});
