import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { BenchSection } from './types';
import { BENCH_OPTIONS, DEMO_PASSPHRASE, generateCity, writeSealedDataset } from '../../electron/demo';
import { open } from '../../electron/dataset/bpj-format';
import { Database } from '../../electron/dataset/database';
import { listRequests } from '../../electron/dataset/requests-query';
import { benchSize, measure, median } from './measure';

/** The same city at the chosen size, sealed once into bench-data/ (ignored by git) and reused. */
export async function benchCityFile(size: number): Promise<string> {
  const dir = resolve('bench-data');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `city-${size}.bpj`);
  if (!existsSync(file)) {
    const db = await generateCity({ ...BENCH_OPTIONS, pegawai: size, permohonan: Math.round(size / 10) });
    await writeSealedDataset(db, file, DEMO_PASSPHRASE);
    db.close();
  }
  return file;
}

const OLD_JOIN_LIST = `
  SELECT r.id, r.nip, p.nama, p.gelar_depan, p.gelar_belakang, p.golongan, p.nama_jabatan, jc.level, u.nama, p.kecamatan,
    r.tanggal, j1.nama, (SELECT group_concat(jabatan_id, ',') FROM permohonan_pilihan x WHERE x.permohonan_id = r.id),
    r.kategori_alasan, r.status, r.pakta_ditandatangani
  FROM permohonan r JOIN pegawai p ON p.nip = r.nip JOIN unit_kerja u ON u.id = p.unit_id
  LEFT JOIN jabatan jc ON jc.id = p.jabatan_id
  LEFT JOIN permohonan_pilihan pp1 ON pp1.permohonan_id = r.id AND pp1.peringkat = 1
  LEFT JOIN jabatan j1 ON j1.id = pp1.jabatan_id ORDER BY p.nama, r.id`;

/** Issue 18: the request list's queries at 5k / 20k / 100k, beside native SQLite on the same image. */
export const listBench: BenchSection = {
  name: 'list',
  async run(report) {
    const size = benchSize();
    const file = await benchCityFile(size);
    const { plaintext } = await open(readFileSync(file), DEMO_PASSPHRASE);
    const db = await Database.create(plaintext);
    const n = Number(db.value('SELECT COUNT(*) FROM permohonan'));
    const cases: [string, Parameters<typeof listRequests>[1]][] = [
      ['first page (100 rows), newest first', { limit: 100 }],
      ['first page sorted by name', { sortBy: 'nama', sortDir: 'asc', limit: 100 }],
      ['page at the middle, sorted by name', { sortBy: 'nama', sortDir: 'asc', offset: Math.floor(n / 2), limit: 100 }],
      ['kecamatan filter, first page', { kecamatan: ['Selebar'], limit: 100 }],
      ['name search "sari", first page', { search: 'sari', limit: 100 }],
    ];
    for (const [label, page] of cases) {
      const m = measure(() => listRequests(db, page), 15);
      report(`${size / 1000}k: ${label}`, m.wall, 'ms', '≤ 50 ms', m.cpu);
    }
    const all = measure(() => listRequests(db, { sortBy: 'nama', sortDir: 'asc', limit: 1000 }), 7);
    report(`${size / 1000}k: 1,000 rows sorted by name (largest page the contract allows)`, all.wall, 'ms', '≤ 30 ms', all.cpu);
    const oldJoin = measure(() => db.all(OLD_JOIN_LIST), 5);
    report(`${size / 1000}k: the old join, all ${n} rows sorted by name (sql.js)`, oldJoin.wall, 'ms', undefined, oldJoin.cpu);

    // Native SQLite on the same decrypted image: the peer the issue compares with.
    const require = createRequire(import.meta.url);
    const Native = require('better-sqlite3') as typeof import('better-sqlite3');
    const native = new Native(Buffer.from(plaintext));
    const nativeJoin = measure(() => native.prepare(OLD_JOIN_LIST).all(), 5);
    report(`${size / 1000}k: the old join on native SQLite (better-sqlite3)`, nativeJoin.wall, 'ms', undefined, nativeJoin.cpu);
    const pageSql = 'SELECT * FROM daftar_permohonan ORDER BY nama, id LIMIT 100 OFFSET ?';
    const ours = measure(() => db.all(pageSql, [Math.floor(n / 2)]), 15);
    const theirs = measure(() => native.prepare(pageSql).all(Math.floor(n / 2)), 15);
    report(`${size / 1000}k: middle page by name, sql.js ÷ native SQLite`, ours.wall / theirs.wall, '×', undefined);
    report(`${size / 1000}k: page query vs the old join on native SQLite`, median([ours.wall]) / nativeJoin.wall, '×', '< 1×');
    native.close();
    db.close();
  },
};
