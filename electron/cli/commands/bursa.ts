import { buildPool, listPools } from '../../compare/pool';
import { loadConfig } from '../../compare/config-store';
import { parseArgs, UsageError, type CliCommand } from '../types';
import { openReadOnly, singleDatasetPath } from '../dataset-arg';
import { isoDateSchema } from '../../../shared/domain/common';
import { formatNip } from '../../../shared/domain/nip';
import { rankCandidates, weightsFrom } from '../../../shared/compare/ranking';
import { RULE_BY_ID } from '../../../shared/rules/eligibility-rules';

const pad = (s: string | number, n: number) => String(s).slice(0, n).padEnd(n);

/**
 * `baperjakat bursa dataset.bpj [--jabatan ID]`: the pools, or one pool's ranking with the dataset's
 * rule values and weights, from the terminal (read-only), e.g. to print before a session.
 */
export const bursaCommand: CliCommand = {
  name: 'bursa',
  summary: 'Daftar bursa jabatan, atau peringkat dan kelayakan pemohon satu jabatan (hanya baca)',
  usage: 'baperjakat bursa <dataset.bpj> [--jabatan <id>] [--cari <teks>] [--tanggal yyyy-mm-dd] [--json]\n'
    + 'Frasa sandi: variabel BAPERJAKAT_PASSPHRASE, prompt, atau stdin.',
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['json']);
    const path = singleDatasetPath(positional);
    for (const f of ['jabatan', 'cari', 'tanggal'] as const) {
      if (flags[f] === true) throw new UsageError(`Opsi --${f} memerlukan nilai.`);
    }
    const today = typeof flags.tanggal === 'string' ? flags.tanggal : new Date().toISOString().slice(0, 10);
    if (!isoDateSchema.safeParse(today).success) throw new UsageError('--tanggal harus berformat yyyy-mm-dd.');
    const ds = await openReadOnly(path, io);
    try {
      if (typeof flags.jabatan !== 'string') {
        const pools = listPools(ds.db, typeof flags.cari === 'string' ? flags.cari : '');
        if (flags.json) io.out(JSON.stringify(pools, null, 2));
        else {
          io.out(`${pad('ID', 14)} ${pad('Jabatan', 50)} ${pad('Eselon', 7)} ${pad('Status', 7)} Pemohon (1/2/3)`);
          for (const p of pools) io.out(`${pad(p.jabatanId, 14)} ${pad(p.nama, 50)} ${pad(p.level, 7)} ${pad(p.status, 7)} ${p.pemohon} (${p.pilihan1}/${p.pilihan2}/${p.pilihan3})`);
          io.out(`${pools.length} jabatan dimohon.`);
        }
        return 0;
      }
      const cfg = loadConfig(ds.db);
      const pool = buildPool(ds.db, flags.jabatan, cfg, today);
      const ranking = rankCandidates(pool.candidates.map((c) => ({
        id: c.nip, eligible: c.eligibility.status !== 'tidak_memenuhi', factors: c.factors, peringkat: c.peringkat,
      })), weightsFrom(cfg));
      if (flags.json) {
        io.out(JSON.stringify({ ...pool, ranking }, null, 2));
        return 0;
      }
      const byNip = new Map(pool.candidates.map((c) => [c.nip, c]));
      io.out(`${pool.jabatan.nama} — ${pool.jabatan.unitNama} (${pool.jabatan.level}, ${pool.jabatan.status}); dinilai per ${today}`);
      io.out(`Bobot: ${Object.entries(weightsFrom(cfg)).map(([k, v]) => `${k} ${v}`).join(', ')}`);
      io.out('');
      io.out(`${pad('#', 3)} ${pad('Nama', 36)} ${pad('NIP', 22)} ${pad('Gol.', 6)} ${pad('Pil.', 4)} ${pad('JPM', 6)} ${pad('Skor', 6)} Kelayakan`);
      for (const r of ranking.ranked) {
        const c = byNip.get(r.id)!;
        io.out(`${pad(r.rank ?? '', 3)} ${pad(c.namaLengkap, 36)} ${pad(formatNip(c.nip), 22)} ${pad(c.golongan, 6)} ${pad(c.peringkat ?? '-', 4)} ${pad(c.jpm.persen ?? '-', 6)} ${pad(r.score.total, 6)} ${c.eligibility.status}`);
      }
      io.out('');
      io.out(`Tidak memenuhi syarat (${ranking.ineligible.length}):`);
      for (const r of ranking.ineligible) {
        const c = byNip.get(r.id)!;
        io.out(`  ${c.namaLengkap} (${formatNip(c.nip)}), skor ${r.score.total}`);
        for (const x of c.eligibility.results.filter((y) => y.status === 'tidak_memenuhi')) {
          io.out(`    - ${RULE_BY_ID.get(x.ruleId)!.nama.id}: ${x.alasan.id}`);
        }
      }
      return 0;
    } finally {
      ds.close();
    }
  },
};
