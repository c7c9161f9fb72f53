import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createIdentity } from '../../electron/review/identity';
import { exportPacket } from '../../electron/review/packet-export';
import { TEST_KDF } from '../support/dataset-context';
import { KEY_PASSPHRASE, NOW, PACKET_PASSPHRASE, secretariat, testApp } from './fixture';

const cleanups: (() => void)[] = [];
afterEach(() => { while (cleanups.length) cleanups.pop()!(); });

describe('notes are saved crash-safely inside the packet', () => {
  it('a note saved just before the app dies is there when the packet is opened again', async () => {
    const sec = await secretariat();
    const laptop = testApp('rahmat');
    cleanups.push(sec.cleanup, laptop.cleanup);
    await createIdentity(join(laptop.dir, 'userdata'), KEY_PASSPHRASE, NOW.toISOString(), TEST_KDF);
    const path = join(laptop.dir, 'paket.bpj');
    await exportPacket(sec.ctx.dataset(), { sidangId: 'S1', anggotaId: 'S1-agt-3', kedaluwarsa: '2026-12-01', passphrase: PACKET_PASSPHRASE, path },
      { now: NOW, actor: 'sekretariat', kdf: TEST_KDF });
    await laptop.open(path, PACKET_PASSPHRASE);
    await laptop.call('review:saveNote', { agendaItemId: 'A2', catatan: 'sebelum listrik padam', sikap: 'ragu', pertanyaan: 'Q?' });
    // No close, no full save: the process "dies" here. A second instance opens the same file.
    const after = testApp('rahmat-lagi');
    cleanups.push(after.cleanup);
    await after.open(path, PACKET_PASSPHRASE);
    const info = await after.call('review:packetInfo', {});
    expect(info.items.find((i) => i.agendaItemId === 'A2')).toMatchObject({ catatan: 'sebelum listrik padam', sikap: 'ragu', pertanyaan: 'Q?' });
    expect((await after.call('dataset:status', {})).info!.mode).toBe('telaah');
    laptop.ctx.current = null; // the dead instance never closes (and never saves) its copy
  });
});
