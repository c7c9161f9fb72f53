import { resolve } from 'node:path';
import { parseArgs, UsageError, type CliCommand, type CliIo } from '../types';
import { OpenDataset } from '../../dataset/open-dataset';
import { checkSource, totalRows } from '../../intake/intake-service';
import { loadExistingKeys } from '../../intake/existing-keys';
import { problemReportLines } from '../../intake/problem-report';
import { loadProfile } from '../../intake/profile-store';
import { applyMasterUpdate, diffWithDataset } from '../../intake/update-master';
import { assertHasPegawai, rincianOf } from '../../intake/update-master-handlers';
import { safeUserName } from '../../app/node-platform';
import { isoDateSchema } from '../../../shared/domain/common';
import { masterUpdateKeys } from '../../../shared/intake/master-update';
import { PASSPHRASE_ENV } from '../dataset-arg';

type Diff = ReturnType<typeof diffWithDataset>;

function diffLines(d: Diff, io: CliIo): void {
  const kolom = d.berubah.reduce((n, b) => n + b.fields.length, 0);
  io.out(`Perbedaan dengan dataset: ${d.baru.length} baru, ${d.berubah.length} berubah (${kolom} kolom), ${d.keluar.length} keluar, ${d.tetap} tetap.`);
  if (d.baru.length) io.out('Baru:');
  for (const b of d.baru) io.out(`  ${b.nip} ${b.nama}`);
  if (d.berubah.length) io.out('Berubah:');
  for (const b of d.berubah) {
    io.out(`  ${b.nip} ${b.nama}`);
    for (const f of b.fields) io.out(`    ${f.label}: ${f.lama || '(kosong)'} → ${f.baru || '(kosong)'}`);
  }
  if (d.keluar.length) io.out('Keluar (ditandai, tidak dihapus):');
  for (const k of d.keluar) {
    io.out(`  ${k.nip} ${k.nama}`);
    for (const w of d.peringatan.get(k.nip) ?? []) io.out(`    PERHATIAN: ${w}`);
  }
}

/** `baperjakat perbarui <dataset.bpj> <ekspor.xlsx | .csv | folder> [--pratinjau]`: the app's "Perbarui data induk", without Electron. */
export const perbaruiCommand: CliCommand = {
  name: 'perbarui',
  summary: 'Perbarui data induk ASN dataset dari ekspor baru: tampilkan perbedaan, lalu terapkan sebagai satu tindakan teraudit',
  usage: [
    'Pemakaian: baperjakat perbarui <dataset.bpj> <ekspor.xlsx | ekspor.csv | folder-csv> [--pratinjau] [--profil siasn|profil.json] [--hari-ini yyyy-mm-dd]',
    'Hanya lembar Pegawai dan rinciannya (Diklat, Kompetensi, SKP, Disiplin, Kehadiran) yang dibaca. ASN yang tidak ada lagi di ekspor ditandai keluar, tidak dihapus.',
    '--pratinjau hanya menampilkan perbedaan; dataset tidak diubah.',
    `Frasa sandi: variabel lingkungan ${PASSPHRASE_ENV}, prompt tersembunyi, atau satu baris stdin.`,
    'Keluar 0 bila berhasil, 1 bila ada masalah data atau galat, 2 bila pemakaian salah.',
  ].join('\n'),
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['pratinjau']);
    const [dataset, source] = positional;
    if (!dataset || !source || positional.length > 2) throw new UsageError('Sebutkan berkas dataset dan berkas ekspor.');
    const today = typeof flags['hari-ini'] === 'string' ? flags['hari-ini'] : new Date().toISOString().slice(0, 10);
    if (!isoDateSchema.safeParse(today).success) throw new UsageError('--hari-ini harus berformat yyyy-mm-dd.');
    const preview = flags.pratinjau === true;
    const ds = await OpenDataset.openFile(resolve(dataset), await io.secret('Frasa sandi dataset: ', PASSPHRASE_ENV), preview ? { readOnly: true } : {});
    try {
      const checked = await checkSource(resolve(source), {
        today, masterUpdate: true, existing: masterUpdateKeys(loadExistingKeys(ds.db)),
        profile: typeof flags.profil === 'string' ? loadProfile(flags.profil) : null,
      });
      const { result } = checked;
      for (const w of result.warnings) io.err(`Catatan: ${w}`);
      if (result.problems.length > 0 || totalRows(result) === 0) {
        for (const line of problemReportLines(result)) io.err(line);
        io.err(`Tidak diperbarui: ${result.problems.length} masalah. Perbaiki berkasnya lalu ulangi; dataset tidak diubah.`);
        return 1;
      }
      assertHasPegawai(result);
      const rincian = rincianOf(result);
      const diff = diffWithDataset(ds.db, result.data.pegawai, rincian);
      diffLines(diff, io);
      if (preview) return 0;
      const applied = applyMasterUpdate(ds.db, diff, result.data.pegawai, rincian, {
        at: new Date().toISOString(), actor: safeUserName(), berkas: checked.berkas, sha256: checked.sha256,
      });
      ds.save();
      io.out(`Diperbarui: entri jejak audit #${applied.auditSeq}; cadangan berkas sebelumnya ${resolve(dataset)}.bak1.`);
      return 0;
    } finally {
      ds.close();
    }
  },
};
