import { describe, expect, it } from 'vitest';
import { generateCity, generateCityData, generatedAt, type SeedStep } from '../../electron/demo';
import { verifyChain } from '../../electron/audit/audit-log';
import { getMeta, loadJabatan, loadPermohonan, loadProfil } from '../../electron/dataset/repository';
import { profilPegawaiSchema } from '../../shared/domain/pegawai';

const OPTS = { seed: 11, pegawai: 900, permohonan: 60, today: '2026-11-23' };

describe('generateCity', () => {
  it('is byte-identical for the same seed and differs for another seed', async () => {
    const a = await generateCity(OPTS);
    const b = await generateCity(OPTS);
    const c = await generateCity({ ...OPTS, seed: 12 });
    const [ia, ib, ic] = [a.export(), b.export(), c.export()];
    expect(Buffer.from(ia).equals(Buffer.from(ib))).toBe(true);
    expect(Buffer.from(ia).equals(Buffer.from(ic))).toBe(false);
    for (const db of [a, b, c]) db.close();
  });

  it('writes a consistent database: no broken foreign keys, counts, meta and a valid audit chain', async () => {
    const city = generateCityData(OPTS);
    const db = await generateCity(OPTS);
    expect(db.all('PRAGMA foreign_key_check')).toEqual([]);
    const count = (t: string) => Number(db.value(`SELECT COUNT(*) FROM ${t}`));
    expect(count('unit_kerja')).toBe(city.units.length);
    expect(count('jabatan')).toBe(city.jabatan.length);
    expect(count('pegawai')).toBe(OPTS.pegawai);
    expect(count('permohonan')).toBe(OPTS.permohonan);
    expect(count('target')).toBe(city.targets.length);
    expect(count('kompetensi')).toBe(OPTS.pegawai * 10);
    expect(db.value('SELECT COUNT(*) FROM jabatan j JOIN pegawai p ON p.nip = j.pemegang_nip WHERE p.jabatan_id = j.id'))
      .toBe(db.value("SELECT COUNT(*) FROM jabatan WHERE status = 'terisi'"));
    expect(db.value("SELECT COUNT(*) FROM jabatan WHERE status = 'terisi' AND pemegang_nip NOT IN (SELECT nip FROM pegawai)")).toBe(0);
    expect(getMeta(db, 'nama_instansi')).toBe('Pemerintah Kota Bengkulu');
    expect(getMeta(db, 'generator_seed')).toBe('11');
    expect(getMeta(db, 'generated_on')).toBe('2026-11-23');
    const audit = db.all<{ action: string; at: string }>('SELECT action, at FROM audit_log');
    expect(audit).toEqual([{ action: 'dataset.dibuat', at: generatedAt('2026-11-23') }]);
    expect(verifyChain(db).valid).toBe(true);
    db.close();
  });

  it('round-trips through the repository loaders', async () => {
    const city = generateCityData(OPTS);
    const db = await generateCity(OPTS);
    for (const p of city.pegawai.filter((_, i) => i % 37 === 0 || _.ketidakhadiran.length > 0 || _.disiplin.length > 0)) {
      const loaded = loadProfil(db, p.nip)!;
      expect(profilPegawaiSchema.parse(loaded)).toEqual(loaded);
      expect(loaded).toEqual({ ...p, diklat: [...p.diklat].sort((a, b) => a.tahun - b.tahun) });
    }
    for (const j of city.jabatan.slice(0, 50)) expect(loadJabatan(db, j.id)).toEqual(j);
    for (const r of city.permohonan) expect(loadPermohonan(db, r.id)).toEqual(r);
    db.close();
  });

  it('runs extra seeding steps inside the same transaction, after the core data', async () => {
    const seen: number[] = [];
    const step: SeedStep = (db, rng, city) => {
      seen.push(rng.int(0, 1_000_000), city.permohonan.length);
      db.run('INSERT INTO meta (key, value) VALUES (?, ?)', ['langkah_uji', String(city.pools.size)]);
    };
    const db = await generateCity({ ...OPTS, extraSteps: [step] });
    expect(getMeta(db, 'langkah_uji')).toBe(String(generateCityData(OPTS).pools.size));
    expect(seen[1]).toBe(OPTS.permohonan);
    const again = await generateCity({ ...OPTS, extraSteps: [step] });
    expect(seen[2]).toBe(seen[0]);
    db.close();
    again.close();
  });

  it('rejects nonsensical options', async () => {
    await expect(generateCity({ ...OPTS, today: '23-11-2026' })).rejects.toThrow();
    await expect(generateCity({ ...OPTS, permohonan: 10_000 })).rejects.toThrow();
  });
});
