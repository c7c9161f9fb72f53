import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../electron/dataset/database';
import { buildDemoDataset } from '../../electron/demo';
import { laporanCommand } from '../../electron/cli/commands/laporan';
import type { CliIo } from '../../electron/cli/types';
import { contextWithDataset, TEST_PASSPHRASE } from '../support/dataset-context';
import { buildEquityReport, median, suppress, type RequestFact } from '../../shared/report/equity';
import { equityFilterSchema, MIN_CELL_COUNT, SUPPRESSED, type EquityReport } from '../../shared/report/schemas';

const NOW = new Date('2026-11-23T03:00:00Z');
const TODAY = '2026-11-23';
type Ctx = Awaited<ReturnType<typeof contextWithDataset>>;
let c: Ctx;
let db: Database;
let report: EquityReport;

beforeAll(async () => {
  db = await buildDemoDataset();
  c = await contextWithDataset(db, { now: () => NOW });
  report = await c.call('report:equity', {});
});
afterAll(() => c?.cleanup());

/** Written here independently of electron/report: the current request decision is the latest one recorded. */
const DECIDED = `WITH cur AS (
  SELECT i.permohonan_id AS pid, k.hasil, ROW_NUMBER() OVER (PARTITION BY i.permohonan_id ORDER BY k.dicatat_pada DESC, k.versi DESC) AS n
  FROM keputusan k JOIN agenda_item i ON i.id = k.agenda_item_id
  WHERE i.permohonan_id IS NOT NULL AND k.hasil IN ('direkomendasikan','tidak_direkomendasikan','ditunda'))
SELECT %KEY% AS key, COUNT(*) AS permohonan,
  SUM(cur.hasil IN ('direkomendasikan','tidak_direkomendasikan')) AS diputuskan, SUM(cur.hasil = 'direkomendasikan') AS direkomendasikan
FROM permohonan r JOIN pegawai g ON g.nip = r.nip LEFT JOIN jabatan j ON j.id = g.jabatan_id
  LEFT JOIN cur ON cur.pid = r.id AND cur.n = 1
%WHERE% GROUP BY 1`;

function sqlCounts(key: string, where = ''): Map<string, { permohonan: number; diputuskan: number; direkomendasikan: number }> {
  const rows = db.all<{ key: string; permohonan: number; diputuskan: number | null; direkomendasikan: number | null }>(
    DECIDED.replace('%KEY%', key).replace('%WHERE%', where),
  );
  return new Map(rows.map((r) => [r.key, { permohonan: r.permohonan, diputuskan: r.diputuskan ?? 0, direkomendasikan: r.direkomendasikan ?? 0 }]));
}

function expectCohortsMatch(rep: EquityReport, dim: string, key: string, where = ''): void {
  const expected = sqlCounts(key, where);
  const got = rep.dimensi.find((d) => d.dimensi === dim)!.kelompok;
  expect(new Set(got.map((k) => k.key))).toEqual(new Set(expected.keys()));
  for (const k of got) {
    const e = expected.get(k.key)!;
    expect([k.key, k.permohonan, k.diputuskan, k.direkomendasikan])
      .toEqual([k.key, suppress(e.permohonan), suppress(e.diputuskan), suppress(e.direkomendasikan)]);
  }
}

const AGE = `(CASE WHEN age < 30 THEN '<30' WHEN age < 40 THEN '30-39' WHEN age < 50 THEN '40-49' ELSE '50+' END)`.replace(
  /age/g,
  `(CAST(strftime('%Y', r.tanggal) AS INT) - CAST(strftime('%Y', g.tanggal_lahir) AS INT) - (strftime('%m-%d', r.tanggal) < strftime('%m-%d', g.tanggal_lahir)))`,
);

