import { afterEach, describe, expect, it } from 'vitest';
import { contextWithDataset, TEST_PASSPHRASE } from '../support/dataset-context';
import { sidangCommand } from '../../electron/cli/commands/sidang';
import { UsageError, type CliIo } from '../../electron/cli/types';
import { ACK, addSigningIdentity, buildCity, CLOSE_PASSWORD, MEMBERS, NOW } from './fixture';

type Ctx = Awaited<ReturnType<typeof contextWithDataset>>;
let c: Ctx | null = null;
afterEach(() => { c?.cleanup(); c = null; });

function io(): CliIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(`ERR ${l}`), secret: async () => TEST_PASSPHRASE };
}

/** A closed session with one recommendation (with a pledged, overdue target), one revision and one recusal. */
async function datasetWithSession(): Promise<string> {
  c = await contextWithDataset(await buildCity(), { now: () => NOW });
  const { id: sidangId } = await c.call('session:create', { nomor: '800/12/BPJ/2026', tanggal: '2026-11-23', tempat: 'Setda', anggota: MEMBERS });
  await c.call('session:addAgenda', { sidangId, permohonanIds: ['p-0'] });
  await c.call('session:setStatus', { sidangId, status: 'berlangsung' });
  const rec = await c.call('session:record', { sidangId });
  for (const a of rec.anggota) await c.call('session:setAttendance', { sidangId, anggotaId: a.anggotaId, hadir: true });
  const itemId = rec.items[0]!.id;
  await c.call('session:declareConflict', { itemId, anggotaId: rec.anggota[3]!.anggotaId, alasan: 'Satu unit kerja' });
  await c.call('session:decide', { itemId, hasil: 'ditunda', alasan: 'Menunggu hasil uji kompetensi.' });
  for (const a of rec.anggota.slice(0, 3)) await c.call('session:vote', { itemId, anggotaId: a.anggotaId, pilihan: 'setuju' });
  await c.call('session:decide', {
    itemId, hasil: 'direkomendasikan', jabatanId: 'j-baru-0', alasan: 'Kompetensi teknis sesuai bidang tugas jabatan.',
    alasanRevisi: 'Hasil uji kompetensi telah diterima.', pengakuanPerhatian: ACK,
  });
  addSigningIdentity(c.ctx.dataset().db);
  await c.call('session:setStatus', { sidangId, status: 'selesai', password: CLOSE_PASSWORD });
  c.ctx.closeDataset();
  return c.path;
}

describe('baperjakat sidang', () => {
  it('lists sessions, prints one session with history and recusal, and the pledges to discuss', async () => {
    const path = await datasetWithSession();
    let out = io();
    expect(await sidangCommand.run([path], out)).toBe(0);
    expect(out.lines).toEqual([expect.stringMatching(/^800\/12\/BPJ\/2026\s+2026-11-23\s+selesai\s+4 anggota, 1 agenda, 1 diputuskan$/)]);

    out = io();
    expect(await sidangCommand.run([path, '--nomor', '800/12/BPJ/2026'], out)).toBe(0);
    const text = out.lines.join('\n');
    expect(text).toContain('Kuorum: 4 dari 4 hadir, perlu 3 — terpenuhi');
    expect(text).toContain('konflik kepentingan: dr. Sinta Anggraini — tidak ikut memilih');
    expect(text).toContain('v1: DITUNDA — Menunggu hasil uji kompetensi.');
    expect(text).toContain('v2 (berlaku): DIREKOMENDASIKAN → Kepala Sub Bagian Baru 0');
    expect(text).toContain('alasan revisi: Hasil uji kompetensi telah diterima.');
    expect(text).toMatch(/Kepala jejak audit: #\d+ [0-9a-f]{64}/);

    out = io();
    expect(await sidangCommand.run([path, '--pantau', '--tanggal', '2026-11-23'], out)).toBe(0);
    expect(out.lines[1]).toBe('Pakta mundur yang perlu dibahas pada sidang berikutnya: 1');
    expect(out.lines[2]).toContain('Capaian layanan kenaikan pangkat tepat waktu');
    expect(out.lines[2]).toContain('belum dilaporkan (lewat 23 hari)');
  });

  it('refuses bad usage and an unknown session number', async () => {
    const path = await datasetWithSession();
    await expect(sidangCommand.run([], io())).rejects.toBeInstanceOf(UsageError);
    await expect(sidangCommand.run([path, '--tanggal', '23-11-2026'], io())).rejects.toBeInstanceOf(UsageError);
    await expect(sidangCommand.run([path, '--nomor', 'X'], io())).rejects.toMatchObject({ code: 'SIDANG_TIDAK_ADA' });
  });
});
