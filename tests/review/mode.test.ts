import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import { assertChannelAllowed, REVIEW_MODE_CHANNELS } from '../../electron/review/mode';
import { exportPacket } from '../../electron/review/packet-export';
import { TEST_KDF } from '../support/dataset-context';
import { NOW, PACKET_PASSPHRASE, secretariat, testApp } from './fixture';

const cleanups: (() => void)[] = [];
afterEach(() => { while (cleanups.length) cleanups.pop()!(); });

describe('review-mode channel guard', () => {
  it('names only channels that exist', () => {
    for (const c of REVIEW_MODE_CHANNELS) expect(CHANNEL_NAMES as string[]).toContain(c);
  });

  it('refuses exports and the secretariat\'s acts while a packet is open, and nothing in a full dataset', async () => {
    const sec = await secretariat();
    const member = testApp('rahmat');
    cleanups.push(sec.cleanup, member.cleanup);
    for (const c of CHANNEL_NAMES) expect(() => assertChannelAllowed(sec.ctx, c)).not.toThrow();
    const path = join(member.dir, 'paket.bpj');
    await exportPacket(sec.ctx.dataset(), { sidangId: 'S1', anggotaId: 'S1-agt-3', kedaluwarsa: '2026-12-01', passphrase: PACKET_PASSPHRASE, path },
      { now: NOW, actor: 'sekretariat', kdf: TEST_KDF });
    await member.open(path, PACKET_PASSPHRASE);
    const refused = CHANNEL_NAMES.filter((c) => {
      try {
        assertChannelAllowed(member.ctx, c);
        return false;
      } catch (err) {
        expect(err).toMatchObject({ code: 'MODE_TELAAH_DITOLAK' });
        return true;
      }
    });
    expect(refused).toContain('review:exportPacket');
    expect(refused).toContain('review:importResponse');
    expect(refused.some((c) => c.startsWith('documents:'))).toBe(CHANNEL_NAMES.some((c) => c.startsWith('documents:')));
    expect(refused).not.toContain('compare:pool');
    expect(refused).not.toContain('review:saveNote');

    // The guard sits on the one channel table, so every IPC call goes through it.
    await expect(member.call('documents:listSessions', {})).rejects.toMatchObject({ code: 'MODE_TELAAH_DITOLAK' });
    await expect(member.call('session:list', {})).rejects.toMatchObject({ code: 'MODE_TELAAH_DITOLAK' });
    await expect(member.call('compare:listPools', {})).resolves.toBeDefined();
  });
});
