import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs, UsageError, type CliCommand } from '../types';
import { OpenDataset } from '../../dataset/open-dataset';
import { defaultResourcesDir, safeUserName } from '../../app/node-platform';
import { generateDocument } from '../../documents/generate';
import { appendAudit } from '../../audit/audit-log';
import { writeFileAtomic } from '../../dataset/files';
import { DOCUMENT_KINDS, isSkKind, type DocumentKind } from '../../../shared/documents/model';
import { PASSPHRASE_ENV } from './seal';

export const CERT_PASSWORD_ENV = 'BAPERJAKAT_CERT_PASSWORD';

/**
 * `baperjakat document <jenis> --dataset f.bpj --session id --format pdf|docx -o out`: batch production
 * without the UI. Rekomendasi and berita acara PDFs are signed with the
 * dataset's certificate unless --tanpa-tanda-tangan is given;
 * the signing is appended to the audit chain (the dataset is saved on close).
 */
export const documentCommand: CliCommand = {
  name: 'document',
  summary: 'Buat rekomendasi, draf SK, atau berita acara sebuah sidang (PDF/DOCX)',
  usage: [
    'Pemakaian: baperjakat document <rekomendasi|sk|berita-acara> --dataset berkas.bpj --session <id atau nomor sidang>',
    '           --format pdf|docx -o keluaran [--tanpa-tanda-tangan] [--identitas <id>]',
    'PDF rekomendasi dan berita acara ditandatangani (sertifikasi PAdES, DocMDP P 2) dengan identitas dataset (lihat "baperjakat identitas");',
    'setiap penandatanganan dicatat di jejak audit dataset. Berkas keluaran bermode 0600.',
    `Frasa sandi dataset: ${PASSPHRASE_ENV}; sandi sertifikat: ${CERT_PASSWORD_ENV} (atau prompt tersembunyi / stdin, berurutan).`,
  ].join('\n'),
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['tanpa-tanda-tangan']);
    const kind = positional[0] as DocumentKind | undefined;
    if (positional.length !== 1 || !kind || !DOCUMENT_KINDS.includes(kind)) {
      throw new UsageError(`Sebutkan satu jenis dokumen: ${DOCUMENT_KINDS.join(', ')}.`);
    }
    const dataset = flags.dataset;
    const session = flags.session;
    const format = flags.format ?? 'pdf';
    const out = flags.o ?? flags.output;
    if (typeof dataset !== 'string' || typeof session !== 'string' || typeof out !== 'string') {
      throw new UsageError('--dataset, --session dan -o wajib diisi.');
    }
    if (format !== 'pdf' && format !== 'docx') throw new UsageError('--format harus pdf atau docx.');
    const sign = format === 'pdf' && !isSkKind(kind) && !flags['tanpa-tanda-tangan'];
    const identityId = typeof flags.identitas === 'string' ? Number(flags.identitas) : undefined;
    if (identityId !== undefined && !Number.isInteger(identityId)) throw new UsageError('--identitas harus nomor identitas (lihat "baperjakat identitas daftar").');

    const passphrase = await io.secret('Frasa sandi dataset: ', PASSPHRASE_ENV);
    const ds = await OpenDataset.openFile(resolve(dataset), passphrase);
    try {
      // The session may be named by its id or by its number ("800/09/BPJ/2026").
      const sidangId = ds.db.value<string>('SELECT id FROM sidang WHERE id = ? OR nomor = ? ORDER BY id = ? DESC LIMIT 1', [session, session, session]) ?? session;
      const certPassword = sign ? await io.secret('Sandi sertifikat: ', CERT_PASSWORD_ENV) : undefined;
      const now = new Date();
      const doc = await generateDocument(ds.db, { kind, format, sidangId, sign, certPassword, identityId }, {
        resourcesDir: defaultResourcesDir(), now, actor: safeUserName(),
      });
      // A signed PDF is an act of the committee, as in the app: its hashes go on the audit chain.
      if (doc.signed) {
        ds.db.transaction(() => appendAudit(ds.db, {
          at: now.toISOString(), actor: safeUserName(), action: 'documents.sign',
          payload: { sidangId, jenis: kind, contentHash: doc.contentHash, pdfSha256: createHash('sha256').update(doc.bytes).digest('hex'), via: 'cli' },
        }));
      }
      writeFileAtomic(resolve(out), doc.bytes);
      io.out(`Ditulis       ${resolve(out)} (${doc.bytes.length} bait)`);
      io.out(`Sidik isi     SHA-256 ${doc.contentHash}`);
      io.out(`Tanda tangan  ${doc.signed ? 'PAdES (ETSI.CAdES.detached), sertifikasi DocMDP P 2; dicatat di jejak audit' : 'tidak ada'}`);
      return 0;
    } finally {
      ds.close();
    }
  },
};
