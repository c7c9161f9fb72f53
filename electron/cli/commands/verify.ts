import { resolve } from 'node:path';
import { parseArgs, UsageError, type CliCommand, type CliIo } from '../types';
import { verifyPdfFile } from '../../documents/verify/verify-file';
import { loadDatasetReadOnly } from '../../documents/verify/read-only-dataset';
import type { Database } from '../../dataset/database';
import { JENIS_PERUBAHAN_ID, type SignatureReport, type VerifyReport } from '../../../shared/documents/certificate';
import { PASSPHRASE_ENV } from './seal';

const YA = (ok: boolean): string => (ok ? 'ya' : 'TIDAK');

const VERDIK: Record<VerifyReport['verdict'], string> = {
  sah: 'SAH',
  tidak_sah: 'TIDAK SAH',
  diubah_setelah_ditandatangani: 'DIUBAH SETELAH DITANDATANGANI',
  penanda_tangan_tidak_dikenal: 'PENANDA TANGAN TIDAK DIKENAL',
  tanpa_tanda_tangan: 'tidak ada',
};

const SESI: Record<VerifyReport['sessionMatch'], string> = {
  cocok: 'cocok dengan catatan sidang di dataset',
  revisi_ditandatangani_cocok: 'revisi yang ditandatangani cocok dengan catatan sidang, tetapi berkas telah diubah sesudahnya',
  berbeda: 'TIDAK COCOK: catatan sidang di dataset telah berubah',
  sidang_tidak_ada: 'sidang tidak ada di dataset ini',
  tanpa_dataset: 'tidak diperiksa (tanpa --dataset)',
  bukan_dokumen_aplikasi: 'bukan dokumen Baperjakat Desk',
  tanda_tangan_tidak_sah: 'tidak dibandingkan: tanda tangan tidak sah',
  penanda_tangan_tidak_dikenal: 'tidak dibandingkan: penanda tangan tidak dikenal',
};

const PENANDA: Record<SignatureReport['signerStatus'], string> = {
  terdaftar: 'terdaftar di dataset',
  terdaftar_dipensiunkan: 'terdaftar di dataset (identitas sudah dipensiunkan)',
  tidak_dikenal: 'PENANDA TANGAN TIDAK DIKENAL (sidik sertifikat tidak terdaftar)',
  tanpa_dataset: 'tidak diperiksa (tanpa --dataset)',
};

const RANTAI: Record<SignatureReport['chain'], string> = {
  tepercaya: 'tepercaya (daftar CA dataset)', tidak_tepercaya: 'TIDAK tepercaya', tanpa_daftar: 'tidak diperiksa (tanpa daftar CA)',
};

function printSignature(s: SignatureReport, io: CliIo): void {
  io.out(`— Tanda tangan ${s.index}${s.fieldName ? ` (${s.fieldName})` : ''}: ${s.valid ? 'sah' : 'TIDAK SAH'}${s.certificationP !== null ? `, sertifikasi DocMDP P ${s.certificationP}` : ''}`);
  io.out(`  Jenis               ${s.subFilter ?? '-'}`);
  io.out(`  ByteRange           [${s.byteRange.join(' ')}] revisi ${s.revision ?? '-'}; seluruh berkas: ${YA(s.coversWholeFile)}`);
  io.out(`  Message digest      ${YA(s.checks.messageDigestMatches)}`);
  io.out(`  Tanda tangan CMS    ${YA(s.checks.signatureValid)}`);
  if (s.signer) {
    io.out(`  Penanda tangan      ${s.signer.commonName} (${s.signer.organization || '-'}): ${PENANDA[s.signerStatus]}`);
    io.out(`  Penerbit            ${s.signer.issuer}${s.signer.selfSigned ? ' [swa-tanda tangan]' : ''}; rantai: ${RANTAI[s.chain]}${s.chainDetail ? ` (${s.chainDetail})` : ''}`);
    io.out(`  Masa berlaku        ${s.signer.notBefore.slice(0, 10)} s.d. ${s.signer.notAfter.slice(0, 10)} (berlaku saat tanda tangan: ${YA(s.checks.certificateValidAtSigning)})`);
    io.out(`  Penggunaan kunci    ${s.signer.keyUsage.join(', ') || '-'}; diperluas: ${s.signer.extKeyUsage.join(', ') || '-'}`);
    io.out(`  Sidik sertifikat    SHA-256 ${s.signer.fingerprintSha256}`);
  }
  io.out(`  Waktu tanda tangan  ${s.signingTime ?? '-'}`);
  for (const c of s.changesAfter) io.out(`  Diubah setelahnya   revisi ${c.revision}: ${JENIS_PERUBAHAN_ID[c.kind]} ${c.object} ${c.detail}`.trimEnd());
}

/** `baperjakat verify file.pdf [--dataset f.bpj] [--json]`: exit 0 only for verdict SAH and a matching session. */
export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'Periksa setiap tanda tangan elektronik PDF, perubahan sesudahnya, dan kesesuaiannya dengan dataset',
  usage: [
    'Pemakaian: baperjakat verify berkas.pdf [--dataset berkas.bpj] [--json]',
    `Frasa sandi dataset: ${PASSPHRASE_ENV}, prompt tersembunyi, atau stdin. Dataset hanya dibaca (tidak ada berkas yang ditulis).`,
  ].join('\n'),
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['json']);
    if (positional.length !== 1) throw new UsageError('Sebutkan tepat satu berkas PDF.');
    let db: Database | null = null;
    if (typeof flags.dataset === 'string') {
      db = await loadDatasetReadOnly(resolve(flags.dataset), await io.secret('Frasa sandi dataset: ', PASSPHRASE_ENV));
    }
    try {
      const { report: r } = await verifyPdfFile(resolve(positional[0]!), db);
      if (flags.json) io.out(JSON.stringify(r, null, 2));
      else {
        io.out(`Tanda tangan        ${VERDIK[r.verdict]}`);
        io.out(`Revisi              ${r.revisions}; tanda tangan: ${r.signatures.length}`);
        for (const s of r.signatures) printSignature(s, io);
        if (r.document) io.out(`Dokumen             ${r.document.kind}, sidang ${r.document.sidangNomor} (${r.document.sidangId})`);
        io.out(`Catatan sidang      ${SESI[r.sessionMatch]}`);
        for (const p of r.problems) io.err(`Masalah: ${p}`);
      }
      return r.valid && r.sessionMatch !== 'berbeda' ? 0 : 1;
    } finally {
      db?.close();
    }
  },
};
