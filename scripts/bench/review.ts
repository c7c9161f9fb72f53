import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchSection } from './types';
import { buildBenchDataset } from '../../electron/demo';
import { Database } from '../../electron/dataset/database';
import { DEFAULT_SCRYPT } from '../../electron/dataset/kdf';
import { seal, KIND_REVIEW_PACKET } from '../../electron/dataset/bpj-format';
import { OpenDataset } from '../../electron/dataset/open-dataset';
import { buildPacketImage } from '../../electron/review/packet-image';
import { exportPacket } from '../../electron/review/packet-export';
import { createIdentity } from '../../electron/review/identity';
import { registerKey } from '../../electron/review/member-keys';
import { saveNote } from '../../electron/review/member-notes';
import { exportResponse } from '../../electron/review/response-export';
import { importResponse } from '../../electron/review/response-import';
import { loadSessionFeedback } from '../../electron/review/feedback';

const CHEAP = { log2N: 10, r: 8, p: 1 };
const ms = (t0: number) => performance.now() - t0;

/** A session of `n` agenda items (the first n requests) with a five-member committee, added by SQL. */
function addSession(db: Database, n: number): void {
  db.transaction(() => {
    db.run("INSERT INTO sidang (id, nomor, tanggal, tempat, status, dibuat_pada) VALUES ('B-S', '800/99/BPJ/2026', '2026-12-02', 'Bench', 'draf', '2026-11-20T00:00:00Z')");
    for (let i = 1; i <= 5; i++) {
      db.run("INSERT INTO sidang_anggota (sidang_id, anggota_id, nama, peran, urutan) VALUES ('B-S', ?, ?, ?, ?)", [`B-A${i}`, `Anggota ${i}`, i === 1 ? 'ketua' : 'anggota', i]);
    }
    db.all<{ id: string }>('SELECT id FROM permohonan ORDER BY id LIMIT ?', [n]).forEach((r, i) => {
      db.run("INSERT INTO agenda_item (id, sidang_id, urutan, permohonan_id) VALUES (?, 'B-S', ?, ?)", [`B-I${i + 1}`, i + 1, r.id]);
    });
  });
}

/**
 * On the 20k bench city with a 100-item session: building and sealing a packet, a member's note save,
 * signing a response, and merging it (signature, identity and version checks) into the full dataset.
 */
export const reviewBench: BenchSection = {
  name: 'review',
  async run(report) {
    const dir = mkdtempSync(join(tmpdir(), 'bpj-bench-review-'));
    try {
      const src = await buildBenchDataset([]);
      addSession(src, 100);
      const datasetPath = join(dir, 'bench.bpj');
      writeFileSync(datasetPath, (await seal(src.export(), 'bench-sekretariat', { kdf: CHEAP })).bytes);
      src.close();
      const ds = await OpenDataset.openFile(datasetPath, 'bench-sekretariat');
      const meta = { id: 'pkt_bench', sidangId: 'B-S', anggotaId: 'B-A2', anggotaNama: 'Anggota 2', kedaluwarsa: '2026-12-20', dibuatPada: '2026-11-23T00:00:00Z' };
      const imageTimes: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        const { image } = await buildPacketImage(ds.db, () => Database.create(), meta, { at: meta.dibuatPada, actor: 'bench' });
        imageTimes.push(ms(t0));
        bytes = image.length;
      }
      report('packet image, 100-item agenda from 20k ASN (median of 3)', [...imageTimes].sort((a, b) => a - b)[1]!, 'ms', '≤ 1000 ms');
      report('packet SQLite image', bytes / 1024, 'KiB');
      let t0 = performance.now();
      await seal(new Uint8Array(bytes), 'x'.repeat(12), { kind: KIND_REVIEW_PACKET, kdf: DEFAULT_SCRYPT });
      report('seal with the default KDF (scrypt N=2^17)', ms(t0), 'ms');

      const memberDir = join(dir, 'member');
      const id = await createIdentity(memberDir, 'frasa-kunci-bench', meta.dibuatPada, CHEAP);
      const now = new Date('2026-11-23T03:00:00Z');
      registerKey(ds, { anggotaId: 'B-A2', nama: 'Anggota 2', publicKey: id.publicKey, ganti: false }, { now, actor: 'bench' });
      const packetPath = join(dir, 'paket.bpj');
      t0 = performance.now();
      await exportPacket(ds, { sidangId: 'B-S', anggotaId: 'B-A2', kedaluwarsa: '2026-12-20', passphrase: 'paket-bench-123', path: packetPath }, { now, actor: 'bench', kdf: CHEAP });
      report('export packet end to end (cheap KDF)', ms(t0), 'ms');
      report('packet file', statSync(packetPath).size / 1024, 'KiB');

      const member = await OpenDataset.openFile(packetPath, 'paket-bench-123');
      const noteTimes: number[] = [];
      for (let i = 1; i <= 100; i++) {
        const t1 = performance.now();
        saveNote(member, { agendaItemId: `B-I${i}`, catatan: 'catatan '.repeat(50), sikap: i % 3 === 0 ? 'ragu' : 'mendukung', pertanyaan: i % 4 === 0 ? 'Pertanyaan?' : '' }, { now, actor: 'bench' });
        noteTimes.push(ms(t1));
      }
      noteTimes.sort((a, b) => a - b);
      report('save a note (journalled), median of 100', noteTimes[50]!, 'ms', '≤ 50 ms');
      report('save a note, p95', noteTimes[95]!, 'ms', '≤ 50 ms');
      const responsePath = join(dir, 'tanggapan.bpjt');
      t0 = performance.now();
      await exportResponse(member, { identityDir: memberDir, passphrase: 'frasa-kunci-bench', path: responsePath }, { now, actor: 'bench' });
      report('sign and write a 100-item response (cheap KDF unlock)', ms(t0), 'ms');
      member.close();

      t0 = performance.now();
      importResponse(ds, 'B-S', responsePath, { now, actor: 'bench' });
      report('verify and merge a 100-item response into the 20k dataset', ms(t0), 'ms', '≤ 500 ms');
      t0 = performance.now();
      loadSessionFeedback(ds.db, 'B-S');
      report('feedback for all 100 agenda items', ms(t0), 'ms', '≤ 200 ms');
      ds.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
