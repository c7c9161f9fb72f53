import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { verify } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { isoDateSchema } from '../../../shared/domain/common';
import { formatTanggal } from '../../../shared/format/tanggal';
import { groupFingerprint } from '../../../shared/review/public-key';
import { responseFileSchema } from '../../../shared/review/response-format';
import { safeUserName } from '../../app/node-platform';
import { OpenDataset } from '../../dataset/open-dataset';
import { exportPacket, type ActEnv } from '../../review/packet-export';
import { importResponse } from '../../review/response-import';
import { registerKey, listReviewSessions } from '../../review/member-keys';
import { loadSessionFeedback } from '../../review/feedback';
import { isReviewPacket } from '../../review/mode';
import { fingerprintOf, publicKeyObject } from '../../review/identity';
import { signedBytes } from '../../review/response-export';
import { parseArgs, UsageError, type CliCommand, type CliIo } from '../types';
import { PASSPHRASE_ENV } from './seal';

const PACKET_PASSPHRASE_ENV = 'BAPERJAKAT_PAKET_PASSPHRASE';

const USAGE = `Pemakaian:
  baperjakat telaah anggota berkas.bpj [--sidang ID]
  baperjakat telaah kunci berkas.bpj --anggota ID --nama NAMA --kunci bpj-ed25519:… [--ganti]
  baperjakat telaah ekspor berkas.bpj --sidang ID --anggota ID --kedaluwarsa yyyy-mm-dd -o paket.bpj
  baperjakat telaah impor berkas.bpj --sidang ID tanggapan.bpjt [tanggapan2.bpjt …]
  baperjakat telaah masukan berkas.bpj --sidang ID
  baperjakat telaah periksa tanggapan.bpjt
Frasa sandi dataset: ${PASSPHRASE_ENV}; frasa sandi paket baru: ${PACKET_PASSPHRASE_ENV}; atau prompt tersembunyi / stdin.`;

function need(flags: Record<string, string | true>, name: string): string {
  const v = flags[name];
  if (typeof v !== 'string' || v === '') throw new UsageError(`Opsi --${name} wajib diisi.`);
  return v;
}

/** The secretariat's full dataset; a review packet is refused (packets cannot be re-exported). */
async function openFull(path: string | undefined, io: CliIo): Promise<OpenDataset> {
  if (!path) throw new UsageError('Sebutkan berkas dataset .bpj.');
  const ds = await OpenDataset.openFile(resolve(path), await io.secret('Frasa sandi dataset: ', PASSPHRASE_ENV));
  if (isReviewPacket(ds)) {
    ds.close();
    throw new AppError('MODE_TELAAH_DITOLAK', { aksi: 'perintah telaah' });
  }
  return ds;
}

const env = (): ActEnv => ({ now: new Date(), actor: `cli:${safeUserName()}` });

/** Checks a response file on its own: intact, and signed by the key it names (not yet: registered). */
function periksa(path: string, io: CliIo): number {
  const parsed = responseFileSchema.safeParse(JSON.parse(readFileSync(resolve(path), 'utf8')));
  if (!parsed.success) {
    io.err(`Bukan berkas tanggapan yang utuh: ${parsed.error.issues[0]?.message ?? ''}`);
    return 1;
  }
  const f = parsed.data;
  let ok = false;
  try {
    ok = fingerprintOf(f.kunci) === f.sidik && verify(null, signedBytes(f.isi), publicKeyObject(f.kunci), Buffer.from(f.tandaTangan, 'base64'));
  } catch {
    ok = false;
  }
  io.out(`Paket        ${f.isi.paketId}`);
  io.out(`Sidang       ${f.isi.sidangId}`);
  io.out(`Anggota      ${f.isi.anggotaId}`);
  io.out(`Versi        ${f.isi.versi} (${f.isi.dibuatPada})`);
  io.out(`Butir        ${f.isi.items.length}, ${f.isi.items.filter((i) => i.pertanyaan.trim()).length} dengan pertanyaan`);
  io.out(`Sidik kunci  ${groupFingerprint(f.sidik)}`);
  io.out(`Tanda tangan ${ok ? 'SAH untuk kunci yang disebut berkas (terdaftar atau tidak diperiksa saat impor)' : 'TIDAK SAH'}`);
  return ok ? 0 : 1;
}

