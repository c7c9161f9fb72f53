import { resolve } from 'node:path';
import { parseArgs, UsageError, type CliCommand, type CliIo } from '../types';
import { OpenDataset } from '../../dataset/open-dataset';
import type { Database } from '../../dataset/database';
import { appendAudit } from '../../audit/audit-log';
import { safeUserName } from '../../app/node-platform';
import { readUserFile } from '../../files/user-file';
import { createSelfSignedIdentity, importIdentity, listIdentities, retireIdentity } from '../../documents/identity';
import { importTrustedCa, listTrustedCa } from '../../documents/trust-list';
import { PASSPHRASE_ENV } from './seal';
import { CERT_PASSWORD_ENV } from './document';

const SUB = ['daftar', 'buat', 'impor', 'pensiun', 'ca-impor'] as const;
type Sub = (typeof SUB)[number];

function printList(db: Database, io: CliIo): void {
  const rows = listIdentities(db);
  if (rows.length === 0) io.out('Belum ada identitas penanda tangan.');
  for (const r of rows) {
    io.out(`#${r.id} ${r.dipensiunkanPada ? `[dipensiunkan ${r.dipensiunkanPada.slice(0, 10)}]` : '[aktif]'} ${r.info.commonName} (${r.info.organization || '-'})`);
    io.out(`   penerbit ${r.info.issuer}${r.info.selfSigned ? ' [swa-tanda tangan]' : ''}; berlaku ${r.info.notBefore.slice(0, 10)} s.d. ${r.info.notAfter.slice(0, 10)}`);
    io.out(`   SHA-256 ${r.info.fingerprintSha256}`);
  }
  for (const ca of listTrustedCa(db)) io.out(`CA tepercaya: ${ca.subject} (s.d. ${ca.notAfter.slice(0, 10)}) SHA-256 ${ca.fingerprintSha256}`);
}

/** One act on the dataset, with its audit entry in the same transaction (as the app does). */
function act<T>(db: Database, action: string, payload: Record<string, unknown>, fn: () => T): T {
  return db.transaction(() => {
    const out = fn();
    appendAudit(db, { at: new Date().toISOString(), actor: safeUserName(), action, payload });
    return out;
  });
}

/**
 * `baperjakat identitas <daftar|buat|impor|pensiun|ca-impor> dataset.bpj …`: the dataset's signing
 * identities (several; the newest active one signs by default) and its trust list of CA certificates.
 */
export const identitasCommand: CliCommand = {
  name: 'identitas',
  summary: 'Identitas penanda tangan dataset: buat (swa-tanda tangan), impor .p12, daftar, pensiunkan; impor CA tepercaya',
  usage: [
    'Pemakaian: baperjakat identitas daftar   <dataset.bpj>',
    '           baperjakat identitas buat     <dataset.bpj> --nama "Nama, gelar" --instansi "Pemerintah Kota …" [--email e] [--tahun 1-5]',
    '           baperjakat identitas impor    <dataset.bpj> berkas.p12',
    '           baperjakat identitas pensiun  <dataset.bpj> [--id n]',
    '           baperjakat identitas ca-impor <dataset.bpj> rantai.pem|ca.cer',
    `Frasa sandi dataset: ${PASSPHRASE_ENV}; sandi sertifikat: ${CERT_PASSWORD_ENV} (atau prompt tersembunyi / stdin, berurutan).`,
  ].join('\n'),
  async run(args, io) {
    const { positional, flags } = parseArgs(args);
    const [sub, dataset, file] = positional as [Sub | undefined, string | undefined, string | undefined];
    if (!sub || !SUB.includes(sub) || !dataset) throw new UsageError(`Sebutkan subperintah (${SUB.join(', ')}) dan berkas dataset.`);
    if ((sub === 'impor' || sub === 'ca-impor') !== !!file || positional.length > (file ? 3 : 2)) throw new UsageError('Jumlah berkas tidak sesuai subperintah.');
    const ds = await OpenDataset.openFile(resolve(dataset), await io.secret('Frasa sandi dataset: ', PASSPHRASE_ENV), sub === 'daftar' ? { readOnly: true } : {});
    try {
      const db = ds.db;
      const now = new Date();
      if (sub === 'buat') {
        const nama = flags.nama;
        const instansi = flags.instansi;
        if (typeof nama !== 'string' || nama.trim().length < 3 || typeof instansi !== 'string' || instansi.trim().length < 2) {
          throw new UsageError('--nama (≥ 3 huruf) dan --instansi wajib diisi.');
        }
        const tahun = typeof flags.tahun === 'string' ? Number(flags.tahun) : 2;
        if (!Number.isInteger(tahun) || tahun < 1 || tahun > 5) throw new UsageError('--tahun harus 1–5.');
        const password = await io.secret('Sandi sertifikat baru: ', CERT_PASSWORD_ENV);
        if (password.length < 8) throw new UsageError('Sandi sertifikat minimal 8 karakter.');
        const info = act(db, 'documents.identity.create', { jenis: 'self-signed', via: 'cli' }, () => createSelfSignedIdentity(db, {
          commonName: nama.trim(), organization: instansi.trim(), email: typeof flags.email === 'string' ? flags.email : undefined, validYears: tahun, password,
        }, now));
        const id = listIdentities(db).findLast((r) => r.info.fingerprintSha256 === info.fingerprintSha256)?.id;
        io.out(`Identitas #${id} dibuat: ${info.commonName}; SHA-256 ${info.fingerprintSha256}`);
      } else if (sub === 'impor') {
        const bytes = readUserFile(resolve(file!), 'certificate');
        const password = await io.secret('Sandi sertifikat: ', CERT_PASSWORD_ENV);
        const info = act(db, 'documents.identity.import', { jenis: 'pkcs12', via: 'cli' }, () => importIdentity(db, bytes, password, now));
        const id = listIdentities(db).findLast((r) => r.info.fingerprintSha256 === info.fingerprintSha256)?.id;
        io.out(`Identitas #${id} diimpor: ${info.commonName} (penerbit ${info.issuer}); SHA-256 ${info.fingerprintSha256}`);
      } else if (sub === 'pensiun') {
        const id = typeof flags.id === 'string' ? Number(flags.id) : undefined;
        if (id !== undefined && !Number.isInteger(id)) throw new UsageError('--id harus bilangan bulat.');
        const row = act(db, 'documents.identity.retire', { id: id ?? null, via: 'cli' }, () => retireIdentity(db, now, id));
        io.out(`Identitas #${row.id} ${row.info.commonName} dipensiunkan; kuncinya dihapus, sertifikatnya tetap dikenali saat verifikasi.`);
      } else if (sub === 'ca-impor') {
        const added = act(db, 'documents.trust.import', { via: 'cli' }, () => importTrustedCa(db, resolve(file!), now));
        for (const ca of added) io.out(`CA tepercaya: ${ca.subject}; SHA-256 ${ca.fingerprintSha256}`);
      } else printList(db, io);
      return 0;
    } finally {
      ds.close();
    }
  },
};
