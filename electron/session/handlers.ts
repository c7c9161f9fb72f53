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
import { persistAct } from './persist';
import { procedureHandlers } from './procedure-handlers';
import { redactionHandlers } from './redaction';

export function sessionHandlers(ctx: AppContext): DomainHandlers<'session'> {
  const env = (): SessionEnv => ({ db: ctx.dataset().db, now: () => ctx.nowIso(), actor: () => ctx.platform.actor() });
  const today = () => tanggalWib(ctx.nowIso());
  /** Runs one act, then makes it durable before answering, so "tersimpan" is never shown early. */
  const saved = <T>(fn: (e: SessionEnv) => T) => {
    const value = fn(env());
    return { value, savedAt: persistAct(ctx.dataset()) };
  };
  const ok = (fn: (e: SessionEnv) => unknown) => ({ ok: true as const, savedAt: saved(fn).savedAt });

  return {
    'session:list': () => listSidang(ctx.dataset().db),
    'session:create': (input) => ({ id: saved((e) => createSidang(e, input)).value }),
    'session:update': (input) => ok((e) => updateSidang(e, input)),
    'session:setStatus': ({ sidangId, status, password }) => ok((e) => setStatus(e, sidangId, status, password)),
    'session:addMember': ({ sidangId, anggota }) => ({ anggotaId: saved((e) => addMember(e, sidangId, anggota)).value }),
    'session:setMemberRole': ({ sidangId, anggotaId, peran }) => ok((e) => setMemberRole(e, sidangId, anggotaId, peran)),
    'session:removeMember': ({ sidangId, anggotaId }) => ok((e) => removeMember(e, sidangId, anggotaId)),
    'session:setAttendance': ({ sidangId, anggotaId, hadir }) => ok((e) => setAttendance(e, sidangId, anggotaId, hadir)),
    'session:record': ({ sidangId }) => loadSessionRecord(ctx.dataset().db, sidangId),
    'session:addAgenda': ({ sidangId, permohonanIds, jabatanIds }) =>
      saved((e) => addAgenda(e, sidangId, permohonanIds, jabatanIds)).value,
    'session:addAgendaFromFilter': ({ sidangId, filter, limit }) =>
      saved((e) => addAgendaFromFilter(e, sidangId, filter, limit)).value,
    'session:vacantPosts': () => vacantPosts(ctx.dataset().db),
    'session:removeAgenda': ({ itemId }) => ok((e) => removeAgenda(e, itemId)),
    'session:moveAgenda': ({ itemId, arah }) => ok((e) => moveAgenda(e, itemId, arah)),
    'session:setNotes': ({ itemId, catatan }) => ok((e) => setNotes(e, itemId, catatan)),
    'session:declareConflict': ({ itemId, anggotaId, alasan }) => ok((e) => declareConflict(e, itemId, anggotaId, alasan)),
    'session:withdrawConflict': ({ itemId, anggotaId }) => ok((e) => withdrawConflict(e, itemId, anggotaId)),
    'session:vote': ({ itemId, anggotaId, pilihan, catatan }) => ok((e) => castVote(e, itemId, anggotaId, pilihan, catatan)),
    'session:decide': (input) => {
      const r = saved((e) => decide(e, input));
      return { ok: true as const, savedAt: r.savedAt, versi: r.value };
    },
    'session:closeVoting': ({ itemId, anggotaId }) => ok((e) => closeVoting(e, itemId, anggotaId)),
    'session:eligibility': ({ itemId, jabatanId }) => {
      const db = ctx.dataset().db;
      const item = getItem(db, itemId);
      return kelayakanKeputusan(db, item, getSidang(db, item.sidang_id).tanggal, jabatanId, []);
    },
    'session:recordException': (input) => ok((e) => recordPengecualian(e, input)),
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
