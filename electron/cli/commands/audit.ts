import { auditPage, auditReport } from '../../session/audit-view';
import { parseArgs, UsageError, type CliCommand } from '../types';
import { openReadOnly, singleDatasetPath } from '../dataset-arg';
import type { AuditProblem } from '../../../shared/ipc/dataset';

const PROBLEM_TEXT: Record<AuditProblem, string> = {
  payload_berubah: 'isi (payload) entri berubah: hash isinya tidak cocok',
  hash_entri_berubah: 'waktu, pelaku, tindakan atau hash entri berubah',
  rantai_terputus: 'hash entri sebelumnya tidak cocok (rantai terputus)',
  urutan_loncat: 'nomor urut meloncat (entri dihapus atau disisipkan)',
};

/** `baperjakat audit dataset.bpj`: checks the hash chain without writing anything. */
export const auditCommand: CliCommand = {
  name: 'audit',
  summary: 'Verifikasi jejak audit (rantai hash) sebuah dataset; exit 0 utuh, 1 rusak',
  usage: 'baperjakat audit <dataset.bpj> [--kepala <hash dari dokumen>] [--json]\n'
    + 'Frasa sandi: variabel BAPERJAKAT_PASSPHRASE, prompt, atau stdin.',
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['json']);
    const path = singleDatasetPath(positional);
    const kepala = flags.kepala;
    if (kepala !== undefined && (kepala === true || !/^[0-9a-fA-F]{64}$/.test(kepala))) {
      throw new UsageError('--kepala harus hash SHA-256 (64 digit heksadesimal).');
    }
    const ds = await openReadOnly(path, io);
    try {
      const report = auditReport(ds.db, kepala);
      if (flags.json) {
        const broken = report.firstBroken ? auditPage(ds.db, report.firstBroken.seq - 1, 1).entries[0] ?? null : null;
        io.out(JSON.stringify({ ...report, brokenEntry: broken, replayedFromJournal: ds.recovered?.records ?? 0 }, null, 2));
      } else {
        io.out(`Berkas      : ${path}`);
        io.out(`Entri       : ${report.entries}${ds.recovered ? ` (${ds.recovered.records} tindakan dari jurnal pemulihan)` : ''}`);
        io.out(`Kepala      : #${report.headSeq} ${report.head}`);
        if (report.firstBroken) {
          const [e] = auditPage(ds.db, report.firstBroken.seq - 1, 1).entries;
          io.out(`Status      : RUSAK — entri pertama yang rusak: #${report.firstBroken.seq}`);
          io.out(`Masalah     : ${PROBLEM_TEXT[report.firstBroken.problem]}`);
          if (e) io.out(`Entri #${e.seq} : ${e.at} ${e.actor} ${e.action} ${e.payload}`);
        } else {
          io.out('Status      : UTUH — setiap entri cocok dengan hash-nya dan dengan entri sebelumnya.');
        }
        if (report.headCheck) {
          const h = report.headCheck;
          if (h.foundSeq === null) io.out('Kepala dokumen: TIDAK ditemukan di rantai ini (entri terpotong, atau dokumen dari dataset lain).');
          else io.out(`Kepala dokumen: entri #${h.foundSeq}; ${h.entriesAfter} entri dicatat sesudahnya.`);
        }
      }
      const headMissing = report.headCheck !== null && report.headCheck.foundSeq === null;
      return report.valid && !headMissing ? 0 : 1;
    } finally {
      ds.close();
    }
  },
};
