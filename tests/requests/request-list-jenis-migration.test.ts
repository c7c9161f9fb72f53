import { describe, expect, it } from 'vitest';
import { Database } from '../../electron/dataset/database';
import { migrate, MIGRATIONS } from '../../electron/dataset/migrations';
import { writeCity, generateCityData } from '../../electron/demo';
import { listRequests } from '../../electron/dataset/requests-query';

describe('migration 0186: the kind of request in Daftar Permohonan', () => {
  it('a dataset written before it gets the kind of every request, and its triggers keep it in step', async () => {
    const db = await Database.create();
    migrate(db, MIGRATIONS.filter((m) => m.version < 186));
    const city = generateCityData({ seed: 3, pegawai: 400, permohonan: 60, today: '2026-11-23' });
    // A dataset of that time had no career history (riwayat_jabatan came with 0187).
    db.transaction(() => writeCity(db, { ...city, riwayat: [] }), { journal: false });
    const tetap = city.permohonan.filter((r) => r.jenis === 'tetap').map((r) => r.id);
    expect(tetap.length).toBeGreaterThanOrEqual(3);
    expect(db.all('PRAGMA table_info(daftar_permohonan)').map((c: any) => c.name)).not.toContain('jenis');

    migrate(db);
    const listed = listRequests(db, { jenis: 'tetap', sortDir: 'asc' }).rows.map((r) => r.id);
    expect(listed.sort()).toEqual([...tetap].sort());
    // Every trigger still writes a whole row: an insert, an update and a post rename after the migration.
    const someone = city.permohonan.find((r) => r.jenis === 'pindah')!;
    db.run("UPDATE permohonan SET status = 'ditunda' WHERE id = ?", [someone.id]);
    db.run("UPDATE jabatan SET nama = 'Nama Baru Jabatan' WHERE id = ?", [someone.pilihan[0]]);
    expect(listRequests(db, { jenis: 'pindah', statuses: ['ditunda'] }).rows.map((r) => [r.id, r.pilihan1])).toContainEqual([someone.id, 'Nama Baru Jabatan']);
    const fresh = city.pegawai.find((p) => !city.permohonan.some((r) => r.nip === p.nip))!;
    db.run(`INSERT INTO permohonan (id, nip, tanggal, jenis, kategori_alasan, alasan, pakta_ditandatangani, tanggal_pakta, status)
      VALUES ('BARU', ?, '2026-11-01', 'tetap', 'lainnya', 'Tetap', 1, '2026-11-01', 'diajukan')`, [fresh.nip]);
    expect(listRequests(db, { jenis: 'tetap' }).rows.map((r) => r.id)).toContain('BARU');
    db.close();
  });
});
