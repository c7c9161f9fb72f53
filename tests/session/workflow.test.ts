import { afterEach, describe, expect, it } from 'vitest';
import { contextWithDataset, TEST_PASSPHRASE } from '../support/dataset-context';
import { OpenDataset } from '../../electron/dataset/open-dataset';
import { loadSessionRecord } from '../../electron/session/session-record';
import { verifyChain } from '../../electron/audit/audit-log';
import { ACK, addSigningIdentity, buildCity, CLOSE_PASSWORD, MEMBERS, NOW, nipOf } from './fixture';

type Ctx = Awaited<ReturnType<typeof contextWithDataset>>;
let c: Ctx | null = null;
afterEach(() => { c?.cleanup(); c = null; });

async function openSession(start = true): Promise<{ c: Ctx; sidangId: string; ids: string[] }> {
  c = await contextWithDataset(await buildCity(), { now: () => NOW });
  const { id } = await c.call('session:create', {
    nomor: '800/12/BPJ/XI/2026', tanggal: '2026-11-23', tempat: 'Ruang Rapat Setda', anggota: MEMBERS,
  });
  if (start) await c.call('session:setStatus', { sidangId: id, status: 'berlangsung' });
  const rec = await c.call('session:record', { sidangId: id });
  return { c, sidangId: id, ids: rec.anggota.map((a) => a.anggotaId) };
}

const codeOf = (p: Promise<unknown>) => p.then(() => 'no error', (e: { code: string }) => e.code);

