import { AppError } from '../../../shared/errors';
import { isoDateSchema } from '../../../shared/domain/common';
import { equityFilterSchema, type EquityReport, type Figures } from '../../../shared/report/schemas';
import { tanggalWib } from '../../../shared/session/targets';
import { equityReport } from '../../report/equity-query';
import { listSidang } from '../../session/sidang-store';
import { openReadOnly, singleDatasetPath } from '../dataset-arg';
import { parseArgs, UsageError, type CliCommand, type CliIo } from '../types';

function dateFlag(flags: Record<string, string | true>, name: string): string | null {
  const v = flags[name];
  if (v === undefined) return null;
  if (v === true || !isoDateSchema.safeParse(v).success) throw new UsageError(`--${name} harus yyyy-mm-dd.`);
  return v;
}

const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const line = (label: string, f: Figures): string =>
  `  ${label.padEnd(40)} ${String(f.permohonan).padStart(5)} ${String(f.diputuskan).padStart(5)} ${String(f.direkomendasikan).padStart(5)} ${pct(f.rasio).padStart(7)} ${f.selisihPoin === null ? '' : `${f.selisihPoin > 0 ? '+' : ''}${f.selisihPoin} poin`}`;

function printText(rep: EquityReport, io: CliIo): void {
  io.out(`Laporan kesetaraan per ${rep.tanggal} (angka 1–${rep.minCellCount - 1} ditampilkan "< ${rep.minCellCount}")`);
  io.out(`  ${'kelompok'.padEnd(40)} mohon putus  rek.   rasio`);
  io.out(line('Keseluruhan', rep.keseluruhan));
  for (const d of rep.dimensi) {
    io.out(`[${d.dimensi}]`);
    for (const c of d.kelompok) io.out(line(c.label, c));
  }
}

/** `baperjakat laporan dataset.bpj --json`: the equity dashboard's figures, from the same function as the screen. */
export const laporanCommand: CliCommand = {
  name: 'laporan',
  summary: 'Laporan kesetaraan: permohonan, keputusan, rasio rekomendasi dan target per kelompok; hanya membaca',
  usage: 'baperjakat laporan <dataset.bpj> [--json] [--dari yyyy-mm-dd] [--sampai yyyy-mm-dd] [--sidang <nomor>] [--tanggal yyyy-mm-dd]\n'
    + 'Frasa sandi: variabel BAPERJAKAT_PASSPHRASE, prompt, atau stdin.',
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['json']);
    const path = singleDatasetPath(positional);
    if (flags.sidang === true) throw new UsageError('--sidang memerlukan nilai.');
    const dari = dateFlag(flags, 'dari');
    const sampai = dateFlag(flags, 'sampai');
    const tanggal = dateFlag(flags, 'tanggal') ?? tanggalWib(new Date().toISOString());
    const ds = await openReadOnly(path, io);
    try {
      let sidangId: string | null = null;
      if (typeof flags.sidang === 'string') {
        const s = listSidang(ds.db).find((x) => x.nomor === flags.sidang);
        if (!s) throw new AppError('SIDANG_TIDAK_ADA');
        sidangId = s.id;
      }
      const rep = equityReport(ds.db, equityFilterSchema.parse({ dari, sampai, sidangId }), tanggal);
      if (flags.json) io.out(JSON.stringify(rep, null, 2));
      else printText(rep, io);
      return 0;
    } finally {
      ds.close();
    }
  },
};
