import { readUserFile } from '../../files/user-file';
import { resolve } from 'node:path';
import { parseArgs, UsageError, type CliCommand } from '../types';
import { OpenDataset } from '../../dataset/open-dataset';
import { verifySignedPdf } from '../../documents/verify-pdf';
import type { VerifyReport } from '../../../shared/documents/certificate';
import { PASSPHRASE_ENV } from './seal';

const YA = (ok: boolean): string => (ok ? 'ya' : 'TIDAK');

const SESI: Record<VerifyReport['sessionMatch'], string> = {
  cocok: 'cocok dengan catatan sidang di dataset',
  berbeda: 'TIDAK COCOK: catatan sidang di dataset telah berubah',
  sidang_tidak_ada: 'sidang tidak ada di dataset ini',
  tanpa_dataset: 'tidak diperiksa (tanpa --dataset)',
  bukan_dokumen_aplikasi: 'bukan dokumen Baperjakat Desk',
  tanda_tangan_tidak_sah: 'tidak dibandingkan: tanda tangan tidak sah',
};

/** `baperjakat verify file.pdf [--dataset f.bpj] [--json]`: exit 0 only for a valid, unaltered signature. */
export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'Periksa tanda tangan elektronik PDF dan kesesuaiannya dengan catatan sidang',
  usage: `Pemakaian: baperjakat verify berkas.pdf [--dataset berkas.bpj] [--json]\nFrasa sandi dataset: ${PASSPHRASE_ENV}, prompt tersembunyi, atau stdin.`,
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['json']);
    if (positional.length !== 1) throw new UsageError('Sebutkan tepat satu berkas PDF.');
    const bytes = readUserFile(resolve(positional[0]!), 'pdf');
    let ds: OpenDataset | null = null;
    if (typeof flags.dataset === 'string') {
      ds = await OpenDataset.openFile(resolve(flags.dataset), await io.secret('Frasa sandi dataset: ', PASSPHRASE_ENV));
    }
    try {
      const r = verifySignedPdf(bytes, ds?.db ?? null);
      if (flags.json) io.out(JSON.stringify(r, null, 2));
      else {
        io.out(`Tanda tangan        ${r.signed ? (r.valid ? 'SAH' : 'TIDAK SAH') : 'tidak ada'}`);
        io.out(`Jenis               ${r.subFilter ?? '-'}`);
        io.out(`Cakupan ByteRange   seluruh berkas kecuali /Contents: ${YA(r.checks.byteRangeCoversWholeFile)}`);
        io.out(`Tanpa tambahan      ${YA(r.checks.nothingAppended)}`);
        io.out(`Message digest      ${YA(r.checks.messageDigestMatches)}`);
        io.out(`Tanda tangan CMS    ${YA(r.checks.signatureValid)}`);
        if (r.signer) {
          io.out(`Penanda tangan      ${r.signer.commonName} (${r.signer.organization || '-'})`);
          io.out(`Penerbit            ${r.signer.issuer}${r.signer.selfSigned ? ' [swa-tanda tangan]' : ''}`);
          io.out(`Masa berlaku        ${r.signer.notBefore.slice(0, 10)} s.d. ${r.signer.notAfter.slice(0, 10)} (berlaku saat tanda tangan: ${YA(r.checks.certificateValidAtSigning)})`);
          io.out(`Sidik sertifikat    SHA-256 ${r.signer.fingerprintSha256}`);
        }
        io.out(`Waktu tanda tangan  ${r.signingTime ?? '-'}`);
        if (r.document) io.out(`Dokumen             ${r.document.kind}, sidang ${r.document.sidangNomor} (${r.document.sidangId})`);
        io.out(`Catatan sidang      ${SESI[r.sessionMatch]}`);
        for (const p of r.problems) io.err(`Masalah: ${p}`);
      }
      return r.valid && r.sessionMatch !== 'berbeda' ? 0 : 1;
    } finally {
      ds?.close();
    }
  },
};
