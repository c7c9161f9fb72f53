import { describe, expect, it } from 'vitest';
import { generateCityData, type CityData } from '../../electron/demo';
import { KELURAHAN } from '../../electron/demo/geography';
import { PANGKAT_ESELON } from '../../electron/demo/posts';
import { ESELON, type Eselon } from '../../shared/domain/eselon';
import { golonganRank } from '../../shared/domain/golongan';
import { unitKerjaSchema, jabatanSchema } from '../../shared/domain/jabatan';
import { KODE_KOMPETENSI } from '../../shared/domain/kompetensi';
import { parseNip } from '../../shared/domain/nip';
import { profilPegawaiSchema } from '../../shared/domain/pegawai';
import { permohonanSchema, targetSchema, targetTercapai } from '../../shared/domain/permohonan';

const TODAY = '2026-11-23';
const small = generateCityData({ seed: 7, pegawai: 1500, permohonan: 120, today: TODAY });
const demo = generateCityData({ seed: 2026, pegawai: 6000, permohonan: 300, today: TODAY });

describe.each([['kecil', small], ['demo', demo]] as Array<[string, CityData]>)('kota %s', (_name, city) => {
  it('every object passes its schema', () => {
    for (const u of city.units) expect(unitKerjaSchema.parse(u)).toEqual(u);
    for (const j of city.jabatan) expect(jabatanSchema.parse(j)).toEqual(j);
    for (const p of city.pegawai) expect(profilPegawaiSchema.parse(p)).toEqual(p);
    for (const r of city.permohonan) expect(permohonanSchema.parse(r)).toEqual(r);
    for (const t of city.targets) expect(targetSchema.parse(t)).toEqual(t);
  });

  it('NIPs are valid, unique and agree with birth date and sex', () => {
    const seen = new Set<string>();
    for (const p of city.pegawai) {
      const parsed = parseNip(p.nip, TODAY);
      expect(parsed.ok, p.nip).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.value.tanggalLahir).toBe(p.tanggalLahir);
      expect(parsed.value.jenisKelamin).toBe(p.jenisKelamin);
      expect(p.tmtGolongan >= `${parsed.value.tmtCpns}-01`).toBe(true);
      expect(seen.has(p.nip)).toBe(false);
      seen.add(p.nip);
    }
  });

  it('holders and posts point at each other', () => {
    const byNip = new Map(city.pegawai.map((p) => [p.nip, p]));
    const jab = new Map(city.jabatan.map((j) => [j.id, j]));
    for (const j of city.jabatan) {
      if (j.status === 'lowong') {
        expect(j.pemegangNip).toBeNull();
        continue;
      }
      const holder = byNip.get(j.pemegangNip!)!;
      expect(holder.jabatanId).toBe(j.id);
      expect(holder.namaJabatan).toBe(j.nama);
      expect(holder.unitId).toBe(j.unitId);
    }
    for (const p of city.pegawai) {
      if (p.jabatanId) expect(jab.get(p.jabatanId)!.pemegangNip).toBe(p.nip);
    }
  });

  it('structural holders mostly sit within their eselon pangkat range, and are of working age', () => {
    const jab = new Map(city.jabatan.map((j) => [j.id, j]));
    let inRange = 0;
    let holders = 0;
    for (const p of city.pegawai) {
      const age = Number(TODAY.slice(0, 4)) - Number(p.tanggalLahir.slice(0, 4));
      expect(age).toBeGreaterThanOrEqual(19);
      expect(age).toBeLessThanOrEqual(60);
      expect(Object.keys(p.kompetensi).sort()).toEqual([...KODE_KOMPETENSI].sort());
      if (!p.jabatanId) continue;
      holders++;
      const level = jab.get(p.jabatanId)!.level as Eselon;
      const [lo, hi] = PANGKAT_ESELON[level].map(golonganRank) as [number, number];
      const g = golonganRank(p.golongan);
      if (g >= lo && g <= hi) inRange++;
      expect(Math.abs(g - Math.min(Math.max(g, lo), hi))).toBeLessThanOrEqual(1);
    }
    expect(inRange / holders).toBeGreaterThan(0.72);
  });

  it('minimum golongan and competency standards follow the eselon', () => {
    for (const j of city.jabatan) {
      expect(j.minGolongan).toBe(PANGKAT_ESELON[j.level as Eselon][0]);
      expect(Object.keys(j.standarKompetensi)).toHaveLength(10);
      const m = j.standarKompetensi.integritas!;
      if (j.level.startsWith('II.')) expect(m).toBeGreaterThanOrEqual(4);
      if (j.level.startsWith('IV.')) expect(m).toBeLessThanOrEqual(3);
    }
  });

  it('requests choose 1–3 distinct existing posts, never the applicant’s own, with later deadlines', () => {
    const jab = new Set(city.jabatan.map((j) => j.id));
    const byNip = new Map(city.pegawai.map((p) => [p.nip, p]));
    const applicants = new Set<string>();
    for (const r of city.permohonan) {
      expect(r.tanggal <= TODAY).toBe(true);
      expect(new Set(r.pilihan).size).toBe(r.pilihan.length);
      for (const id of r.pilihan) expect(jab.has(id)).toBe(true);
      expect(r.pilihan).not.toContain(byNip.get(r.nip)!.jabatanId);
      expect(applicants.has(r.nip)).toBe(false);
      applicants.add(r.nip);
      if (r.paktaDitandatangani) expect(r.tanggalPakta! <= r.tanggal).toBe(true);
      else expect(r.tanggalPakta).toBeNull();
      const own = city.targets.filter((t) => t.permohonanId === r.id);
      expect(own.length).toBeGreaterThanOrEqual(2);
      expect(own.length).toBeLessThanOrEqual(4);
      for (const t of own) expect(t.tenggat > r.tanggal).toBe(true);
    }
    const ids = city.permohonan.map((r) => r.id);
    expect(ids[0]).toMatch(/^OK-\d{4}-0001$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has pools of 4+ applicants, missed past targets and 10+ day unexcused absences', () => {
    const count = new Map<string, number>();
    for (const r of city.permohonan) for (const id of r.pilihan) count.set(id, (count.get(id) ?? 0) + 1);
    expect([...count.values()].filter((n) => n >= 4).length).toBeGreaterThanOrEqual(5);
    const past = city.targets.filter((t) => t.permohonanId === null);
    expect(past.some((t) => targetTercapai(t) === false && t.realisasi! < t.nilaiTarget)).toBe(true);
    expect(past.some((t) => targetTercapai(t) === false && t.tanggalRealisasi! > t.tenggat)).toBe(true);
    expect(past.some((t) => targetTercapai(t) === true)).toBe(true);
    const applicants = new Set(city.permohonan.map((r) => r.nip));
    const absent = city.pegawai.filter((p) => p.ketidakhadiran.some((k) => k.hariKerja >= 10 && !k.alasanSah));
    expect(absent.length).toBeGreaterThanOrEqual(1);
    expect(absent.some((p) => applicants.has(p.nip))).toBe(true);
  });
});

