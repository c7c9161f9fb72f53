import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { readSpreadsheetFile } from '../../electron/intake/read-source';
import { checkSource } from '../../electron/intake/intake-service';
import { workbookBytes } from '../../electron/intake/template';
import { validateIntake } from '../../shared/intake/validate';
import { SHEETS, type SheetName } from '../../shared/intake/sheets';
import { makeCity, toCsv, toFill, type KeyedFill } from './fixture-city';

/**
 * The real client: LibreOffice converts what the secretariat would have saved (CSV → XLSX and
 * XLSX → XLSX) and the converted file is imported. A private profile per run so parallel runs
 * do not share a lock.
 */
const TODAY = '2026-11-23';
const dir = mkdtempSync(join(tmpdir(), 'intake-lo-'));
const profile = join(tmpdir(), `lo-${randomBytes(6).toString('hex')}`);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

function soffice(args: string[]): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args], { stdio: 'pipe', timeout: 120_000 });
}

/** The city with some dates as real date cells, as Excel users would enter them. */
function city(): KeyedFill {
  const c = makeCity({ pegawai: 25 });
  c.Pegawai!.forEach((p, i) => {
    if (i % 2 === 0) p.tmtJabatan = new Date(`${String(p.tmtJabatan).slice(0, 10)}T00:00:00Z`);
  });
  // The optional career-history sheet too, so every sheet of the template makes the trip.
  c.RiwayatJabatan = c.Pegawai!.slice(0, 5).map((p) => ({
    nip: p.nip!, namaJabatan: 'Pengelola Data', level: null, jenisJabatan: 'pelaksana', unit: 'Unit Kerja 1', tmtMulai: p.tmtJabatan!, tmtSelesai: null,
  }));
  return c;
}

describe('LibreOffice round trip', () => {
  it('XLSX → XLSX: the converted template imports to exactly the same data', async () => {
    const src = join(dir, 'asli.xlsx');
    writeFileSync(src, await workbookBytes(toFill(city())));
    const outDir = join(dir, 'xlsx-out');
    mkdirSync(outDir);
    soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, src]);
    const converted = join(outDir, 'asli.xlsx');
    const a = await checkSource(src, { today: TODAY });
    const b = await checkSource(converted, { today: TODAY });
    expect(a.result.problems).toEqual([]);
    expect(b.result.problems).toEqual([]);
    expect(b.result.data).toEqual(a.result.data);
    expect(b.result.data.pegawai).toHaveLength(25);
  }, 180_000);

  it('CSV → XLSX with text columns: every sheet round-trips exactly', async () => {
    const c = city();
    const csvDir = join(dir, 'csv');
    mkdirSync(csvDir);
    for (const [name, rows] of Object.entries(c)) {
      const asText = rows!.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString().slice(0, 10) : v])));
      writeFileSync(join(csvDir, `${name}.csv`), `\ufeff${toCsv(name as SheetName, asText, ';')}`);
    }
    const outDir = join(dir, 'csv-out');
    mkdirSync(outDir);
    // Separator ';' (59), quote '"' (34), UTF-8 (76), from line 1, every column as Text (format 2).
    const textCols = Array.from({ length: 30 }, (_, i) => `${i + 1}/2`).join('/');
    const files = readdirSync(csvDir).map((f) => join(csvDir, f));
    soffice([`--infilter=CSV:59,34,76,1,${textCols}`, '--convert-to', 'xlsx', '--outdir', outDir, ...files]);
    const converted = readdirSync(outDir).filter((f) => f.endsWith('.xlsx'));
    expect(converted).toHaveLength(Object.keys(c).length);
    const raw = [];
    for (const f of converted) {
      const sheets = await readSpreadsheetFile(join(outDir, f));
      raw.push(...sheets.map((s) => ({ ...s, name: f.replace(/\.xlsx$/, '') })));
    }
    const fromCsv = validateIntake(raw, { today: TODAY });
    const direct = await checkSource(await (async () => {
      const p = join(dir, 'langsung.xlsx');
      writeFileSync(p, await workbookBytes(toFill(c)));
      return p;
    })(), { today: TODAY });
    expect(fromCsv.problems).toEqual([]);
    expect(fromCsv.data).toEqual(direct.result.data);
    expect(fromCsv.sheets.map((s) => s.sheet).sort()).toEqual(SHEETS.map((s) => s.name).sort());
  }, 180_000);

  it('CSV → XLSX with default column detection: NIPs become numbers and each is reported, never imported wrong', async () => {
    const c = makeCity({ pegawai: 3 });
    const csv = join(dir, 'Pegawai.csv');
    writeFileSync(csv, toCsv('Pegawai', c.Pegawai!, ','));
    const outDir = join(dir, 'auto-out');
    mkdirSync(outDir);
    soffice(['--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx', '--outdir', outDir, csv]);
    const raw = await readSpreadsheetFile(join(outDir, 'Pegawai.xlsx'));
    const units = makeCity({ pegawai: 3 }).UnitKerja!;
    const r = validateIntake([...raw.map((s) => ({ ...s, name: 'Pegawai' })), { name: 'UnitKerja', rows: [['ID Unit', 'Nama Unit', 'Lintang', 'Bujur'], ...units.map((u) => [u.id, u.nama, u.lat, u.lon] as any)] }], { today: TODAY });
    const nipProblems = r.problems.filter((p) => p.column === 'NIP');
    expect(nipProblems.map((p) => p.code)).toEqual(['NIP_ANGKA', 'NIP_ANGKA', 'NIP_ANGKA']);
    expect(r.data.pegawai).toEqual([]);
  }, 180_000);
});
