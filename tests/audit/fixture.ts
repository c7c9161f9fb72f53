import { contextWithDataset } from '../support/dataset-context';
import { ACK, buildCity, MEMBERS, NOW } from '../session/fixture';

export type AuditCtx = Awaited<ReturnType<typeof contextWithDataset>>;

/**
 * A session run through the real contract: four members present, a recusal, votes on two items, a decision,
 * a revision of it, and a decision on the second item. What `audit` re-derives from the chain.
 */
export async function votedSession(): Promise<{ c: AuditCtx; sidangId: string; items: string[]; ids: string[] }> {
  const c = await contextWithDataset(await buildCity(), { now: () => NOW });
  const { id: sidangId } = await c.call('session:create', {
    nomor: '800/12/BPJ/XI/2026', tanggal: '2026-11-23', tempat: 'Ruang Rapat Setda', anggota: MEMBERS,
  });
  await c.call('session:addAgenda', { sidangId, permohonanIds: ['p-0', 'p-1'] });
  await c.call('session:setStatus', { sidangId, status: 'berlangsung' });
  const rec = await c.call('session:record', { sidangId });
  const ids = rec.anggota.map((a) => a.anggotaId);
  const items = rec.items.map((i) => i.id);
  for (const a of ids) await c.call('session:setAttendance', { sidangId, anggotaId: a, hadir: true });
  await c.call('session:declareConflict', { itemId: items[1]!, anggotaId: ids[3]!, alasan: 'Satu unit kerja' });
  for (const a of ids) await c.call('session:vote', { itemId: items[0]!, anggotaId: a, pilihan: 'setuju', catatan: '' });
  await c.call('session:vote', { itemId: items[0]!, anggotaId: ids[2]!, pilihan: 'abstain', catatan: 'Perlu data kinerja' });
  for (const a of ids.filter((_, i) => i !== 3)) await c.call('session:vote', { itemId: items[1]!, anggotaId: a, pilihan: 'tidak_setuju', catatan: '' });
  await c.call('session:decide', { itemId: items[0]!, hasil: 'direkomendasikan', jabatanId: 'j-baru-0', alasan: 'Kompetensi teknis sesuai bidang tugas jabatan.', pengakuanPerhatian: ACK });
  await c.call('session:decide', {
    itemId: items[0]!, hasil: 'direkomendasikan', jabatanId: 'j-baru-0', alasan: 'Kompetensi teknis sesuai bidang tugas jabatan.', syarat: 'Diklat PIM', pengakuanPerhatian: ACK,
    alasanRevisi: 'Syarat ditambahkan',
  });
  await c.call('session:decide', { itemId: items[1]!, hasil: 'tidak_direkomendasikan', alasan: 'Belum memenuhi masa kerja.', pengakuanPerhatian: ACK });
  return { c, sidangId, items, ids };
}

/** An edit straight in the tables, as someone with the passphrase and sqlite could make it: no audit entry. */
export function tamper(c: AuditCtx, sql: string, params: (string | number)[] = []): void {
  const db = c.ctx.dataset().db;
  db.transaction(() => db.run(sql, params), { journal: false });
}