describe('demo city (6,000 ASN)', () => {
  it('has the expected sizes', () => {
    expect(demo.units).toHaveLength(40);
    expect(demo.pegawai).toHaveLength(6000);
    expect(demo.permohonan).toHaveLength(300);
    expect(demo.jabatan.length).toBeGreaterThanOrEqual(560);
    expect(demo.jabatan.length).toBeLessThanOrEqual(680);
    const vacant = demo.jabatan.filter((j) => j.status === 'lowong').length / demo.jabatan.length;
    expect(vacant).toBeGreaterThan(0.05);
    expect(vacant).toBeLessThan(0.11);
    for (const e of ESELON) expect(demo.jabatan.some((j) => j.level === e)).toBe(true);
    expect(new Set(demo.jabatan.map((j) => j.nama)).size).toBe(demo.jabatan.length);
  });

  it('covers the 9 kecamatan and 67 kelurahan, with a lurah post in each', () => {
    expect(KELURAHAN).toHaveLength(67);
    expect(new Set(KELURAHAN.map((k) => k.kecamatan)).size).toBe(9);
    for (const k of KELURAHAN) {
      expect(demo.jabatan.filter((j) => j.nama === `Lurah ${k.nama}`)).toHaveLength(1);
      expect(k.lokasi.lat).toBeGreaterThan(-3.95);
      expect(k.lokasi.lat).toBeLessThan(-3.7);
      expect(k.lokasi.lon).toBeGreaterThan(102.22);
      expect(k.lokasi.lon).toBeLessThan(102.36);
    }
    expect(new Set(demo.pegawai.map((p) => p.kelurahan)).size).toBe(67);
  });

  it('has realistic request mixes: statuses, reasons, pledges, a Kasi kecamatan asking for a nearby kelurahan', () => {
    const status = (s: string) => demo.permohonan.filter((r) => r.status === s).length;
    expect(status('diajukan') + status('diverifikasi')).toBeGreaterThan(270);
    const dekat = demo.permohonan.filter((r) => r.kategoriAlasan === 'dekat_domisili');
    expect(dekat.length).toBeGreaterThan(50);
    expect(demo.permohonan.filter((r) => r.paktaDitandatangani).length).toBeGreaterThan(240);
    const byNip = new Map(demo.people.map((p) => [p.profil.nip, p]));
    const posts = new Map(demo.org.posts.map((p) => [p.jabatan.id, p]));
    const kasiToLurah = dekat.filter((r) => {
      const who = byNip.get(r.nip)!;
      return who.post?.kind === 'seksi' && who.unit.wilayah !== null && posts.get(r.pilihan[0]!)!.kind === 'lurah';
    });
    expect(kasiToLurah.length).toBeGreaterThanOrEqual(1);
    const skp = demo.pegawai.flatMap((p) => p.skp.map((s) => s.predikat));
    const good = skp.filter((s) => s === 'Baik' || s === 'Sangat Baik').length;
    expect(good / skp.length).toBeGreaterThan(0.9);
    expect(skp).toContain('Butuh Perbaikan');
    expect(skp).toContain('Kurang/Misconduct');
    const recentHeavy = demo.pegawai.filter((p) => p.disiplin.some((d) => d.tingkat !== 'ringan' && d.mulai >= '2024-11-23'));
    expect(recentHeavy.length).toBeGreaterThan(0);
    expect(demo.pegawai.filter((p) => p.potensi === null).length).toBeGreaterThan(0);
  });
});
