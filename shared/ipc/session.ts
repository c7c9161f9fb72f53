import { z } from 'zod';
import { channel, noInput } from './channel';
import { requestFilterSchema } from './dataset';
import { isoDateSchema, nipSchema } from '../domain/common';
import {
  aturanKeputusanSchema, hasilAturanBekuSchema, RULE_STATUS,
  hasilKeputusanSchema, jabatanRingkasSchema, kuorumRuleSchema, peranAnggotaSchema, pilihanSuaraSchema, sessionRecordSchema,
  sidangRingkasSchema, statusSidangSchema,
} from '../session/model';
import { timelineSchema, trackingRowSchema } from '../session/timeline';
import { statusTargetSchema } from '../session/targets';
import { statusPermohonanSchema } from '../domain/permohonan';
import { procedureChannels } from './procedure';
import { redactionChannels } from './redaction';
import { sessionDeltaSchema } from '../session/record-delta';

const id = z.string().min(1).max(60);
const teks = (max: number) => z.string().max(max);

const anggotaInputSchema = z.object({
  nama: z.string().trim().min(2).max(120),
  nip: nipSchema.nullable().default(null),
  jabatan: teks(200).default(''),
  unitId: z.string().max(40).nullable().default(null),
  peran: peranAnggotaSchema,
});
export type AnggotaInput = z.input<typeof anggotaInputSchema>;

const targetBaruSchema = z.object({
  indikator: z.string().trim().min(2).max(300),
  nilaiTarget: z.number().finite(),
  satuan: z.string().trim().min(1).max(40),
  tenggat: isoDateSchema,
  denganPakta: z.boolean().default(true),
});

/** Why some requests or posts were not added, counted by cause (the session already holding them, their status, the limit). */
const alasanDilewatiSchema = z.object({
  sebab: z.enum(['sudah_diagendakan', 'status', 'jabatan_sudah_ada', 'batas']),
  /** The open session that already has the request on its agenda. */
  nomor: z.string().nullable(),
  status: statusPermohonanSchema.nullable(),
  jumlah: z.number().int(),
});
export type AlasanDilewati = z.infer<typeof alasanDilewatiSchema>;
const agendaAdded = z.object({ added: z.number().int(), skipped: z.number().int(), alasanDilewati: z.array(alasanDilewatiSchema) });

/** Whether the app persisted the act by itself (journal or automatic full save) before answering. */
const savedOutput = z.object({ ok: z.literal(true), savedAt: z.string().nullable() });
/** A session act's answer: saved, and what changed for the screen to merge (no re-read of the record). */
const actOutput = savedOutput.extend({ delta: sessionDeltaSchema });
const addedOutput = agendaAdded.extend({ delta: sessionDeltaSchema });

