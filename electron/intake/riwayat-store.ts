import type { Database } from '../dataset/database';
import type { RiwayatJabatan } from '../../shared/compare/experience';
import type { RiwayatRow } from '../../shared/intake/build-riwayat';
import type { LevelJabatan } from '../../shared/domain/eselon';
import { allIn, groupBy } from '../dataset/group-rows';

interface RiwayatDbRow {
  nip: string;
  nama_jabatan: string;
  level: LevelJabatan;
  unit: string;
  tmt_mulai: string;
  tmt_selesai: string | null;
}

const COLS = ['nip', 'nama_jabatan', 'level', 'unit', 'tmt_mulai', 'tmt_selesai'] as const;
/** 6 columns × 150 rows stays under SQLite's 999 bound parameters. */
const PER_INSERT = 150;

/** Inserts career-history rows in bulk (the caller holds the transaction). */
export function insertRiwayat(db: Database, rows: readonly RiwayatRow[]): void {
  const one = `(${COLS.map(() => '?').join(',')})`;
  for (let i = 0; i < rows.length; i += PER_INSERT) {
    const chunk = rows.slice(i, i + PER_INSERT);
    db.run(`INSERT INTO riwayat_jabatan (${COLS.join(', ')}) VALUES ${Array(chunk.length).fill(one).join(',')}`,
      chunk.flatMap((r) => [r.nip, r.namaJabatan, r.level, r.unit, r.tmtMulai, r.tmtSelesai]) as never);
  }
}

const toRiwayat = (r: RiwayatDbRow): RiwayatJabatan => ({
  namaJabatan: r.nama_jabatan, level: r.level, unit: r.unit, tmtMulai: r.tmt_mulai, tmtSelesai: r.tmt_selesai,
});

/** Career history per NIP, oldest post first; a person without rows is absent from the map. */
export function loadRiwayat(db: Database, nips: readonly string[]): Map<string, RiwayatJabatan[]> {
  const rows = allIn<RiwayatDbRow>(db, (m) => `SELECT ${COLS.join(', ')} FROM riwayat_jabatan WHERE nip IN (${m}) ORDER BY nip, tmt_mulai, id`, nips);
  return groupBy(rows, 'nip', toRiwayat);
}
