import { beforeAll, describe, expect, it } from 'vitest';
import { generateCity, DEMO_OPTIONS } from '../../electron/demo';
import type { Database } from '../../electron/dataset/database';
import { countRequests, listRequestIds, listRequests } from '../../electron/dataset/requests-query';
import { namaLengkap } from '../../shared/domain/pegawai';

/** What a request's list row must say, read straight from the source tables (the oracle). */
function truth(db: Database): Map<string, { nama: string; unit: string; status: string; pilihan1: string; kecamatan: string; golongan: string; jenis: string }> {
  const rows = db.all<{ id: string; nama: string; gelar_depan: string; gelar_belakang: string; unit: string; status: string; pilihan1: string | null; kecamatan: string; golongan: string; jenis: string }>(`
    SELECT r.id, p.nama, p.gelar_depan, p.gelar_belakang, u.nama AS unit, r.status, j1.nama AS pilihan1, p.kecamatan, p.golongan, r.jenis
    FROM permohonan r JOIN pegawai p ON p.nip = r.nip JOIN unit_kerja u ON u.id = p.unit_id
    LEFT JOIN permohonan_pilihan pp ON pp.permohonan_id = r.id AND pp.peringkat = 1 LEFT JOIN jabatan j1 ON j1.id = pp.jabatan_id`);
  return new Map(rows.map((r) => [r.id, {
    nama: namaLengkap({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang }),
    unit: r.unit, status: r.status, pilihan1: r.pilihan1 ?? '', kecamatan: r.kecamatan, golongan: r.golongan, jenis: r.jenis,
  }]));
}

function listed(db: Database) {
  const { rows } = listRequests(db, { limit: 1000 });
  return new Map(rows.map((r) => [r.id, { nama: r.namaLengkap, unit: r.unit, status: r.status, pilihan1: r.pilihan1, kecamatan: r.kecamatan, golongan: r.golongan, jenis: r.jenis }]));
}

