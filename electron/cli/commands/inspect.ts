import { resolve } from 'node:path';
import { parseArgs, UsageError, type CliCommand } from '../types';
import { readFileOrThrow } from '../../dataset/files';
import { open, parseHeader, KIND_REVIEW_PACKET } from '../../dataset/bpj-format';
import { Database } from '../../dataset/database';
import { verifyChain } from '../../audit/audit-log';
import { PASSPHRASE_ENV } from './seal';

/** `baperjakat inspect dataset.bpj`: what the header says (no passphrase needed), then counts per table. */
export const inspectCommand: CliCommand = {
  name: 'inspect',
  summary: 'Tampilkan versi format, parameter KDF dan jumlah baris per tabel sebuah .bpj',
  usage: `Pemakaian: baperjakat inspect dataset.bpj [--tanpa-sandi]\nFrasa sandi: ${PASSPHRASE_ENV}, prompt tersembunyi, atau satu baris stdin.`,
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['tanpa-sandi']);
    if (positional.length !== 1) throw new UsageError('Sebutkan tepat satu berkas .bpj.');
    const path = resolve(positional[0]!);
    const file = readFileOrThrow(path);
    const h = parseHeader(file);
    io.out(`Berkas        ${path}`);
    io.out(`Format        versi ${h.formatVersion}, jenis ${h.kind === KIND_REVIEW_PACKET ? 'paket telaah' : 'dataset'}`);
    io.out(`KDF           scrypt N=2^${h.kdf.log2N} (${2 ** h.kdf.log2N}), r=${h.kdf.r}, p=${h.kdf.p}; memori ${Math.round((128 * 2 ** h.kdf.log2N * h.kdf.r) / 1048576)} MiB`);
    io.out(`Enkripsi      AES-256-GCM, isi ${h.payloadLength} bait`);
    if (flags['tanpa-sandi']) return 0;

    const passphrase = await io.secret('Frasa sandi: ', PASSPHRASE_ENV);
    const { plaintext } = await open(file, passphrase);
    const db = await Database.create(plaintext);
    try {
      io.out(`Skema         versi ${db.userVersion()}`);
      const tables = db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
      io.out('Jumlah baris per tabel:');
      for (const { name } of tables) {
        io.out(`  ${name.padEnd(22)} ${String(db.value(`SELECT COUNT(*) FROM "${name.replace(/"/g, '""')}"`)).padStart(8)}`);
      }
      const chain = verifyChain(db);
      io.out(`Jejak audit   ${chain.entries} entri, ${chain.valid ? 'rantai utuh' : `RUSAK pada entri ${chain.firstBroken!.seq} (${chain.firstBroken!.problem})`}`);
      return chain.valid ? 0 : 1;
    } finally {
      db.close();
      // Only after close: the engine may still be reading pages from this very buffer.
      plaintext.fill(0);
    }
  },
};
