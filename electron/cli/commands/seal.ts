import { resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import { parseArgs, UsageError, type CliCommand } from '../types';
import { checkSource, totalRows } from '../../intake/intake-service';
import { problemReportLines, writeProblemReport } from '../../intake/problem-report';
import { sealNewDataset } from '../../intake/seal-dataset';
import { DEFAULT_SCRYPT } from '../../dataset/kdf';
import { isoDateSchema } from '../../../shared/domain/common';
import { passphraseStrength, MIN_PASSPHRASE_LENGTH, STRENGTH_LABELS } from '../../../shared/intake/passphrase';
import { safeUserName } from '../../app/node-platform';
import { loadProfile } from '../../intake/profile-store';
import type { MappedPreview } from '../../../shared/intake/profiles';

function previewLines(preview: MappedPreview[]): string[] {
  const lines: string[] = [];
  for (const p of preview) {
    lines.push(`Lembar ${p.sheet} (${p.rows.length} baris pertama):`, `  ${p.headers.join(' | ')}`);
    for (const r of p.rows) lines.push(`  ${r.join(' | ')}`);
  }
  return lines;
}

export { PASSPHRASE_ENV } from '../dataset-arg';
import { PASSPHRASE_ENV } from '../dataset-arg';

/** `baperjakat seal <xlsx | csv | folder of csv> -o dataset.bpj`: the app's intake check and sealing, without Electron. */
export const sealCommand: CliCommand = {
  name: 'seal',
  summary: 'Periksa lembar kerja (.xlsx / folder .csv) lalu segel menjadi dataset .bpj baru',
  usage: [
    'Pemakaian: baperjakat seal <berkas.xlsx | berkas.csv | folder-csv> -o dataset.bpj [--laporan masalah.xlsx] [--hari-ini yyyy-mm-dd] [--profil siasn|profil.json] [--pratinjau]',
    '--profil memetakan kolom ekspor lain (mis. SIASN: nipBaru, golRuangAkhir, …) ke kolom template; --pratinjau hanya menampilkan 20 baris pertama hasil pemetaan.',
    `Frasa sandi: variabel lingkungan ${PASSPHRASE_ENV}, prompt tersembunyi (diketik dua kali), atau satu baris stdin.`,
    'Keluar 0 bila tersegel, 1 bila ada masalah data atau galat, 2 bila pemakaian salah.',
    '--kdf-log2n <n> menurunkan biaya KDF (hanya untuk pengujian; produk selalu memakai bawaan scrypt N=2^17, r=8, p=2).',
  ].join('\n'),
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['pratinjau']);
    const [source] = positional;
    const out = flags.o ?? flags.out ?? flags.output;
    if (!source || positional.length > 1) throw new UsageError('Sebutkan tepat satu sumber data.');
    const previewOnly = flags.pratinjau === true;
    if (typeof out !== 'string' && !previewOnly) throw new UsageError('Sebutkan berkas keluaran dengan -o dataset.bpj.');
    const today = typeof flags['hari-ini'] === 'string' ? flags['hari-ini'] : new Date().toISOString().slice(0, 10);
    if (!isoDateSchema.safeParse(today).success) throw new UsageError('--hari-ini harus berformat yyyy-mm-dd.');
    // Only tests lower the KDF cost; the product always seals with the default.
    let kdf = DEFAULT_SCRYPT;
    if (typeof flags['kdf-log2n'] === 'string') {
      const n = Number(flags['kdf-log2n']);
      if (!Number.isInteger(n) || n < 10 || n > 22) throw new UsageError('--kdf-log2n harus bilangan bulat 10–22.');
      kdf = { ...DEFAULT_SCRYPT, log2N: n, p: 1 };
    }

    const profile = typeof flags.profil === 'string' ? loadProfile(flags.profil) : null;
    // Ctrl-C while reading stops the check cleanly (nothing has been written yet).
    const stop = new AbortController();
    const onInt = () => stop.abort();
    process.once('SIGINT', onInt);
    let checked: Awaited<ReturnType<typeof checkSource>>;
    try {
      checked = await checkSource(resolve(source), {
        // Progress on a terminal only: a script reading stderr gets just the problems.
        today, profile, signal: stop.signal,
        progress: process.stderr.isTTY ? (sheet, rows) => io.err(`  membaca ${sheet}: ${rows} baris`) : undefined,
      });
    } catch (err) {
      if (err instanceof AppError && err.code === 'IMPOR_DIBATALKAN') {
        io.err('Dibatalkan (Ctrl-C). Tidak ada berkas yang ditulis.');
        return 130;
      }
      throw err;
    } finally {
      process.off('SIGINT', onInt);
    }
    const { result } = checked;
    if (previewOnly) {
      for (const line of previewLines(checked.preview)) io.out(line);
      return 0;
    }
    for (const line of problemReportLines(result)) (result.problems.length ? io.err : io.out)(line);
    if (typeof flags.laporan === 'string' && result.problems.length > 0) {
      await writeProblemReport(resolve(flags.laporan), result, checked.berkas);
      io.err(`Daftar masalah disimpan ke ${resolve(flags.laporan)}`);
    }
    if (result.problems.length > 0) {
      io.err(`Tidak disegel: ${result.problems.length} masalah. Perbaiki berkasnya lalu ulangi; tidak ada berkas yang ditulis.`);
      return 1;
    }
    if (totalRows(result) === 0) {
      io.err('Tidak disegel: tidak ada baris data pada lembar yang dikenal.');
      return 1;
    }

    const passphrase = await io.secret('Frasa sandi dataset baru: ', PASSPHRASE_ENV);
    const strength = passphraseStrength(passphrase);
    if (!strength.acceptable) {
      io.err(`Frasa sandi ${STRENGTH_LABELS[strength.level].toLowerCase()}: minimal ${MIN_PASSPHRASE_LENGTH} karakter dan tidak mudah ditebak.`);
      for (const h of strength.hints) io.err(`  - ${h}`);
      return 1;
    }
    if (!process.env[PASSPHRASE_ENV] && process.stdin.isTTY) {
      const again = await io.secret('Ulangi frasa sandi: ', `${PASSPHRASE_ENV}_ULANG_TIDAK_DIPAKAI`);
      if (again !== passphrase) {
        io.err('Kedua frasa sandi tidak sama.');
        return 1;
      }
    }
    const outPath = resolve(out as string);
    // Sealing writes one file atomically (temp file, then rename): Ctrl-C now waits for it rather than leave a temp file behind.
    const deferInt = () => io.err('Menyegel; tunggu sampai selesai (berkas ditulis utuh atau tidak sama sekali).');
    process.on('SIGINT', deferInt);
    const { counts, bytes } = await sealNewDataset(result.data, {
      outPath, passphrase, kdf, at: new Date().toISOString(), actor: safeUserName(), berkas: checked.berkas, sha256: checked.sha256,
    }).finally(() => process.off('SIGINT', deferInt));
    io.out(`Tersegel: ${outPath} (${bytes} bait; ${counts.pegawai} pegawai, ${counts.jabatan} jabatan, ${counts.unit_kerja} unit, ${counts.permohonan} permohonan, ${counts.target} target).`);
    return 0;
  },
};
