import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemoDataset } from '../../electron/demo';
import type { EquityFilter, EquityReport, Figures } from '../../shared/report/schemas';
import { contextWithDataset } from '../support/dataset-context';
import { qpdfCheck } from '../documents/tools';

type Ctx = Awaited<ReturnType<typeof contextWithDataset>>;

// The expected text of a figure, written here rather than borrowed from the composer: Indonesian decimals.
const dec = (x: number): string => String(Math.round(x * 10) / 10).replace('.', ',');
const cell = (c: number | string): string => (typeof c === 'number' ? c.toLocaleString('id-ID') : c.replace(/\s+/g, ''));
function expectedCells(f: Figures): string[] {
  return [
    cell(f.permohonan), cell(f.diputuskan), cell(f.direkomendasikan), f.rasio === null ? '—' : `${dec(f.rasio * 100)}%`,
    f.selisihPoin === null ? '—' : `${f.selisihPoin > 0 ? '+' : ''}${dec(f.selisihPoin)}`, f.medianHari === null ? '—' : dec(f.medianHari),
    cell(f.target.tercapai), cell(f.target.tidakTercapai), cell(f.target.terlambat), cell(f.target.berjalan),
  ];
}

const CELL = /^(?:<5|—|[+-]?\d[\d.]*(?:,\d)?%?)$/;

/** The data rows of the PDF's tables, read from poppler's layout text: the label's first line and the ten figures. */
function tableRows(layout: string): { label: string; cells: string[] }[] {
  const out: { label: string; cells: string[] }[] = [];
  for (const line of layout.split('\n')) {
    const tokens = line.trim().split(/\s{2,}/);
    if (tokens.length < 11) continue;
    const cells = tokens.slice(-10);
    const label = tokens.slice(0, -10).join(' ');
    if (!cells.every((c) => CELL.test(c)) || /^\d+$/.test(label)) continue; // the column-number row is "1 … 11"
    out.push({ label, cells });
  }
  return out;
}