describe('Daftar Permohonan, paged', () => {
  let db: Database;
  beforeAll(async () => {
    db = await generateCity({ ...DEMO_OPTIONS, pegawai: 900, permohonan: 120 });
  }, 120_000);

  it('pages put together are the whole sorted list, for every sort key and direction', () => {
    for (const sortBy of ['tanggal', 'nama', 'golongan', 'unit', 'status', 'pilihan1'] as const) {
      for (const sortDir of ['asc', 'desc'] as const) {
        const whole = listRequests(db, { sortBy, sortDir, limit: 1000 }).rows.map((r) => r.id);
        const paged: string[] = [];
        for (let offset = 0; offset < whole.length; offset += 25) {
          paged.push(...listRequests(db, { sortBy, sortDir, offset, limit: 25 }).rows.map((r) => r.id));
        }
        expect(paged).toEqual(whole);
        expect(new Set(whole).size).toBe(120);
        expect(listRequestIds(db, { sortBy, sortDir }, 1000)).toEqual(whole);
      }
    }
  });

  it('counts and filters agree with a direct count on the source tables', () => {
    const kec = db.value<string>('SELECT kecamatan FROM pegawai p JOIN permohonan r ON r.nip = p.nip LIMIT 1')!;
    const direct = db.value<number>('SELECT COUNT(*) FROM permohonan r JOIN pegawai p ON p.nip = r.nip WHERE p.kecamatan = ?', [kec]);
    const res = listRequests(db, { kecamatan: [kec], limit: 10 });
    expect(res.total).toBe(direct);
    expect(res.totalAll).toBe(120);
    expect(res.rows.length).toBe(Math.min(10, direct!));
    expect(countRequests(db, { kecamatan: [kec] })).toBe(direct);
    const someone = db.first<{ nama: string }>('SELECT p.nama FROM permohonan r JOIN pegawai p ON p.nip = r.nip LIMIT 1')!;
    const found = listRequests(db, { search: someone.nama.toUpperCase() }).rows;
    expect(found.length).toBeGreaterThan(0);
  });

  it('filters by kind of request: the generated requests to stay, and a kind changed later', () => {
    const direct = (jenis: string) => db.all<{ id: string }>('SELECT id FROM permohonan WHERE jenis = ? ORDER BY tanggal DESC, id DESC', [jenis]).map((r) => r.id);
    const tetap = listRequests(db, { jenis: 'tetap' });
    expect(tetap.rows.map((r) => r.id)).toEqual(direct('tetap'));
    expect(tetap.total).toBeGreaterThanOrEqual(3);
    expect(tetap.totalAll).toBe(120);
    for (const r of tetap.rows) expect(r).toMatchObject({ jenis: 'tetap', pilihan1: '', pilihanIds: [] });
    const pindah = listRequests(db, { jenis: 'pindah' });
    expect(pindah.rows.map((r) => r.id)).toEqual(direct('pindah'));
    expect(pindah.total + tetap.total).toBe(120);
    expect(listRequests(db, { jenis: null }).total).toBe(120);
    expect(countRequests(db, { jenis: 'tetap', statuses: ['diajukan'] }))
      .toBe(db.value("SELECT COUNT(*) FROM permohonan WHERE jenis = 'tetap' AND status = 'diajukan'"));
    expect(listRequestIds(db, { jenis: 'tetap' }, 1000)).toEqual(direct('tetap'));

    // A request the committee relabels (electron/session/procedure.ts setJenisPermohonan) follows through the trigger.
    const moved = direct('pindah')[0]!;
    db.run('DELETE FROM permohonan_pilihan WHERE permohonan_id = ?', [moved]);
    db.run("UPDATE permohonan SET jenis = 'tetap' WHERE id = ?", [moved]);
    expect(listRequests(db, { jenis: 'tetap' }).rows.map((r) => r.id)).toContain(moved);
    db.run("UPDATE permohonan SET jenis = 'pindah' WHERE id = ?", [moved]);
    expect(listRequests(db, { jenis: 'tetap' }).rows.map((r) => r.id)).not.toContain(moved);
    expect(() => listRequests(db, { jenis: 'naik' as never })).toThrow();
  });

  it('the list table follows every change to the source tables (triggers)', () => {
    expect(listed(db)).toEqual(truth(db));
    const r = db.first<{ id: string; nip: string; unit_id: string }>('SELECT r.id, r.nip, p.unit_id FROM permohonan r JOIN pegawai p ON p.nip = r.nip LIMIT 1')!;
    db.run("UPDATE pegawai SET nama = 'Zulkarnain Testing', golongan = 'IV/a' WHERE nip = ?", [r.nip]);
    db.run("UPDATE unit_kerja SET nama = 'Dinas Yang Diganti Namanya' WHERE id = ?", [r.unit_id]);
    db.run("UPDATE permohonan SET status = 'dijadwalkan' WHERE id = ?", [r.id]);
    const other = db.value<string>('SELECT id FROM jabatan WHERE id NOT IN (SELECT jabatan_id FROM permohonan_pilihan WHERE permohonan_id = ?) LIMIT 1', [r.id])!;
    db.run('UPDATE permohonan_pilihan SET jabatan_id = ? WHERE permohonan_id = ? AND peringkat = 1', [other, r.id]);
    db.run("UPDATE jabatan SET nama = 'Jabatan Baru Bernama Lain' WHERE id = ?", [other]);
    expect(listed(db)).toEqual(truth(db));
    expect(listed(db).get(r.id)!.pilihan1).toBe('Jabatan Baru Bernama Lain');
    db.run('DELETE FROM permohonan_pilihan WHERE permohonan_id = ?', [r.id]);
    db.run('DELETE FROM target WHERE permohonan_id = ?', [r.id]);
    db.run('DELETE FROM permohonan WHERE id = ?', [r.id]);
    expect(listed(db)).toEqual(truth(db));
    expect(listRequests(db, {}).totalAll).toBe(119);
  });

  it('an unfiltered page in any sort order is an index walk, never a scan and a sort', () => {
    for (const col of ['tanggal', 'nama', 'golongan', 'unit', 'status', 'pilihan1']) {
      const plan = db.all<{ detail: string }>(`EXPLAIN QUERY PLAN SELECT * FROM daftar_permohonan ORDER BY ${col} ASC, id ASC LIMIT 100 OFFSET 50`)
        .map((r) => r.detail).join(' | ');
      expect(plan, col).toMatch(/USING INDEX daftar_/);
      expect(plan, col).not.toMatch(/TEMP B-TREE/);
    }
    const filtered = db.all<{ detail: string }>("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM daftar_permohonan WHERE kecamatan IN ('Selebar')")
      .map((r) => r.detail).join(' | ');
    expect(filtered).toMatch(/USING COVERING INDEX daftar_kecamatan/);
    // The few requests to stay are found through their index, not by reading every row.
    const tetap = db.all<{ detail: string }>("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM daftar_permohonan WHERE jenis IN ('tetap')")
      .map((r) => r.detail).join(' | ');
    expect(tetap).toMatch(/USING COVERING INDEX daftar_jenis/);
  });

  it('refuses a page larger than the contract allows', () => {
    expect(() => listRequests(db, { limit: 5000 })).toThrow();
  });
});
