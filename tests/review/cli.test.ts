import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { telaahCommand } from '../../electron/cli/commands/telaah';
import type { CliIo } from '../../electron/cli/types';
import { createIdentity } from '../../electron/review/identity';
import { TEST_KDF } from '../support/dataset-context';
import { DATASET_PASSPHRASE, KEY_PASSPHRASE, NOW, PACKET_PASSPHRASE, secretariat, testApp } from './fixture';

const cleanups: (() => void)[] = [];
afterEach(() => { while (cleanups.length) cleanups.pop()!(); });

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const secrets: Record<string, string> = { BAPERJAKAT_PASSPHRASE: DATASET_PASSPHRASE, BAPERJAKAT_PAKET_PASSPHRASE: PACKET_PASSPHRASE };
  const cli: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), secret: async (_p, envVar) => secrets[envVar]! };
  return { cli, out, err };
}

describe('baperjakat telaah', () => {
  it('registers a key, exports a packet, imports responses (refusing a duplicate) and prints the feedback', async () => {
    const sec = await secretariat();
    const datasetPath = sec.datasetPath;
    sec.ctx.closeDataset(); // the CLI opens the file itself
    const member = testApp('rahmat');
    cleanups.push(sec.cleanup, member.cleanup);
    const identity = await createIdentity(join(member.dir, 'userdata'), KEY_PASSPHRASE, NOW.toISOString(), TEST_KDF);

    let r = io();
    expect(await telaahCommand.run(['kunci', datasetPath, '--anggota', 'S1-agt-3', '--nama', 'Rahmat Inspektur', '--kunci', identity.publicKey], r.cli)).toBe(0);
    expect(r.out.join('\n')).toContain('Kunci terdaftar untuk 197404041996031003');

    const packetPath = join(sec.dir, 'paket.bpj');
    const expiry = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    r = io();
    expect(await telaahCommand.run(['ekspor', datasetPath, '--sidang', 'S1', '--anggota', 'S1-agt-3', '--kedaluwarsa', expiry, '-o', packetPath], r.cli)).toBe(0);
    expect(r.out.join('\n')).toMatch(/3 butir agenda, 3 permohonan, 3 pemohon/);

    member.clock.now = new Date();
    await member.open(packetPath, PACKET_PASSPHRASE);
    await member.call('review:saveNote', { agendaItemId: 'A2', catatan: 'pribadi', sikap: 'ragu', pertanyaan: 'Teguran tertulis 2025 sudah selesai?' });
    const response = join(member.dir, 'tanggapan.bpjt');
    await member.via(response)('review:exportResponse', { passphrase: KEY_PASSPHRASE });

    r = io();
    expect(await telaahCommand.run(['periksa', response], r.cli)).toBe(0);
    expect(r.out.join('\n')).toContain('Tanda tangan SAH');

    r = io();
    expect(await telaahCommand.run(['impor', datasetPath, '--sidang', 'S1', response, response], r.cli)).toBe(1);
    expect(r.out).toEqual([expect.stringContaining('DITERIMA tanggapan.bpjt: Rahmat Inspektur versi 1')]);
    expect(r.err).toEqual([expect.stringContaining('sudah diimpor')]);

    r = io();
    expect(await telaahCommand.run(['masukan', datasetPath, '--sidang', 'S1'], r.cli)).toBe(0);
    expect(r.out.join('\n')).toContain('? Rahmat Inspektur: Teguran tertulis 2025 sudah selesai?');
    expect(r.out.join('\n')).toContain('mendukung 0, ragu 1, tidak mendukung 0, belum 0');

    // A packet cannot be used as the secretariat's dataset.
    r = io();
    r.cli.secret = async () => PACKET_PASSPHRASE;
    member.ctx.closeDataset();
    await expect(telaahCommand.run(['anggota', packetPath], r.cli)).rejects.toMatchObject({ code: 'MODE_TELAAH_DITOLAK' });
  }, 60_000);
});
