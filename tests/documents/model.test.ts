import { describe, expect, it } from 'vitest';
import { buildSessionFixture } from './fixture';
import { loadDocSession } from '../../electron/documents/session-source';
import { contentHash } from '../../electron/documents/doc-meta';
import { direkomendasikan, tidakDirekomendasikan, nipUtuh } from '../../shared/documents/rows';
import { composeBeritaAcara } from '../../shared/documents/compose-berita-acara';
import { DEFAULT_DOCUMENT_SETTINGS } from '../../shared/documents/defaults';
import { namaHari, terbilang } from '../../shared/documents/terbilang';

describe('document models from the session record', () => {
  it('uses the highest decision version and derives Promosi / Rotasi / Tetap from the levels', async () => {
    const { db } = await buildSessionFixture(10);
    const s = loadDocSession(db, 's-1');
    // ai-1 was first deferred (versi 1) and then recommended (versi 2): the current decision wins.
    expect(s.items.find((i) => i.id === 'ai-1')!.keputusan).toMatchObject({ versi: 2, hasil: 'direkomendasikan' });
    const rows = direkomendasikan(s);
    expect(rows.map((r) => r.itemId)).toEqual(['ai-0', 'ai-1', 'ai-2', 'ai-3', 'ai-6', 'ai-7', 'ai-8', 'ai-9']);
    const byId = Object.fromEntries(rows.map((r) => [r.itemId, r]));
    expect(byId['ai-0']).toMatchObject({ eselonLama: 'III.a', eselonBaru: 'III.a', keterangan: 'Rotasi' });
    expect(byId['ai-2']).toMatchObject({ eselonLama: 'IV.a', eselonBaru: 'IV.a', keterangan: 'Rotasi' });
    expect(byId['ai-3']).toMatchObject({ keterangan: 'Tetap' }); // decided to stay in the current post
    expect(byId['ai-1']).toMatchObject({ eselonLama: 'III.b', eselonBaru: 'III.b' });
    expect(byId['ai-9']).toMatchObject({ eselonLama: 'Pelaksana', eselonBaru: 'IV.b', keterangan: 'Promosi' });
    expect(byId['ai-0']!.nama).toBe('Ahmad Fauzi, S.E., M.M.');
    expect(byId['ai-0']!.pangkat).toBe('Penata Muda Tingkat I (III/b)');
    expect(byId['ai-0']!.nip).toBe(nipUtuh('197001011994031000'));
    expect(byId['ai-0']!.nip.replace(/\u00a0/g, ' ')).toBe('19700101 199403 1 000');
    expect(tidakDirekomendasikan(s).map((l) => l.hasil)).toEqual(['tidak_direkomendasikan', 'ditunda']);
  });

  it('content hash is stable and changes when the record changes', async () => {
    const { db } = await buildSessionFixture(4);
    const h1 = contentHash('rekomendasi', loadDocSession(db, 's-1'));
    expect(contentHash('rekomendasi', loadDocSession(db, 's-1'))).toBe(h1);
    expect(contentHash('berita-acara', loadDocSession(db, 's-1'))).not.toBe(h1);
    db.run("UPDATE sidang_anggota SET hadir = 1 WHERE anggota_id = 'a5'");
    expect(contentHash('rekomendasi', loadDocSession(db, 's-1'))).not.toBe(h1);
  });

  it('berita acara records recusals, votes and the date in words', async () => {
    const { db } = await buildSessionFixture(3);
    const ba = composeBeritaAcara(loadDocSession(db, 's-1'), DEFAULT_DOCUMENT_SETTINGS, { seq: 3, hash: 'f'.repeat(64) });
    const text = JSON.stringify(ba.blocks);
    expect(text).toContain('Pada hari ini Jumat tanggal dua puluh bulan November tahun dua ribu dua puluh enam');
    expect(text).toContain('Ir. Hasan Basri, M.T. pada agenda 1 (Hubungan keluarga)');
    expect(text).toContain('Suara: setuju 3, tidak setuju 0, abstain 0; tidak ikut memberikan suara: Ir. Hasan Basri, M.T.');
    expect(text).toContain('entri #3');
    expect(ba.rahasia).toBe(true);
  });

  it('spells numbers and days in Indonesian', () => {
    expect(terbilang(2026)).toBe('dua ribu dua puluh enam');
    expect(terbilang(11)).toBe('sebelas');
    expect(terbilang(115)).toBe('seratus lima belas');
    expect(terbilang(1999)).toBe('seribu sembilan ratus sembilan puluh sembilan');
    expect(namaHari('2026-11-23')).toBe('Senin');
  });
});
