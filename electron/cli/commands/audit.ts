import { writeFileSync } from 'node:fs';
import { auditPage, auditReport } from '../../session/audit-view';
import { parseArgs, UsageError, type CliCommand, type CliIo } from '../types';
import { openReadOnly, singleDatasetPath } from '../dataset-arg';
import { certificateFingerprint, exportableCheckpoint, parseCheckpointFile, verifyCheckpoint, type CheckpointFile } from '../../audit/checkpoint';
import { chainLines, checkpointLines, rowLines } from '../../audit/report-text';
import { readUserFile } from '../../files/user-file';
import type { OpenDataset } from '../../dataset/open-dataset';

const CHECKPOINT_FILE_KIND = { label: 'titik periksa', maxBytes: 64 * 1024, magic: null };

/** The session's (or latest) checkpoint as a .bpjcp, exactly as signed when the session closed (no password). */
function exportCheckpoint(ds: OpenDataset, out: string, sidang: string | undefined, io: CliIo): void {
  const { cp, json } = exportableCheckpoint(ds.db, sidang);
  writeFileSync(out, json);
  const signer = cp.certificate ? `ditandatangani saat sidang ditutup (sidik jari ${certificateFingerprint(cp.certificate)})` : 'TIDAK bertanda tangan (dibuat sebelum penandatanganan saat penutupan)';
  io.out(`Titik periksa entri #${cp.seq} ditulis ke ${out} — ${signer}.`);
}

/** `baperjakat audit dataset.bpj`: checks the hash chain, the tables against it, and a checkpoint; writes nothing to the dataset. */
export const auditCommand: CliCommand = {
  name: 'audit',
  summary: 'Verifikasi jejak audit: rantai hash, isi tabel terhadap rantai, titik periksa; exit 0 utuh, 1 rusak',
  usage: 'baperjakat audit <dataset.bpj> [--kepala <hash dari dokumen>] [--checkpoint <berkas.bpjcp>] [--json]\n'
    + '       baperjakat audit <dataset.bpj> --ekspor-titik <keluaran.bpjcp> [--sidang <id>]\n'
    + 'Frasa sandi: variabel BAPERJAKAT_PASSPHRASE, prompt, atau stdin. Titik periksa sudah ditandatangani saat sidang ditutup.',
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['json']);
    const path = singleDatasetPath(positional);
    const kepala = flags.kepala;
    if (kepala !== undefined && (kepala === true || !/^[0-9a-fA-F]{64}$/.test(kepala))) {
      throw new UsageError('--kepala harus hash SHA-256 (64 digit heksadesimal).');
    }
    for (const f of ['checkpoint', 'ekspor-titik', 'sidang'] as const) {
      if (flags[f] === true) throw new UsageError(`--${f} memerlukan nilai.`);
    }
    const cpFile: CheckpointFile | null = typeof flags.checkpoint === 'string'
      ? parseCheckpointFile(readUserFile(flags.checkpoint, CHECKPOINT_FILE_KIND), flags.checkpoint) : null;
    const ds = await openReadOnly(path, io);
    try {
      if (typeof flags['ekspor-titik'] === 'string') {
        exportCheckpoint(ds, flags['ekspor-titik'], flags.sidang as string | undefined, io);
        return 0;
      }
      const report = auditReport(ds.db, kepala);
      const verdict = cpFile ? verifyCheckpoint(ds.db, cpFile) : null;
      const broken = report.firstBroken ? auditPage(ds.db, report.firstBroken.seq - 1, 1).entries[0] ?? null : null;
      if (flags.json) {
        io.out(JSON.stringify({ ...report, brokenEntry: broken, checkpoint: verdict, replayedFromJournal: ds.recovered?.records ?? 0 }, null, 2));
      } else {
        io.out(`Berkas      : ${path}`);
        io.out(`Entri       : ${report.entries}${ds.recovered ? ` (${ds.recovered.records} tindakan dari jurnal pemulihan)` : ''}`);
        io.out(`Kepala      : #${report.headSeq} ${report.head}`);
        const brokenLine = broken ? `Entri #${broken.seq} : ${broken.at} ${broken.actor} ${broken.action} ${broken.payload}` : null;
        for (const l of [...chainLines(report, brokenLine), ...rowLines(report)]) io.out(l);
        io.out(`Status      : ${report.utuh ? 'UTUH' : 'RUSAK'}`);
        if (report.headCheck) {
          const h = report.headCheck;
          if (h.foundSeq === null) io.out('Kepala dokumen: TIDAK ditemukan di rantai ini (entri terpotong, atau dokumen dari dataset lain).');
          else io.out(`Kepala dokumen: entri #${h.foundSeq}; ${h.entriesAfter} entri dicatat sesudahnya.`);
        }
        if (cpFile && verdict) for (const l of checkpointLines(cpFile, verdict)) io.out(l);
      }
      const headMissing = report.headCheck !== null && report.headCheck.foundSeq === null;
      const cpBad = verdict !== null && (verdict.chain !== 'cocok' || verdict.signature === 'tidak_sah');
      return report.utuh && !headMissing && !cpBad ? 0 : 1;
    } finally {
      ds.close();
    }
  },
};