describe('equity dashboard on the demo dataset, against direct SQL', () => {
  it('overall counts and rate', () => {
    const all = sqlCounts("'all'").get('all')!;
    expect(report.keseluruhan.permohonan).toBe(all.permohonan);
    expect(report.keseluruhan.diputuskan).toBe(suppress(all.diputuskan));
    expect(report.keseluruhan.direkomendasikan).toBe(suppress(all.direkomendasikan));
    expect(report.keseluruhan.rasio).toBeCloseTo(all.direkomendasikan / all.diputuskan, 4);
    expect(all.diputuskan).toBeGreaterThanOrEqual(MIN_CELL_COUNT);
  });

  it('has real spread: published rates differ between cohorts of the same dimension', () => {
    const spread = report.dimensi.map((d) => {
      const rates = d.kelompok.map((k) => k.rasio).filter((r): r is number => r !== null);
      return rates.length < 2 ? 0 : Math.max(...rates) - Math.min(...rates);
    });
    expect(spread.filter((s) => s >= 0.1).length).toBeGreaterThanOrEqual(3);
  });

  it('per gender, age band at the request date, eselon, kecamatan and stated reason', () => {
    expectCohortsMatch(report, 'gender', 'g.jenis_kelamin');
    expectCohortsMatch(report, 'age', AGE);
    expectCohortsMatch(report, 'eselon', "COALESCE(j.level, 'nonstruktural')");
    expectCohortsMatch(report, 'kecamatan', 'g.kecamatan');
    expectCohortsMatch(report, 'unit', 'g.unit_id');
    expectCohortsMatch(report, 'alasan', 'r.kategori_alasan');
  });

  it('the difference from the overall rate is in percentage points', () => {
    for (const k of report.dimensi.flatMap((d) => d.kelompok).filter((x) => x.rasio !== null)) {
      expect(k.selisihPoin).toBeCloseTo((k.rasio! - report.keseluruhan.rasio!) * 100, 0);
    }
  });

  it('median days from request to its first recommend/not-recommend decision', () => {
    const days = db.all<{ d: number }>(
      `SELECT julianday(MIN(date(k.dicatat_pada, '+7 hours'))) - julianday(r.tanggal) AS d
       FROM keputusan k JOIN agenda_item i ON i.id = k.agenda_item_id JOIN permohonan r ON r.id = i.permohonan_id
       WHERE k.hasil IN ('direkomendasikan','tidak_direkomendasikan') GROUP BY r.id`,
    ).map((r) => r.d);
    expect(report.keseluruhan.medianHari).toBe(median(days));
  });

  it('pledge outcomes of recommended requests: met, missed, overdue', () => {
    const [t] = db.all<{ n: number; met: number; missed: number; overdue: number }>(
      `SELECT COUNT(*) AS n,
         SUM(t.realisasi IS NOT NULL AND t.realisasi >= t.nilai_target AND (t.tanggal_realisasi IS NULL OR t.tanggal_realisasi <= t.tenggat)) AS met,
         SUM(t.realisasi IS NOT NULL AND NOT (t.realisasi >= t.nilai_target AND (t.tanggal_realisasi IS NULL OR t.tanggal_realisasi <= t.tenggat))) AS missed,
         SUM(t.realisasi IS NULL AND t.tenggat < ?) AS overdue
       FROM target t JOIN permohonan r ON r.id = t.permohonan_id WHERE r.status = 'direkomendasikan'`, [TODAY],
    );
    const p = report.keseluruhan.target;
    expect([p.tercapai, p.tidakTercapai, p.terlambat]).toEqual([suppress(t!.met), suppress(t!.missed), suppress(t!.overdue)]);
    expect(t!.n).toBeGreaterThan(0);
  });

  it('filters by period and by session', async () => {
    const byPeriod = await c.call('report:equity', { dari: '2026-07-01', sampai: '2026-09-30' });
    expectCohortsMatch(byPeriod, 'gender', 'g.jenis_kelamin', "WHERE r.tanggal BETWEEN '2026-07-01' AND '2026-09-30'");
    const sidang = db.first<{ id: string }>("SELECT id FROM sidang WHERE nomor = '800/09/BPJ/2026'")!;
    const bySession = await c.call('report:equity', { sidangId: sidang.id });
    const [n] = db.all<{ n: number }>('SELECT COUNT(DISTINCT permohonan_id) AS n FROM agenda_item WHERE sidang_id = ?', [sidang.id]);
    expect(bySession.keseluruhan.permohonan).toBe(suppress(n!.n));
  });

  it('the CLI prints the same figures as the channel', async () => {
    const lines: string[] = [];
    const io: CliIo = { out: (l) => lines.push(l), err: (l) => lines.push(`ERR ${l}`), secret: async () => TEST_PASSPHRASE };
    expect(await laporanCommand.run([c.path, '--json', '--tanggal', TODAY], io)).toBe(0);
    expect(JSON.parse(lines.join('\n'))).toEqual(report);
  });
});

describe('small-count suppression', () => {
  const fact = (i: number, hasil: RequestFact['hasil'], jenisKelamin: string): RequestFact => ({
    id: `p-${jenisKelamin}-${i}`, tanggal: '2026-06-01', jenisKelamin, tanggalLahir: '1985-01-01', level: null, unitId: 'u',
    unitNama: 'Unit', kecamatan: 'Selebar', kelurahan: 'Betungan', kategoriAlasan: 'lainnya', hasil,
    tanggalKeputusanPertama: hasil ? '2026-06-11' : null,
  });
  const many = (n: number, g: string) => Array.from({ length: n }, (_, i) => fact(i, i % 2 ? 'direkomendasikan' : 'tidak_direkomendasikan', g));

  it(`shows ${MIN_CELL_COUNT - 1} as "${SUPPRESSED}" with no rate, and ${MIN_CELL_COUNT} as itself with its rate`, () => {
    const rep = buildEquityReport(equityFilterSchema.parse({}), TODAY, [...many(4, 'L'), ...many(5, 'P')], []);
    const [l, p] = rep.dimensi.find((d) => d.dimensi === 'gender')!.kelompok;
    expect([l!.key, l!.permohonan, l!.diputuskan, l!.rasio, l!.selisihPoin, l!.medianHari]).toEqual(['L', SUPPRESSED, SUPPRESSED, null, null, null]);
    expect([p!.key, p!.permohonan, p!.diputuskan, p!.direkomendasikan, p!.rasio, p!.medianHari]).toEqual(['P', 5, 5, SUPPRESSED, 0.4, 10]);
    expect(p!.selisihPoin).toBeCloseTo((0.4 - 4 / 9) * 100, 1);
    expect([suppress(0), suppress(1), suppress(4), suppress(5)]).toEqual([0, SUPPRESSED, SUPPRESSED, 5]);
  });
});
