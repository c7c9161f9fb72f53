import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildDemoDataset } from '../../electron/demo';
import { listSidang } from '../../electron/session/sidang-store';
import { loadSessionRecord } from '../../electron/session/session-record';
import { updateConfig } from '../../electron/compare/config-store';
import { formatNip } from '../../shared/domain/nip';
import { FACTORS } from '../../shared/compare/ranking';
import { ELIGIBILITY_RULES } from '../../shared/rules';
import { contextWithDataset } from '../support/dataset-context';
import { pdftotext } from './tools';

/**
 * The two public documents ("Pengumuman hasil", "Kriteria dan bobot") on the demo: generated from
 * the record, and nothing the law keeps confidential in them — checked with poppler's text against
 * every NIP, address and phone number in the dataset.
 */
describe('public documents from the demo record', () => {
  let t: Awaited<ReturnType<typeof contextWithDataset>>;
  const text: Record<string, string> = {};
  let closed: { id: string; nomor: string }[] = [];

  const save = async (sidangId: string, kind: 'pengumuman' | 'kriteria') => {
    const path = join(t.dir, `${kind}-${sidangId}.pdf`);
    t.ctx.platform.chooseSaveFile = async () => path;
    const out = await t.call('documents:save', { sidangId, kind, format: 'pdf' });
    expect(out.path).toBe(path);
    return pdftotext(path);
  };

  beforeAll(async () => {
    t = await contextWithDataset(await buildDemoDataset(), { now: () => new Date('2026-11-23T03:00:00Z') });
    closed = listSidang(t.ctx.dataset().db).filter((s) => s.status === 'selesai');
    for (const s of closed) {
      text[`pengumuman-${s.id}`] = await save(s.id, 'pengumuman');
      text[`kriteria-${s.id}`] = await save(s.id, 'kriteria');
    }
  });
  afterAll(() => t?.cleanup());

  it('contain no NIP, address or phone number of anyone in the dataset, and no score or vote', () => {
    const db = t.ctx.dataset().db;
    const people = db.all<{ nip: string; alamat: string; telepon: string }>('SELECT nip, alamat, telepon FROM pegawai');
    const members = db.all<{ nip: string | null }>('SELECT nip FROM sidang_anggota WHERE nip IS NOT NULL');
    const nips = new Set([...people.map((p) => p.nip), ...members.map((m) => m.nip!)]);
    expect(Object.keys(text)).toHaveLength(closed.length * 2);
    for (const [name, body] of Object.entries(text)) {
      const flat = body.replace(/\s+/g, ' ');
      const digits = body.replace(/\s+/g, '');
      for (const nip of nips) {
        expect(digits.includes(nip), `${name}: NIP ${nip}`).toBe(false);
        expect(flat.includes(formatNip(nip)), `${name}: NIP ${nip}`).toBe(false);
      }
      for (const p of people) {
        if (p.alamat.length > 8) expect(flat.includes(p.alamat), `${name}: alamat`).toBe(false);
        if (p.telepon) expect(digits.includes(p.telepon.replace(/\s+/g, '')), `${name}: telepon`).toBe(false);
      }
      expect(flat).not.toContain('RAHASIA'); // the confidential mark of the committee's own documents
      expect(flat).not.toMatch(/skor|setuju \d|abstain|JPM \d/i);
    }
  });

  it('the announcement lists exactly the moves the session recommended, by name and new post', () => {
    const db = t.ctx.dataset().db;
    const words = (flat: string) => new Set(flat.split(' '));
    let announced = 0;
    for (const s of closed) {
      const flat = text[`pengumuman-${s.id}`]!.replace(/\s+/g, ' ');
      const seen = words(flat);
      expect(flat).toContain(`NOMOR ${s.nomor}`);
      const items = loadSessionRecord(db, s.id).items.filter((i) => i.pemohon);
      // A move: recommended to a post other than the one held. Staying put needs no announcement.
      const moves = items.filter((i) => i.keputusan?.hasil === 'direkomendasikan' && i.keputusan.jabatan?.id !== i.pemohon!.jabatanSaatIniId);
      for (const it of moves) {
        // Table cells wrap and interleave in the text layer: every word of the name and of the new post is there.
        for (const w of it.pemohon!.namaLengkap.split(' ')) expect(seen.has(w), `${it.pemohon!.namaLengkap}: ${w}`).toBe(true);
        for (const w of it.keputusan!.jabatan!.nama.split(' ')) expect(seen.has(w), `${it.keputusan!.jabatan!.nama}: ${w}`).toBe(true);
      }
      announced += moves.length;
      // Declined and deferred applicants are not announced.
      for (const it of items.filter((i) => i.keputusan?.hasil !== 'direkomendasikan')) {
        if (!moves.some((m) => m.pemohon!.nip === it.pemohon!.nip)) expect(flat).not.toContain(it.pemohon!.namaLengkap);
      }
    }
    expect(announced).toBeGreaterThan(3);
  });

  it('the criteria name every rule with its source and the weights in force when the session decided, even after a later change', async () => {
    const s = closed[0]!;
    const flat = text[`kriteria-${s.id}`]!.replace(/\s+/g, ' ');
    for (const r of ELIGIBILITY_RULES) expect(flat).toContain(r.nama.id.split(' ').slice(0, 3).join(' '));
    expect(flat).not.toMatch(/verify/i);
    expect(flat).toContain('Kesesuaian kompetensi (JPM) 35 ');
    expect(FACTORS).toHaveLength(5);
    // A later change of a weight does not rewrite what this session used; the document says a change followed.
    updateConfig(t.ctx.dataset().db, { 'bobot.kompetensi': 50 }, 'Uji: bobot baru setelah sidang', { at: '2026-12-01T03:00:00.000Z', actor: 'uji' });
    const after = (await save(s.id, 'kriteria')).replace(/\s+/g, ' ');
    expect(after).toContain('Kesesuaian kompetensi (JPM) 35 ');
    expect(after).toContain('Sesudahnya tercatat 1 perubahan parameter');
  });

  it('are refused for a session not yet closed', async () => {
    const draft = listSidang(t.ctx.dataset().db).find((s) => s.status !== 'selesai')!;
    t.ctx.platform.chooseSaveFile = async () => join(t.dir, 'never.pdf');
    await expect(t.call('documents:save', { sidangId: draft.id, kind: 'pengumuman', format: 'pdf' })).rejects.toMatchObject({ code: 'DOK_PUBLIK_SIDANG_BELUM_SELESAI' });
  });
});
