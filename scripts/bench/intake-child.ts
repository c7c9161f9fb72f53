import { readIntakeSource } from '../../electron/intake/read-source';
import { sourceHash } from '../../electron/intake/intake-service';
import { sealNewDataset } from '../../electron/intake/seal-dataset';
import { validateIntake } from '../../shared/intake/validate';

/**
 * One import + validate + seal in a process of its own, so the peak RSS printed is this size's
 * alone (a process's high-water mark never comes down). Prints one JSON line.
 */
async function main(): Promise<void> {
  const [src, out] = process.argv.slice(2);
  const t0 = performance.now();
  const raw = await readIntakeSource(src!);
  const t1 = performance.now();
  const result = validateIntake(raw, { today: '2026-11-23' });
  const t2 = performance.now();
  if (result.problems.length > 0) throw new Error(`bench workbook has ${result.problems.length} problems, first: ${JSON.stringify(result.problems[0])}`);
  raw.length = 0;
  await sealNewDataset(result.data, { outPath: out!, passphrase: 'bangku-taman-kopi-senja-7', at: new Date().toISOString(), actor: 'bench', berkas: 'bench.xlsx', sha256: sourceHash(src!) });
  const t3 = performance.now();
  const cpu = process.cpuUsage();
  process.stdout.write(`${JSON.stringify({
    read: (t1 - t0) / 1000, validate: (t2 - t1) / 1000, seal: (t3 - t2) / 1000, total: (t3 - t0) / 1000,
    cpu: (cpu.user + cpu.system) / 1e6, maxRssMB: process.resourceUsage().maxRSS / 1024,
  })}\n`);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