/** `baperjakat telaah …`: review packets and members' responses from the command line. */
export const telaahCommand: CliCommand = {
  name: 'telaah',
  summary: 'Paket telaah anggota: daftar kunci, ekspor paket, impor tanggapan, rekap masukan',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    const { positional, flags } = parseArgs(rest, ['ganti']);
    if (sub === 'periksa') {
      if (positional.length !== 1) throw new UsageError('Sebutkan tepat satu berkas tanggapan.');
      return periksa(positional[0]!, io);
    }
    if (!sub || !['anggota', 'kunci', 'ekspor', 'impor', 'masukan'].includes(sub)) throw new UsageError(`Subperintah tidak dikenal: ${sub ?? '(kosong)'}`);
    if (sub === 'ekspor' && typeof flags.kedaluwarsa === 'string' && !isoDateSchema.safeParse(flags.kedaluwarsa).success) {
      throw new UsageError('--kedaluwarsa harus berupa tanggal yyyy-mm-dd.');
    }
    const ds = await openFull(positional[0], io);
    try {
      switch (sub) {
        case 'anggota': {
          for (const s of listReviewSessions(ds.db)) {
            if (typeof flags.sidang === 'string' && s.id !== flags.sidang) continue;
            io.out(`Sidang ${s.nomor} (${s.id}) — ${formatTanggal(s.tanggal)}, ${s.jumlahAgenda} butir agenda`);
            for (const a of s.anggota) {
              io.out(`  ${a.anggotaId.padEnd(24)} ${a.nama.padEnd(28)} kunci: ${a.kunci?.sidik ?? 'belum terdaftar'}; paket: ${a.paket.length}; tanggapan: ${a.tanggapanVersi ?? '-'}`);
            }
          }
          return 0;
        }
        case 'kunci': {
          const r = registerKey(ds, { anggotaId: need(flags, 'anggota'), nama: need(flags, 'nama'), publicKey: need(flags, 'kunci'), ganti: flags.ganti === true }, env());
          io.out(`Kunci ${r.diganti ? 'diganti' : 'terdaftar'} untuk ${r.anggotaId}. Sidik: ${r.sidik}`);
          return 0;
        }
        case 'ekspor': {
          const out = resolve(need(flags, 'o'));
          const req = { sidangId: need(flags, 'sidang'), anggotaId: need(flags, 'anggota'), kedaluwarsa: need(flags, 'kedaluwarsa') };
          const passphrase = await io.secret('Frasa sandi paket: ', PACKET_PASSPHRASE_ENV);
          const p = await exportPacket(ds, { ...req, passphrase, path: out }, env());
          io.out(`Paket ${p.paketId} → ${p.path}`);
          io.out(`Isi: ${p.jumlah.agenda} butir agenda, ${p.jumlah.permohonan} permohonan, ${p.jumlah.pegawai} pemohon, ${p.jumlah.jabatan} jabatan; berlaku s.d. ${formatTanggal(p.kedaluwarsa)}`);
          io.out(`SHA-256 ${p.sha256}`);
          return 0;
        }
        case 'impor': {
          const sidangId = need(flags, 'sidang');
          const files = positional.slice(1);
          if (files.length === 0) throw new UsageError('Sebutkan minimal satu berkas tanggapan.');
          let refused = 0;
          for (const f of files) {
            try {
              const r = importResponse(ds, sidangId, resolve(f), env());
              io.out(`DITERIMA ${basename(f)}: ${r.nama} versi ${r.versi} (${r.jumlahPertanyaan} pertanyaan, ${r.jumlahSikap} sikap)`);
            } catch (err) {
              if (!(err instanceof AppError)) throw err;
              refused++;
              io.err(`DITOLAK  ${basename(f)}: ${err.message}`);
            }
          }
          return refused === 0 ? 0 : 1;
        }
        case 'masukan': {
          for (const r of loadSessionFeedback(ds.db, need(flags, 'sidang'))) {
            const t = r.feedback.tally;
            io.out(`${r.urutan}. ${r.judul}${r.jabatan ? ` → ${r.jabatan}` : ''}`);
            io.out(`   sikap sementara (bukan suara): mendukung ${t.mendukung}, ragu ${t.ragu}, tidak mendukung ${t.tidak_mendukung}, belum ${t.belum}` +
              (r.feedback.dikecualikanKonflik ? `; ${r.feedback.dikecualikanKonflik} dikecualikan (konflik)` : ''));
            for (const q of r.feedback.pertanyaan) io.out(`   ? ${q.nama}: ${q.teks.replace(/\s+/g, ' ')}`);
          }
          return 0;
        }
      }
      return 2;
    } finally {
      ds.close();
    }
  },
};