export const sessionChannels = {
  'session:list': channel(noInput, z.array(sidangRingkasSchema)),
  'session:create': channel(
    z.object({
      nomor: z.string().trim().min(1).max(80),
      tanggal: isoDateSchema,
      tempat: z.string().trim().min(1).max(200),
      kuorum: kuorumRuleSchema.optional(),
      /** How the session decides; printed in the berita acara. Default: majority of members present. */
      aturanKeputusan: aturanKeputusanSchema.optional(),
      anggota: z.array(anggotaInputSchema).max(30).default([]),
    }),
    z.object({ id: z.string() }),
  ),
  'session:update': channel(
    z.object({
      sidangId: id, nomor: z.string().trim().min(1).max(80), tanggal: isoDateSchema,
      tempat: z.string().trim().min(1).max(200), kuorum: kuorumRuleSchema,
    }),
    actOutput,
  ),
  /** berlangsung = session opened; selesai = closed (every item must have a decision). */
  /** Closing (selesai) signs the audit checkpoint: `password` unlocks the secretariat's signing identity (secret, never logged). */
  'session:setStatus': channel(z.object({ sidangId: id, status: statusSidangSchema, password: z.string().min(1).max(1024).optional() }), actOutput),
  'session:addMember': channel(z.object({ sidangId: id, anggota: anggotaInputSchema }), z.object({ anggotaId: z.string(), delta: sessionDeltaSchema })),
  /** A member's role, editable only before the session starts; one ketua and one sekretaris at most. */
  'session:setMemberRole': channel(z.object({ sidangId: id, anggotaId: id, peran: peranAnggotaSchema }), actOutput),
  'session:removeMember': channel(z.object({ sidangId: id, anggotaId: id }), actOutput),
  'session:setAttendance': channel(z.object({ sidangId: id, anggotaId: id, hadir: z.boolean() }), actOutput),
  /** The read model of one session (also what documents print). */
  'session:record': channel(z.object({ sidangId: id }), sessionRecordSchema),
  'session:addAgenda': channel(
    z.object({ sidangId: id, permohonanIds: z.array(id).max(500).default([]), jabatanIds: z.array(id).max(100).default([]) }),
    addedOutput,
  ),
  /** Bulk add: every request the Daftar Permohonan filter shows, except those decided or already scheduled. */
  'session:addAgendaFromFilter': channel(
    z.object({ sidangId: id, filter: requestFilterSchema, limit: z.number().int().min(1).max(500).default(200) }),
    addedOutput,
  ),
  /** Vacant posts (status lowong) that can be put on an agenda as items of their own. */
  'session:vacantPosts': channel(noInput, z.array(jabatanRingkasSchema)),
  'session:removeAgenda': channel(z.object({ itemId: id }), actOutput),
  'session:moveAgenda': channel(z.object({ itemId: id, arah: z.enum(['naik', 'turun']) }), actOutput),
  'session:setNotes': channel(z.object({ itemId: id, catatan: teks(10_000) }), actOutput),
  'session:declareConflict': channel(
    z.object({ itemId: id, anggotaId: id, alasan: z.string().trim().min(3).max(500) }), actOutput,
  ),
  'session:withdrawConflict': channel(z.object({ itemId: id, anggotaId: id }), actOutput),
  'session:vote': channel(
    z.object({ itemId: id, anggotaId: id, pilihan: pilihanSuaraSchema, catatan: teks(1000).default('') }), actOutput,
  ),
  /** Records a decision; when the item already has one this is a revision and needs alasanRevisi. */
  'session:decide': channel(
    z.object({
      itemId: id,
      hasil: hasilKeputusanSchema,
      jabatanId: id.nullable().default(null),
      alasan: teks(5000),
      syarat: teks(5000).default(''),
      alasanRevisi: teks(2000).nullable().default(null),
      targetBaru: z.array(targetBaruSchema).max(20).default([]),
      /** Rule ids of perlu_perhatian outcomes acknowledged in deciding; each such outcome must be listed. */
      pengakuanPerhatian: z.array(z.string().max(40)).max(20).default([]),
    }),
    actOutput.extend({ versi: z.number().int() }),
  ),
  /** The chair closes the vote on an item: pending votes stay uncast and the decision may be recorded. */
  'session:closeVoting': channel(z.object({ itemId: id, anggotaId: id }), actOutput),
  /** The applicant's rule outcomes for a post with today's parameters, exceptions joined: what a decision would freeze. */
  'session:eligibility': channel(
    z.object({ itemId: id, jabatanId: id }),
    z.object({ status: z.enum(RULE_STATUS).nullable(), hasil: z.array(hasilAturanBekuSchema) }),
  ),
  /** An explicit exception to one failed rule (its own audit act): which rule, why, proposed by whom. */
  'session:recordException': channel(
    z.object({
      itemId: id, jabatanId: id, ruleId: z.string().min(1).max(40), alasan: z.string().max(2000), diusulkanOleh: id,
    }),
    actOutput,
  ),
  'session:tracking': channel(
    z.object({
      statuses: z.array(statusTargetSchema).default([]),
      hanyaPakta: z.boolean().default(false),
      search: z.string().max(100).default(''),
      /** Days before a deadline from which a target counts as "segera" (due soon). */
      hariPeringatan: z.number().int().min(1).max(365).default(30),
    }),
    z.object({ today: z.string(), rows: z.array(trackingRowSchema) }),
  ),
  'session:recordRealization': channel(
    z.object({
      targetId: id, realisasi: z.number().finite(), tanggalRealisasi: isoDateSchema,
      catatanBukti: z.string().trim().min(3).max(2000),
    }),
    savedOutput,
  ),
  /** Writes the closed session's checkpoint, as signed at close, to a file main asks for (null = cancelled). */
  'session:exportCheckpoint': channel(
    z.object({ sidangId: id }).strict(),
    z.object({ berkas: z.object({ name: z.string(), seq: z.number().int(), fingerprintSha256: z.string().nullable() }).nullable() }),
  ),
  'session:timeline': channel(z.object({ nip: nipSchema }), timelineSchema),
  ...procedureChannels,
  ...redactionChannels,
} as const;
