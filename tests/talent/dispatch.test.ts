import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../electron/audit/audit-log';
import { contextWithDataset } from '../support/dataset-context';
import { pdftotext } from '../documents/tools';
import { formatNip } from '../../shared/domain/nip';
import { buildTalentCity, nip, NOW, PEOPLE } from './fixture';

type Ctx = Awaited<ReturnType<typeof contextWithDataset>>;
let t: Ctx | null = null;
afterEach(() => { t?.cleanup(); t = null; });

async function open(): Promise<Ctx> {
  t = await contextWithDataset(await buildTalentCity(), { now: () => NOW });
  return t;
}
const audit = (c: Ctx, action: string) =>
  c.ctx.dataset().db.all<{ payload: string; actor: string }>('SELECT payload, actor FROM audit_log WHERE action = ? ORDER BY seq', [action]);

describe('succession plans through dispatch', () => {
  it('stores the committee\'s plan as one audited act carrying the rows, and answers with the plan', async () => {
    const c = await open();
    const plan = await c.call('talent:savePlan', {
      jabatanId: 'j-jpt-1',
      suksesor: [{ nip: nip(2), kesiapan: 'satu_dua_tahun', tindakan: 'Diklat PKN II; penugasan Plt.' }, { nip: nip(1), kesiapan: 'lebih_dua_tahun', tindakan: '' }],
    });
    expect(plan.tersimpan).toBe(true);
    expect(plan.dicatatPada).toBe(NOW.toISOString());
    expect(plan.suksesor.map((s) => [s.nip, s.kesiapan])).toEqual([[nip(2), 'satu_dua_tahun'], [nip(1), 'lebih_dua_tahun']]);
    // The gaps stay computed from the post's standard.
    expect(plan.suksesor[0]!.kesenjangan.map((g) => g.kode)).toEqual(['integritas', 'kerjasama']);
    // The committee judged nobody ready now for a vacant post: flagged.
    expect(plan.lowongTanpaSiap).toBe(true);
    const [entry] = audit(c, 'talent.rencana_suksesi');
    expect(entry!.actor).toBe('uji');
    expect(JSON.parse(entry!.payload)).toEqual({
      jabatanId: 'j-jpt-1',
      suksesor: [
        { urutan: 1, nip: nip(2), kesiapan: 'satu_dua_tahun', tindakan: 'Diklat PKN II; penugasan Plt.' },
        { urutan: 2, nip: nip(1), kesiapan: 'lebih_dua_tahun', tindakan: '' },
      ],
    });
    // An edit replaces the plan; the audit keeps both.
    const edited = await c.call('talent:savePlan', { jabatanId: 'j-jpt-1', suksesor: [{ nip: nip(1), kesiapan: 'siap_sekarang', tindakan: 'Siap dilantik.' }] });
    expect(edited.lowongTanpaSiap).toBe(false);
    expect(audit(c, 'talent.rencana_suksesi')).toHaveLength(2);
    const list = await c.call('talent:keyPosts', { unitId: 'u-dinkes' });
    expect(list.posts.find((p) => p.id === 'j-jpt-1')).toMatchObject({ tersimpan: true, jumlahSuksesor: 1, siapSekarang: 1, lowongTanpaSiap: false });
    expect(verifyChain(c.ctx.dataset().db).valid).toBe(true);
  });

  it('refuses the holder, a non-key post, a duplicate or a fourth successor, and writes no audit entry for them', async () => {
    const c = await open();
    await expect(c.call('talent:savePlan', { jabatanId: 'j-adm-1', suksesor: [{ nip: nip(1), kesiapan: 'siap_sekarang', tindakan: '' }] }))
      .rejects.toMatchObject({ code: 'TALENTA_PEMEGANG_BUKAN_SUKSESOR' });
    await expect(c.call('talent:savePlan', { jabatanId: 'j-pgw-1', suksesor: [] })).rejects.toMatchObject({ code: 'TALENTA_BUKAN_JABATAN_KUNCI' });
    const s = { nip: nip(2), kesiapan: 'siap_sekarang' as const, tindakan: '' };
    await expect(c.call('talent:savePlan', { jabatanId: 'j-jpt-1', suksesor: [s, s] })).rejects.toMatchObject({ code: 'MASUKAN_TIDAK_VALID' });
    const four = [1, 2, 3, 4].map((i) => ({ ...s, nip: nip(i) }));
    await expect(c.call('talent:savePlan', { jabatanId: 'j-jpt-1', suksesor: four })).rejects.toMatchObject({ code: 'MASUKAN_TIDAK_VALID' });
    await expect(c.call('talent:savePlan', { jabatanId: 'j-jpt-1', suksesor: [{ ...s, nip: '199901012020011001' }] }))
      .rejects.toMatchObject({ code: 'TALENTA_PEGAWAI_TIDAK_ADA' });
    expect(audit(c, 'talent.rencana_suksesi')).toHaveLength(0);
    expect(c.ctx.dataset().db.value('SELECT COUNT(*) FROM rencana_suksesi')).toBe(0);
  });

  it('lets the committee mark a post as key (with a reason, audited), which then takes a plan', async () => {
    const c = await open();
    await expect(c.call('talent:markKeyPost', { jabatanId: 'j-pgw-1', kunci: true, alasan: 'x' })).rejects.toMatchObject({ code: 'TALENTA_ALASAN_TANDA' });
    const marked = await c.call('talent:markKeyPost', { jabatanId: 'j-pgw-1', kunci: true, alasan: 'Satu-satunya pengelola gudang farmasi.' });
    expect(marked).toMatchObject({ ditandai: true, alasanTanda: 'Satu-satunya pengelola gudang farmasi.' });
    expect((await c.call('talent:keyPosts', { unitId: null })).posts.map((p) => p.id)).toContain('j-pgw-1');
    await c.call('talent:savePlan', { jabatanId: 'j-pgw-1', suksesor: [] });
    await c.call('talent:markKeyPost', { jabatanId: 'j-pgw-1', kunci: false });
    expect(audit(c, 'talent.jabatan_kunci').map((e) => JSON.parse(e.payload).kunci)).toEqual([true, false]);
    expect(await c.call('talent:planForPost', { jabatanId: 'j-pgw-1' })).toBeNull();
    expect((await c.call('talent:planForPost', { jabatanId: 'j-jpt-1' }))!.jabatan.nama).toBe('Kepala Dinas Kesehatan');
  });

  it('saves the unit\'s Rencana Suksesi as PDF/A through the save dialog: the plan is there, no NIP is', async () => {
    const c = await open();
    await c.call('talent:savePlan', { jabatanId: 'j-jpt-1', suksesor: [{ nip: nip(2), kesiapan: 'satu_dua_tahun', tindakan: 'Diklat kepemimpinan nasional tingkat II.' }] });
    const target = join(c.dir, 'rencana.pdf');
    c.ctx.platform.chooseSaveFile = async () => target;
    const out = await c.call('talent:savePdf', { unitId: 'u-dinkes' });
    expect(out).toMatchObject({ path: target, fileName: 'rencana-suksesi-dinkes.pdf' });
    const bytes = readFileSync(target);
    mkdirSync('test-output', { recursive: true });
    copyFileSync(target, 'test-output/rencana-suksesi-dinkes.pdf'); // to look at (pdftoppm)
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain('pdfaid:part');
    const text = pdftotext(target).replace(/\s+/g, ' ');
    expect(text).toContain('RENCANA SUKSESI JABATAN KUNCI');
    expect(text).toContain('Kepala Dinas Kesehatan');
    expect(text).toContain('Budi Santoso');
    expect(text).toContain('Diklat kepemimpinan nasional tingkat II.');
    expect(text).toContain('Lowong tanpa suksesor siap sekarang');
    expect(text).toContain('usulan'); // the administrator posts' plans are proposals
    const digits = pdftotext(target).replace(/\D+/g, ' ');
    for (const p of PEOPLE) {
      expect(digits).not.toContain(nip(p.i));
      expect(text).not.toContain(formatNip(nip(p.i)));
      expect(text).not.toContain(nip(p.i).slice(0, 8) + ' ' + nip(p.i).slice(8, 14));
    }
    // A cancelled dialog writes nothing.
    c.ctx.platform.chooseSaveFile = async () => null;
    expect((await c.call('talent:savePdf', { unitId: 'u-kec' })).path).toBeNull();
    expect(existsSync(join(c.dir, 'rencana-suksesi-kec-ra.pdf'))).toBe(false);
  }, 60_000);
});