describe('a closed session through the IPC contract', () => {
  it('runs attendance, agenda, recusal, votes, decision and revision, and the file keeps all of it', async () => {
    const { c, sidangId, ids } = await openSession(false);
    const [ketua, sekretaris, inspektur, kadinkes] = ids as [string, string, string, string];

    const add = await c.call('session:addAgendaFromFilter', { sidangId, filter: { statuses: ['diverifikasi'], sortBy: 'tanggal', sortDir: 'asc' } });
    expect(add).toMatchObject({ added: 5, skipped: 0 });
    let rec = await c.call('session:record', { sidangId });
    expect(rec.items.map((i) => i.permohonanId)).toEqual(['p-0', 'p-1', 'p-2', 'p-3', 'p-4']);
    expect(rec.items.every((i) => i.statusPermohonan === 'dijadwalkan')).toBe(true);
    // A second bulk add schedules nothing twice.
    expect(await c.call('session:addAgendaFromFilter', { sidangId, filter: {} })).toMatchObject({ added: 0, skipped: 5 });

    const item0 = rec.items[0]!.id;
    const item2 = rec.items[2]!.id;
    // Hints: ketua shares the family name of Rudi Simanjuntak (item 2); kadinkes sits in Maya's unit (item 1).
    expect(rec.items[2]!.petunjukKonflik.map((h) => [h.anggotaId, h.jenis])).toEqual([[ketua, 'nama_keluarga']]);
    expect(rec.items[1]!.petunjukKonflik.map((h) => [h.anggotaId, h.jenis])).toEqual([[kadinkes, 'unit_sama']]);

    // Nothing is voted in a session that has not started, nor by a member not marked present.
    expect(await codeOf(c.call('session:vote', { itemId: item0, anggotaId: ketua, pilihan: 'setuju' }))).toBe('SIDANG_BELUM_DIMULAI');
    await c.call('session:setStatus', { sidangId, status: 'berlangsung' });
    expect(await codeOf(c.call('session:vote', { itemId: item0, anggotaId: ketua, pilihan: 'setuju' }))).toBe('ANGGOTA_TIDAK_HADIR');
    await c.call('session:setAttendance', { sidangId, anggotaId: ketua, hadir: true });
    await c.call('session:setAttendance', { sidangId, anggotaId: sekretaris, hadir: true });
    rec = await c.call('session:record', { sidangId });
    expect(rec.kuorum).toEqual({ hadir: 2, total: 4, diperlukan: 3, terpenuhi: false });
    expect(await codeOf(c.call('session:vote', { itemId: item0, anggotaId: ketua, pilihan: 'setuju' }))).toBe('SIDANG_TIDAK_KUORUM');
    expect(await codeOf(c.call('session:decide', {
      itemId: item0, hasil: 'ditunda', alasan: 'Menunggu kelengkapan berkas penilaian.',
    }))).toBe('SIDANG_TIDAK_KUORUM');
    await c.call('session:setAttendance', { sidangId, anggotaId: inspektur, hadir: true });
    await c.call('session:setAttendance', { sidangId, anggotaId: kadinkes, hadir: true });

    // Recusal on item 2: the ketua declares, then cannot vote there, but can elsewhere.
    await c.call('session:declareConflict', { itemId: item2, anggotaId: ketua, alasan: 'Kerabat pemohon' });
    expect(await codeOf(c.call('session:vote', { itemId: item2, anggotaId: ketua, pilihan: 'setuju' }))).toBe('ANGGOTA_BERKONFLIK');
    for (const a of [sekretaris, inspektur]) await c.call('session:vote', { itemId: item2, anggotaId: a, pilihan: 'setuju' });
    await c.call('session:vote', { itemId: item2, anggotaId: kadinkes, pilihan: 'abstain', catatan: 'Satu unit kerja' });
    // A member who voted cannot recuse afterwards: the vote would silently stand.
    expect(await codeOf(c.call('session:declareConflict', { itemId: item2, anggotaId: kadinkes, alasan: 'Satu unit' }))).toBe('ANGGOTA_SUDAH_MEMILIH');

    for (const a of ids) await c.call('session:vote', { itemId: item0, anggotaId: a, pilihan: a === inspektur ? 'tidak_setuju' : 'setuju' });
    rec = await c.call('session:record', { sidangId });
    expect(rec.items[0]!.rekap).toEqual({ setuju: 3, tidakSetuju: 1, abstain: 0, belum: 0, berhak: 4 });
    expect(rec.items[2]!.rekap).toEqual({ setuju: 2, tidakSetuju: 0, abstain: 1, belum: 0, berhak: 3 });

    expect(await codeOf(c.call('session:decide', { itemId: item0, hasil: 'direkomendasikan', jabatanId: 'j-baru-0', alasan: 'ok' })))
      .toBe('KEPUTUSAN_TANPA_ALASAN');
    expect(await codeOf(c.call('session:decide', {
      itemId: item0, hasil: 'direkomendasikan', jabatanId: 'j-baru-0', alasan: 'Memenuhi syarat pangkat, pendidikan dan kinerja.',
      targetBaru: [{ indikator: 'Waktu layanan mutasi', nilaiTarget: 5, satuan: 'hari', tenggat: '2026-11-01', denganPakta: true }],
    }))).toBe('TARGET_TENGGAT_LAMPAU');
    const d1 = await c.call('session:decide', {
      itemId: item0, hasil: 'direkomendasikan', jabatanId: 'j-baru-0', alasan: 'Memenuhi syarat pangkat, pendidikan dan kinerja.',
      syarat: 'Target pelayanan dipantau 6 bulan.', pengakuanPerhatian: ACK,
      targetBaru: [{ indikator: 'Waktu layanan mutasi', nilaiTarget: 5, satuan: 'hari', tenggat: '2027-05-31', denganPakta: true }],
    });
    expect(d1.versi).toBe(1);
    expect(d1.savedAt).not.toBeNull();
    expect(await codeOf(c.call('session:decide', {
      itemId: item0, hasil: 'direkomendasikan', jabatanId: 'j-baru-1', alasan: 'Lebih sesuai dengan kompetensi teknis pemohon.',
    }))).toBe('REVISI_TANPA_ALASAN');
    const d2 = await c.call('session:decide', {
      itemId: item0, hasil: 'direkomendasikan', jabatanId: 'j-baru-1', alasan: 'Lebih sesuai dengan kompetensi teknis pemohon.',
      alasanRevisi: 'Jabatan pilihan pertama telah diisi melalui mutasi lain.', pengakuanPerhatian: ACK,
    });
    expect(d2.versi).toBe(2);
    await c.call('session:decide', { itemId: item2, hasil: 'tidak_direkomendasikan', alasan: 'Belum memenuhi masa jabatan minimal.' });
    for (const it of rec.items.slice(1)) {
      if (it.id === item2) continue;
      expect(await codeOf(c.call('session:setStatus', { sidangId, status: 'selesai' }))).toBe('SIDANG_MASIH_ADA_AGENDA');
      await c.call('session:decide', { itemId: it.id, hasil: 'ditunda', alasan: 'Menunggu hasil uji kompetensi.' });
    }
    addSigningIdentity(c.ctx.dataset().db);
    await c.call('session:setStatus', { sidangId, status: 'selesai', password: CLOSE_PASSWORD });
    expect(await codeOf(c.call('session:vote', { itemId: item0, anggotaId: ketua, pilihan: 'abstain' }))).toBe('SIDANG_SUDAH_SELESAI');

    // Reopen the file from disk as after a crash (the first instance never closed, so no full
    // save ran): every acknowledged act is there, from the journal.
    const reopened = await OpenDataset.openFile(c.path, TEST_PASSPHRASE);
    try {
      const after = loadSessionRecord(reopened.db, sidangId);
      expect(after.sidang.status).toBe('selesai');
      expect(after.anggota.every((a) => a.hadir)).toBe(true);
      const i0 = after.items[0]!;
      expect(i0.riwayat.map((k) => [k.versi, k.jabatan?.id, k.alasanRevisi])).toEqual([
        [1, 'j-baru-0', null], [2, 'j-baru-1', 'Jabatan pilihan pertama telah diisi melalui mutasi lain.'],
      ]);
      expect(i0.keputusan?.versi).toBe(2);
      expect(i0.statusPermohonan).toBe('direkomendasikan');
      expect(i0.target.map((t) => t.indikator)).toContain('Waktu layanan mutasi');
      expect(after.items[2]!.konflik.map((k) => k.anggotaId)).toEqual([ketua]);
      expect(after.items[2]!.suara.map((s) => s.anggotaId)).not.toContain(ketua);
      expect(after.items[2]!.statusPermohonan).toBe('tidak_direkomendasikan');
      expect(after.items[1]!.statusPermohonan).toBe('ditunda');
      expect(verifyChain(reopened.db).valid).toBe(true);
      expect(after.auditHead.hash).toBe(verifyChain(reopened.db).head);
      const actions = reopened.db.all<{ action: string }>("SELECT action FROM audit_log WHERE action LIKE 'session.%'").map((r) => r.action);
      expect(actions.filter((a) => a === 'session.revisi')).toHaveLength(1);
      expect(actions.filter((a) => a === 'session.keputusan')).toHaveLength(5);
      expect(actions).toContain('session.konflik');
      expect(actions).toContain('session.tutup');
    } finally {
      reopened.close();
    }
  });

  it('tracks pledged targets: overdue, realization with evidence, timeline', async () => {
    const { c, sidangId, ids } = await openSession();
    await c.call('session:addAgenda', { sidangId, permohonanIds: ['p-0'] });
    for (const a of ids) await c.call('session:setAttendance', { sidangId, anggotaId: a, hadir: true });
    const itemId = (await c.call('session:record', { sidangId })).items[0]!.id;
    // Not recommended yet: nothing under tracking.
    expect((await c.call('session:tracking', {})).rows).toHaveLength(0);
    for (const a of ids) await c.call('session:vote', { itemId, anggotaId: a, pilihan: 'setuju' });
    await c.call('session:decide', {
      itemId, hasil: 'direkomendasikan', jabatanId: 'j-baru-0', alasan: 'Kompetensi teknis sesuai bidang tugas jabatan.', pengakuanPerhatian: ACK,
    });
    let tr = await c.call('session:tracking', {});
    expect(tr.today).toBe('2026-11-23');
    expect(tr.rows.map((r) => [r.target.id, r.status, r.paktaPerluDibahas])).toEqual([['t-0a', 'terlambat', true], ['t-0b', 'berjalan', false]]);
    expect((await c.call('session:tracking', { hanyaPakta: true })).rows).toHaveLength(1);
    // A wider warning window turns the mid-2027 target into "segera".
    expect((await c.call('session:tracking', { hariPeringatan: 365 })).rows.map((r) => r.status)).toEqual(['terlambat', 'segera']);

    expect(await codeOf(c.call('session:recordRealization', {
      targetId: 't-0b', realisasi: 85, tanggalRealisasi: '2026-12-30', catatanBukti: 'Laporan arsip digital',
    }))).toBe('REALISASI_BELUM_BERLAKU');
    await c.call('session:recordRealization', {
      targetId: 't-0a', realisasi: 97, tanggalRealisasi: '2026-10-30', catatanBukti: 'Laporan SIMPEG Oktober 2026, nomor 800/77',
    });
    tr = await c.call('session:tracking', {});
    expect(tr.rows[0]!.status).toBe('tercapai');
    expect(tr.rows[0]!.target.catatanBukti).toBe('Laporan SIMPEG Oktober 2026, nomor 800/77');
    expect(tr.rows.some((r) => r.paktaPerluDibahas)).toBe(false);

    const tl = await c.call('session:timeline', { nip: nipOf(0) });
    expect(tl.events.map((e) => e.jenis)).toEqual(['permohonan', 'realisasi', 'target_tenggat', 'agenda', 'keputusan', 'target_tenggat']);
    expect(await codeOf(c.call('session:timeline', { nip: '199901012020011999' }))).toBe('PEGAWAI_TIDAK_ADA');
  });

  it('keeps members, agenda order and removal rules', async () => {
    const { c, sidangId, ids } = await openSession();
    await c.call('session:addAgenda', { sidangId, permohonanIds: ['p-1', 'p-2'], jabatanIds: ['j-baru-4'] });
    let rec = await c.call('session:record', { sidangId });
    expect(rec.items.map((i) => i.permohonanId ?? i.jabatanLowong?.id)).toEqual(['p-1', 'p-2', 'j-baru-4']);
    await c.call('session:moveAgenda', { itemId: rec.items[2]!.id, arah: 'naik' });
    await c.call('session:removeAgenda', { itemId: rec.items[0]!.id });
    rec = await c.call('session:record', { sidangId });
    expect(rec.items.map((i) => [i.urutan, i.permohonanId ?? i.jabatanLowong?.id])).toEqual([[1, 'j-baru-4'], [2, 'p-2']]);
    const p1 = await c.call('dataset:requestDetail', { id: 'p-1' });
    expect(p1.permohonan.status).toBe('diverifikasi');

    expect(await codeOf(c.call('session:addMember', { sidangId, anggota: { nama: 'Kedua Ketua', peran: 'ketua' } }))).toBe('SIDANG_TANPA_KETUA');
    const { anggotaId } = await c.call('session:addMember', { sidangId, anggota: { nama: 'Asisten Pemerintahan', peran: 'anggota' } });
    rec = await c.call('session:record', { sidangId });
    expect(rec.anggota).toHaveLength(5);
    await c.call('session:removeMember', { sidangId, anggotaId });
    for (const a of ids.slice(0, 3)) await c.call('session:setAttendance', { sidangId, anggotaId: a, hadir: true });
    await c.call('session:vote', { itemId: rec.items[1]!.id, anggotaId: ids[0]!, pilihan: 'setuju' });
    expect(await codeOf(c.call('session:removeMember', { sidangId, anggotaId: ids[0]! }))).toBe('ANGGOTA_SUDAH_BERSUARA');
    expect((await c.call('session:list', {}))[0]).toMatchObject({ jumlahAnggota: 4, jumlahAgenda: 2, jumlahKeputusan: 0 });
  });
});