/** "Laporan Kesetaraan" on the demo: the PDF says what report:equity's JSON says, cohort by cohort, and names no one. */
describe('dashboard PDF', () => {
  let t: Ctx;
  const save = async (name: string, filter: Partial<EquityFilter>) => {
    const path = join(t.dir, name);
    t.ctx.platform.chooseSaveFile = async () => path;
    const out = await t.call('report:savePdf', filter);
    expect(out.path).toBe(path);
    return { path, layout: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }), json: await t.call('report:equity', filter) };
  };

  function expectSameFigures(layout: string, json: EquityReport): void {
    const rows = tableRows(layout);
    const expected = [
      { label: 'Keseluruhan', cells: expectedCells(json.keseluruhan) },
      ...json.dimensi.flatMap((d) => d.kelompok.map((c) => ({ label: c.label, cells: expectedCells(c) }))),
    ];
    expect(rows.map((r) => r.cells)).toEqual(expected.map((e) => e.cells));
    // Unit and place names are the dataset's own: each row starts with its cohort's name (long ones wrap).
    let at = 1;
    for (const d of json.dimensi) {
      const rowsOf = rows.slice(at, at + d.kelompok.length);
      at += d.kelompok.length;
      if (!['unit', 'kecamatan', 'kelurahan'].includes(d.dimensi)) continue;
      d.kelompok.forEach((c, i) => expect(`${c.label}${c.terpencil ? ' · terpencil' : ''}`.replace(/\s+/g, ' ').startsWith(rowsOf[i]!.label), c.label).toBe(true));
    }
  }

  beforeAll(async () => {
    t = await contextWithDataset(await buildDemoDataset(), { now: () => new Date('2026-11-23T03:00:00Z') });
  });
  afterAll(() => t?.cleanup());

  it('carries every figure of the unfiltered dashboard, as PDF/A with the kop and pages', async () => {
    const { path, layout, json } = await save('laporan.pdf', {});
    expectSameFigures(layout, json);
    expect(layout).toContain('LAPORAN KESETARAAN DAN KINERJA');
    expect(layout).toContain('BADAN PERTIMBANGAN JABATAN DAN KEPANGKATAN');
    expect(layout).toMatch(/Halaman 1 dari \d+/);
    expect(layout).toContain('semua tanggal, dari semua sidang');
    expect(qpdfCheck(path).ok).toBe(true);
    expect(readFileSync(path).toString('latin1')).toMatch(/pdfaid:part[^0-9]{1,4}2/);
  });

  it('follows the period and session filter, like the screen', async () => {
    const s = t.ctx.dataset().db.first<{ id: string; nomor: string }>("SELECT id, nomor FROM sidang WHERE nomor = '800/10/BPJ-II/2026'")!;
    const { layout, json } = await save('laporan-sidang.pdf', { sidangId: s.id, dari: '2026-01-01', sampai: '2026-10-31' });
    expect(json.keseluruhan.permohonan).not.toEqual((await t.call('report:equity', {})).keseluruhan.permohonan);
    expectSameFigures(layout, json);
    expect(layout.replace(/\s+/g, ' ')).toContain(`dalam sidang Nomor ${s.nomor}`);
    expect(layout).toContain('1 Januari 2026 sampai 31 Oktober 2026');
  });

  it('names the kelurahan the dataset marks as remote and reports them as a cohort (direct SQL count)', async () => {
    const db = t.ctx.dataset().db;
    const { layout, json } = await save('laporan-terpencil.pdf', {});
    const remote = db.all<{ kecamatan: string; kelurahan: string }>('SELECT kecamatan, kelurahan FROM kelurahan_terpencil ORDER BY kecamatan, kelurahan');
    expect(remote.length).toBeGreaterThan(0);
    expect(json.kelurahanTerpencil.map((k) => `${k.kecamatan}/${k.kelurahan}`)).toEqual(remote.map((k) => `${k.kecamatan}/${k.kelurahan}`));
    const n = db.value<number>(
      `SELECT COUNT(*) FROM permohonan r JOIN pegawai g ON g.nip = r.nip
       WHERE EXISTS (SELECT 1 FROM kelurahan_terpencil t WHERE t.kecamatan = g.kecamatan AND t.kelurahan = g.kelurahan)`,
    )!;
    const wilayah = json.dimensi.find((d) => d.dimensi === 'wilayah')!.kelompok;
    const terpencil = wilayah.find((c) => c.key === 'terpencil')!;
    expect(terpencil.permohonan).toBe(n >= 5 ? n : n > 0 ? '< 5' : 0);
    expect(wilayah.find((c) => c.key === 'lainnya')!.permohonan).toBe(db.value<number>('SELECT COUNT(*) FROM permohonan')! - n);
    const marked = json.dimensi.find((d) => d.dimensi === 'kelurahan')!.kelompok.filter((c) => c.terpencil);
    expect(marked.length).toBeGreaterThan(0);
    for (const c of marked) expect(remote.some((k) => c.key === `${k.kecamatan}/${k.kelurahan}`)).toBe(true);
    const flat = layout.replace(/\s+/g, ' ');
    for (const k of remote) expect(flat).toContain(k.kelurahan);
    expect(flat).toContain('Kelurahan terpencil menurut dataset:');
  });

  it('names nobody: no NIP of anyone in the dataset', async () => {
    const { layout } = await save('laporan-nip.pdf', {});
    const digits = layout.replace(/\s+/g, '');
    const nips = t.ctx.dataset().db.all<{ nip: string }>('SELECT nip FROM pegawai').map((r) => r.nip);
    expect(nips.length).toBeGreaterThan(1000);
    for (const nip of nips) expect(digits.includes(nip), nip).toBe(false);
  });

  it('asks where first: a cancelled dialog writes nothing', async () => {
    t.ctx.platform.chooseSaveFile = async () => null;
    expect(await t.call('report:savePdf', {})).toMatchObject({ path: null, bytes: 0 });
    await expect(t.call('report:savePdf', { sidangId: 'tidak-ada' })).rejects.toMatchObject({ code: 'SIDANG_TIDAK_ADA' });
  });
});
