import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchSection } from './types';
import { benchWorkbook } from './intake-xlsx';
import { domainToRows } from '../../shared/intake/to-rows';
import { BENCH_OPTIONS, generateCityData } from '../../electron/demo';

// BENCH_INTAKE_SIZES=5000 runs one size while working on the reader.
const SIZES = (process.env.BENCH_INTAKE_SIZES ?? '5000,20000,100000').split(',').map(Number);
const here = dirname(fileURLToPath(import.meta.url));

function runChild(src: string, out: string): { read: number; validate: number; seal: number; total: number; cpu: number; maxRssMB: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'intake-child.ts'), src, out], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`intake bench child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

/** LibreOffice headless converting every sheet of the same workbook to CSV: what a secretariat would otherwise use. */
function libreOfficeSeconds(src: string, dir: string): number | null {
  const profile = join(dir, 'lo-profile');
  const t = performance.now();
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1', '--outdir', join(dir, 'lo-out'), src], { encoding: 'utf8', timeout: 900_000 });
  return r.status === 0 ? (performance.now() - t) / 1000 : null;
}

/**
 * Import + validate + seal of a workbook with every sheet filled (the demo generator's city at 5k,
 * 20k and 100k ASN, requests at one in ten), each size in a fresh process for its own peak RSS.
 * Workbooks are written to a temp dir by the bench's own writer and removed afterwards.
 */
export const intakeBench: BenchSection = {
  name: 'intake',
  async run(report) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-intake-'));
    try {
      for (const n of SIZES) {
        const city = domainToRows(generateCityData({ ...BENCH_OPTIONS, pegawai: n, permohonan: n / 10 }));
        const rows = Object.values(city).reduce((k, r) => k + (r?.length ?? 0), 0);
        const src = join(dir, `asn-${n}.xlsx`);
        writeFileSync(src, benchWorkbook(city));
        const label = `${n.toLocaleString('en')} ASN`;
        report(`${label}: rows in workbook (all sheets)`, rows, 'rows');
        report(`${label}: workbook size`, statSync(src).size / 1048576, 'MB');
        const m = runChild(src, join(dir, `asn-${n}.bpj`));
        report(`${label}: read xlsx (zip guard + streaming XML)`, m.read, 's');
        report(`${label}: validate`, m.validate, 's');
        report(`${label}: seal (insert + KDF + encrypt + write)`, m.seal, 's');
        report(`${label}: import + validate + seal`, m.total, 's', n === 100_000 ? '≤ 15 s' : undefined);
        report(`${label}: CPU time`, m.cpu, 's');
        report(`${label}: peak RSS`, m.maxRssMB, 'MB', n === 100_000 ? '≤ 600 MB' : undefined);
        report(`${label}: per 1,000 rows`, (m.total / rows) * 1000, 's');
        if (n === 20_000) {
          const lo = libreOfficeSeconds(src, dir);
          if (lo !== null) {
            report(`${label}: LibreOffice headless xlsx → csv (all sheets)`, lo, 's');
            report(`${label}: ratio import+validate+seal / LibreOffice conversion`, m.total / lo, '×');
          } else report(`${label}: LibreOffice headless not available`, 0, '');
        }
        rmSync(src, { force: true });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
