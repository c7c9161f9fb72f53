import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { open, parseHeader, seal, HEADER_LENGTH } from '../../electron/dataset/bpj-format';
import { Database } from '../../electron/dataset/database';
import { exportPacket } from '../../electron/review/packet-export';
import { TEST_KDF } from '../support/dataset-context';
import { NOW, PACKET_PASSPHRASE, refusal, secretariat, testApp } from '../review/fixture';

const cleanups: (() => void)[] = [];
afterEach(() => { while (cleanups.length) cleanups.pop()!(); });

async function exported() {
  const sec = await secretariat();
  const member = testApp('rahmat');
  cleanups.push(sec.cleanup, member.cleanup);
  const path = join(member.dir, 'paket.bpj');
  const summary = await exportPacket(sec.ctx.dataset(), {
    sidangId: 'S1', anggotaId: 'S1-agt-3', kedaluwarsa: '2026-12-01', passphrase: PACKET_PASSPHRASE, path,
  }, { now: NOW, actor: 'sekretariat', kdf: TEST_KDF });
  return { member, path, summary };
}

describe('a review packet\'s expiry is authenticated, not advisory', () => {
  it('is in the header, read before decryption, and bound to the payload', async () => {
    const { path, summary } = await exported();
    expect(parseHeader(readFileSync(path)).packet).toEqual({ kedaluwarsa: '2026-12-01', paketId: summary.paketId });
  });

  it('editing the expiry bytes in the file makes it damaged', async () => {
    const { member, path } = await exported();
    const bytes = readFileSync(path);
    bytes.write('2027', HEADER_LENGTH, 'latin1'); // 2026-12-01 → 2027-12-01
    writeFileSync(path, bytes);
    expect((await refusal(member.open(path, PACKET_PASSPHRASE))).code).toBe('BPJ_ISI_RUSAK');
  });

  it('a packet whose inner expiry field differs from the authenticated one is refused as damaged', async () => {
    const { member, path, summary } = await exported();
    const { plaintext } = await open(readFileSync(path), PACKET_PASSPHRASE);
    const db = await Database.create(plaintext);
    db.run("UPDATE meta SET value = '2027-12-01' WHERE key = 'paket_kedaluwarsa'");
    const resealed = await seal(db.export(), PACKET_PASSPHRASE, {
      kind: 2, kdf: TEST_KDF, packet: { kedaluwarsa: '2026-12-01', paketId: summary.paketId },
    });
    db.close();
    writeFileSync(path, resealed.bytes);
    expect((await refusal(member.open(path, PACKET_PASSPHRASE))).code).toBe('BPJ_ISI_RUSAK');
  });

  it('the untouched packet opens, and a save keeps the binding', async () => {
    const { member, path, summary } = await exported();
    expect((await member.open(path, PACKET_PASSPHRASE)).mode).toBe('telaah');
    await member.call('dataset:save', {});
    expect(parseHeader(readFileSync(path)).packet).toEqual({ kedaluwarsa: '2026-12-01', paketId: summary.paketId });
  });
});
