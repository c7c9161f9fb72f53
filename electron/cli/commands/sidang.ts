import { listSidang } from '../../session/sidang-store';
import { loadSessionRecord } from '../../session/session-record';
import { trackingList } from '../../session/tracking';
import { AppError } from '../../../shared/errors';
import { formatNip } from '../../../shared/domain/nip';
import { formatTanggal } from '../../../shared/format/tanggal';
import { isoDateSchema } from '../../../shared/domain/common';
import { tanggalWib, type StatusTarget } from '../../../shared/session/targets';
import type { SessionRecord } from '../../../shared/session/model';
import { parseArgs, UsageError, type CliCommand, type CliIo } from '../types';
import { openReadOnly, singleDatasetPath } from '../dataset-arg';

const HASIL: Record<string, string> = {
  direkomendasikan: 'DIREKOMENDASIKAN', tidak_direkomendasikan: 'TIDAK DIREKOMENDASIKAN', ditunda: 'DITUNDA',
};

function printRecord(rec: SessionRecord, io: CliIo): void {
  const s = rec.sidang;
  io.out(`Sidang ${s.nomor} — ${formatTanggal(s.tanggal)}, ${s.tempat} [${s.status}]`);
  io.out(`Kuorum: ${rec.kuorum.hadir} dari ${rec.kuorum.total} hadir, perlu ${rec.kuorum.diperlukan} — ${rec.kuorum.terpenuhi ? 'terpenuhi' : 'BELUM terpenuhi'}`);
  const nama = new Map(rec.anggota.map((a) => [a.anggotaId, a.nama]));
  for (const a of rec.anggota) io.out(`  ${a.hadir ? '[hadir]' : '[absen]'} ${a.peran.padEnd(10)} ${a.nama}`);
  for (const it of rec.items) {
    const who = it.pemohon ? `${it.pemohon.namaLengkap} (${formatNip(it.pemohon.nip)})` : `Jabatan lowong: ${it.jabatanLowong?.nama ?? '-'}`;
    io.out('');
    io.out(`${it.urutan}. ${who}`);
    for (const k of it.konflik) io.out(`   konflik kepentingan: ${nama.get(k.anggotaId) ?? k.anggotaId} — tidak ikut memilih`);
    io.out(`   suara: setuju ${it.rekap.setuju}, tidak setuju ${it.rekap.tidakSetuju}, abstain ${it.rekap.abstain}, belum ${it.rekap.belum}`);
    for (const k of it.riwayat) {
      const current = k.versi === it.keputusan?.versi ? ' (berlaku)' : '';
      io.out(`   v${k.versi}${current}: ${HASIL[k.hasil]}${k.jabatan ? ` → ${k.jabatan.nama}` : ''} — ${k.alasan}`);
      if (k.alasanRevisi) io.out(`       alasan revisi: ${k.alasanRevisi}`);
    }
    if (it.riwayat.length === 0) io.out('   belum diputuskan');
  }
  io.out('');
  io.out(`Kepala jejak audit: #${rec.auditHead.seq} ${rec.auditHead.hash}`);
}

/** `baperjakat sidang dataset.bpj`: sessions, one session's record, or the pledges to discuss. Read-only. */
export const sidangCommand: CliCommand = {
  name: 'sidang',
  summary: 'Daftar sidang, catatan satu sidang (--nomor), atau target/pakta yang dipantau (--pantau); hanya membaca',
  usage: 'baperjakat sidang <dataset.bpj> [--nomor <nomor sidang>] [--pantau] [--tanggal yyyy-mm-dd] [--json]\n'
    + 'Frasa sandi: variabel BAPERJAKAT_PASSPHRASE, prompt, atau stdin.',
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['json', 'pantau']);
    const path = singleDatasetPath(positional);
    if (flags.nomor === true) throw new UsageError('--nomor memerlukan nilai.');
    const tanggal = typeof flags.tanggal === 'string' ? flags.tanggal : tanggalWib(new Date().toISOString());
    if (!isoDateSchema.safeParse(tanggal).success) throw new UsageError('--tanggal harus yyyy-mm-dd.');
    const ds = await openReadOnly(path, io);
    try {
      const db = ds.db;
      if (typeof flags.nomor === 'string') {
        const s = listSidang(db).find((x) => x.nomor === flags.nomor);
        if (!s) throw new AppError('SIDANG_TIDAK_ADA');
        const rec = loadSessionRecord(db, s.id);
        if (flags.json) io.out(JSON.stringify(rec, null, 2));
        else printRecord(rec, io);
        return 0;
      }
      if (flags.pantau) {
        const rows = trackingList(db, tanggal, { statuses: [], hanyaPakta: false, search: '' });
        if (flags.json) {
          io.out(JSON.stringify({ tanggal, rows }, null, 2));
          return 0;
        }
        const count = (st: StatusTarget) => rows.filter((r) => r.status === st).length;
        io.out(`Pemantauan target per ${formatTanggal(tanggal)}: ${rows.length} target; segera ${count('segera')}, lewat tenggat ${count('terlambat')}, tercapai ${count('tercapai')}, tidak tercapai ${count('tidak_tercapai')}`);
        const flagged = rows.filter((r) => r.paktaPerluDibahas);
        io.out(`Pakta mundur yang perlu dibahas pada sidang berikutnya: ${flagged.length}`);
        for (const r of flagged) {
          io.out(`  ${r.namaLengkap} (${formatNip(r.target.nip)}) — ${r.target.indikator}: target ${r.target.nilaiTarget} ${r.target.satuan}, tenggat ${formatTanggal(r.target.tenggat)}, ${r.status === 'terlambat' ? `belum dilaporkan (lewat ${-r.sisaHari} hari)` : `realisasi ${r.target.realisasi}`}`);
        }
        return 0;
      }
      const list = listSidang(db);
      if (flags.json) io.out(JSON.stringify(list, null, 2));
      else if (list.length === 0) io.out('Belum ada sidang.');
      else for (const s of list) io.out(`${s.nomor.padEnd(20)} ${s.tanggal}  ${s.status.padEnd(11)} ${s.jumlahAnggota} anggota, ${s.jumlahAgenda} agenda, ${s.jumlahKeputusan} diputuskan`);
      return 0;
    } finally {
      ds.close();
    }
  },
};
