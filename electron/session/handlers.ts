import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { AppContext } from '../app/context';
import { certificateFingerprint, CHECKPOINT_EXTENSION, exportableCheckpoint } from '../audit/checkpoint';
import type { DomainHandlers } from '../ipc/handlers';
import { tanggalWib } from '../../shared/session/targets';
import type { SessionEnv } from './env';
import { addMember, createSidang, getSidang, listSidang, removeMember, setAttendance, setMemberRole, setStatus, updateSidang } from './sidang-store';
import { addAgenda, addAgendaFromFilter, moveAgenda, removeAgenda, setNotes, vacantPosts } from './agenda';
import { castVote, closeVoting, declareConflict, decide, kelayakanKeputusan, withdrawConflict } from './voting';
import { recordPengecualian } from './pengecualian';
import { getItem } from './agenda';
import { loadSessionRecord } from './session-record';
import { recordRealization, trackingList } from './tracking';
import { loadTimeline } from './timeline';
import { procedureHandlers } from './procedure-handlers';
import { sessionActs } from './act-answer';
import { redactionHandlers } from './redaction';
import type { AlasanDilewati } from '../../shared/ipc/session';

export function sessionHandlers(ctx: AppContext): DomainHandlers<'session'> {
  const { saved, acted, sidangOf, onItem, onHeader, onSession, onOrder } = sessionActs(ctx);
  const today = () => tanggalWib(ctx.nowIso());
  const ok = (fn: (e: SessionEnv) => unknown) => ({ ok: true as const, savedAt: saved(fn).savedAt });
  const onAgenda = (sidangId: string, fn: (e: SessionEnv) => { added: number; skipped: number; alasanDilewati: AlasanDilewati[]; itemIds: string[] }) => {
    const { value, delta } = acted(fn, (v) => ({ sidangId, items: v.itemIds, order: true }));
    return { added: value.added, skipped: value.skipped, alasanDilewati: value.alasanDilewati, delta };
  };

  return {
    'session:list': () => listSidang(ctx.dataset().db),
    'session:create': (input) => ({ id: saved((e) => createSidang(e, input)).value }),
    'session:update': (input) => onHeader(input.sidangId, (e) => updateSidang(e, input)),
    'session:setStatus': ({ sidangId, status, password }) => onSession(sidangId, (e) => setStatus(e, sidangId, status, password)),
    'session:addMember': ({ sidangId, anggota }) => {
      const { value, delta } = acted((e) => addMember(e, sidangId, anggota), () => ({ sidangId, header: true, items: 'all' }));
      return { anggotaId: value, delta };
    },
    'session:setMemberRole': ({ sidangId, anggotaId, peran }) => onSession(sidangId, (e) => setMemberRole(e, sidangId, anggotaId, peran)),
    'session:removeMember': ({ sidangId, anggotaId }) => onSession(sidangId, (e) => removeMember(e, sidangId, anggotaId)),
    'session:setAttendance': ({ sidangId, anggotaId, hadir }) => onSession(sidangId, (e) => setAttendance(e, sidangId, anggotaId, hadir)),
    'session:record': ({ sidangId }) => loadSessionRecord(ctx.dataset().db, sidangId),
    'session:addAgenda': ({ sidangId, permohonanIds, jabatanIds }) => onAgenda(sidangId, (e) => addAgenda(e, sidangId, permohonanIds, jabatanIds)),
    'session:addAgendaFromFilter': ({ sidangId, filter, limit }) =>
      onAgenda(sidangId, (e) => addAgendaFromFilter(e, sidangId, filter, limit)),
    'session:vacantPosts': () => vacantPosts(ctx.dataset().db),
    'session:removeAgenda': ({ itemId }) => onOrder(sidangOf(itemId), (e) => removeAgenda(e, itemId)),
    'session:moveAgenda': ({ itemId, arah }) => onOrder(sidangOf(itemId), (e) => moveAgenda(e, itemId, arah)),
    'session:setNotes': ({ itemId, catatan }) => onItem(itemId, (e) => setNotes(e, itemId, catatan)),
    'session:declareConflict': ({ itemId, anggotaId, alasan }) => onItem(itemId, (e) => declareConflict(e, itemId, anggotaId, alasan)),
    'session:withdrawConflict': ({ itemId, anggotaId }) => onItem(itemId, (e) => withdrawConflict(e, itemId, anggotaId)),
    'session:vote': ({ itemId, anggotaId, pilihan, catatan }) => onItem(itemId, (e) => castVote(e, itemId, anggotaId, pilihan, catatan)),
    'session:decide': (input) => {
      const r = acted((e) => decide(e, input), () => ({ sidangId: sidangOf(input.itemId), items: [input.itemId] }));
      return { ok: true as const, savedAt: r.savedAt, versi: r.value, delta: r.delta };
    },
    'session:closeVoting': ({ itemId, anggotaId }) => onItem(itemId, (e) => closeVoting(e, itemId, anggotaId)),
    'session:eligibility': ({ itemId, jabatanId }) => {
      const db = ctx.dataset().db;
      const item = getItem(db, itemId);
      return kelayakanKeputusan(db, item, getSidang(db, item.sidang_id).tanggal, jabatanId, []);
    },
    'session:recordException': (input) => onItem(input.itemId, (e) => recordPengecualian(e, input)),
    'session:tracking': (f) => ({ today: today(), rows: trackingList(ctx.dataset().db, today(), f) }),
    'session:recordRealization': (input) => ok((e) => recordRealization(e, today(), input)),
    'session:timeline': ({ nip }) => loadTimeline(ctx.dataset().db, nip, today()),
    'session:exportCheckpoint': async ({ sidangId }) => {
      const { cp, json } = exportableCheckpoint(ctx.dataset().db, sidangId);
      const target = await ctx.platform.chooseSaveFile({
        title: 'Simpan titik periksa jejak audit', defaultName: `titik-periksa-${cp.seq}.${CHECKPOINT_EXTENSION}`,
        filters: [{ name: 'Titik periksa Baperjakat', extensions: [CHECKPOINT_EXTENSION] }],
      });
      if (!target) return { berkas: null };
      writeFileSync(target, json);
      const fingerprintSha256 = cp.certificate ? certificateFingerprint(cp.certificate) : null;
      return { berkas: { name: basename(target), seq: cp.seq, fingerprintSha256 } };
    },
    ...procedureHandlers(ctx),
    ...redactionHandlers(ctx),
  };
}
