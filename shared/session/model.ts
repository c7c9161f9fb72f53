import { z } from 'zod';
import { golonganSchema } from '../domain/golongan';
import { levelJabatanSchema } from '../domain/eselon';
import { statusPermohonanSchema, targetSchema } from '../domain/permohonan';
import { isoDateSchema } from '../domain/common';
import { tingkatRedaksiSchema } from '../format/redaction';
import { itemProcedureFields, sessionProcedureFields } from './procedure-model';

export const PERAN_ANGGOTA = ['ketua', 'sekretaris', 'anggota'] as const;
export const peranAnggotaSchema = z.enum(PERAN_ANGGOTA);
export type PeranAnggota = (typeof PERAN_ANGGOTA)[number];

export const PILIHAN_SUARA = ['setuju', 'tidak_setuju', 'abstain'] as const;
export const pilihanSuaraSchema = z.enum(PILIHAN_SUARA);
export type PilihanSuara = (typeof PILIHAN_SUARA)[number];

/** tetap and diberhentikan are the outcomes of a pledge review (shared/session/pledge.ts). */
export const HASIL_KEPUTUSAN = ['direkomendasikan', 'tidak_direkomendasikan', 'ditunda', 'tetap', 'diberhentikan'] as const;
export const hasilKeputusanSchema = z.enum(HASIL_KEPUTUSAN);
export type HasilKeputusan = (typeof HASIL_KEPUTUSAN)[number];

/** How a session decides (local policy, docs/rules.md): chosen at creation, printed in the berita acara. */
export const ATURAN_KEPUTUSAN = ['mufakat', 'mayoritas_suara', 'mayoritas_hadir'] as const;
export const aturanKeputusanSchema = z.enum(ATURAN_KEPUTUSAN);
export type AturanKeputusan = (typeof ATURAN_KEPUTUSAN)[number];
export const DEFAULT_ATURAN_KEPUTUSAN: AturanKeputusan = 'mayoritas_hadir';

const STATUS_SIDANG = ['draf', 'berlangsung', 'selesai'] as const;
export const statusSidangSchema = z.enum(STATUS_SIDANG);
export type StatusSidang = (typeof STATUS_SIDANG)[number];

/**
 * Quorum as a fraction of all members: present × penyebut must exceed (lebihDari) or reach
 * total × pembilang. Default 1/2 with lebihDari = "more than half present".
 */
export const kuorumRuleSchema = z.object({
  pembilang: z.number().int().min(1).max(100),
  penyebut: z.number().int().min(1).max(100),
  lebihDari: z.boolean(),
}).refine(
  (k) => (k.lebihDari ? k.pembilang < k.penyebut : k.pembilang <= k.penyebut),
  'Kuorum harus dapat dipenuhi: pecahan paling besar 1 (kurang dari 1 untuk "lebih dari")',
);
export type KuorumRule = z.infer<typeof kuorumRuleSchema>;
export const DEFAULT_KUORUM: KuorumRule = { pembilang: 1, penyebut: 2, lebihDari: true };

const kuorumStatusSchema = z.object({
  hadir: z.number().int(),
  total: z.number().int(),
  /** Smallest number present that satisfies the rule. */
  diperlukan: z.number().int(),
  terpenuhi: z.boolean(),
});
export type KuorumStatus = z.infer<typeof kuorumStatusSchema>;

const anggotaSidangSchema = z.object({
  anggotaId: z.string(),
  nama: z.string(),
  nip: z.string().nullable(),
  jabatan: z.string(),
  unitId: z.string().nullable(),
  peran: peranAnggotaSchema,
  urutan: z.number().int(),
  hadir: z.boolean(),
});
export type AnggotaSidang = z.infer<typeof anggotaSidangSchema>;

const suaraSchema = z.object({
  anggotaId: z.string(),
  pilihan: pilihanSuaraSchema,
  catatan: z.string(),
  dicatatPada: z.string(),
});

const konflikSchema = z.object({ anggotaId: z.string(), alasan: z.string(), dicatatPada: z.string() });

const petunjukKonflikSchema = z.object({
  anggotaId: z.string(),
  jenis: z.enum(['unit_sama', 'nama_keluarga']),
  /** The matched unit name or family name, for the hint's text. */
  rincian: z.string(),
});
export type PetunjukKonflik = z.infer<typeof petunjukKonflikSchema>;

export const rekapSuaraSchema = z.object({
  setuju: z.number().int(),
  tidakSetuju: z.number().int(),
  abstain: z.number().int(),
  /** Present, non-recused members who have not voted yet. */
  belum: z.number().int(),
  /** Present, non-recused members: who may vote on this item. */
  berhak: z.number().int(),
});
export type RekapSuara = z.infer<typeof rekapSuaraSchema>;

export const jabatanRingkasSchema = z.object({
  id: z.string(),
  nama: z.string(),
  unitNama: z.string(),
  level: levelJabatanSchema,
});
export type JabatanRingkas = z.infer<typeof jabatanRingkasSchema>;

export const RULE_STATUS = ['memenuhi', 'tidak_memenuhi', 'perlu_perhatian', 'tidak_berlaku'] as const;

/** A recorded exception to a failed eligibility rule: which rule, why, proposed by which member. */
const pengecualianSchema = z.object({
  jabatanId: z.string(),
  ruleId: z.string(),
  alasan: z.string(),
  diusulkanOleh: z.string(),
  namaPengusul: z.string(),
  dicatatPada: z.string(),
});
export type Pengecualian = z.infer<typeof pengecualianSchema>;

/** One rule's outcome as it stood when the decision was recorded (never recomputed). */
export const hasilAturanBekuSchema = z.object({
  ruleId: z.string(),
  nama: z.string(),
  /** "pangkat", "pendidikan": what "tidak memenuhi syarat …" prints. */
  namaPendek: z.string(),
  status: z.enum(RULE_STATUS),
  alasan: z.string(),
  data: z.string(),
  /** A perlu_perhatian outcome the committee acknowledged when deciding. */
  diakui: z.boolean(),
  pengecualian: pengecualianSchema.pick({ alasan: true, diusulkanOleh: true, namaPengusul: true }).nullable(),
});
export type HasilAturanBeku = z.infer<typeof hasilAturanBekuSchema>;

/** One version of a decision; the highest versi is current, earlier ones stay visible. */
const keputusanSchema = z.object({
  versi: z.number().int(),
  hasil: hasilKeputusanSchema,
  jabatan: jabatanRingkasSchema.nullable(),
  alasan: z.string(),
  syarat: z.string(),
  alasanRevisi: z.string().nullable(),
  dicatatPada: z.string(),
  /** Overall eligibility for the post at the decision (null: no candidate, e.g. a vacant-post item). */
  statusKelayakan: z.enum(RULE_STATUS).nullable(),
  /** Each rule's outcome frozen with this version; a later parameter change does not touch it. */
  hasilAturan: z.array(hasilAturanBekuSchema),
  /** The rule the session decided by and the tally at the time (null on rows recorded before these existed). */
  aturanKeputusan: aturanKeputusanSchema.nullable(),
  rekapSaatKeputusan: rekapSuaraSchema.nullable(),
});
export type Keputusan = z.infer<typeof keputusanSchema>;

/** Who the item is about: what the berita acara and SK print. */
const pemohonSchema = z.object({
  nip: z.string(),
  namaLengkap: z.string(),
  tanggalLahir: z.string(),
  golongan: golonganSchema,
  jabatanSaatIni: z.string(),
  jabatanSaatIniId: z.string().nullable(),
  levelSaatIni: levelJabatanSchema.nullable(),
  unitId: z.string(),
  unitNama: z.string(),
});

const agendaItemRecordSchema = z.object({
  id: z.string(),
  urutan: z.number().int(),
  permohonanId: z.string().nullable(),
  statusPermohonan: statusPermohonanSchema.nullable(),
  /** The vacant post itself, for items about a post rather than a request. */
  jabatanLowong: jabatanRingkasSchema.nullable(),
  catatanDiskusi: z.string(),
  pemohon: pemohonSchema.nullable(),
  pilihan: z.array(jabatanRingkasSchema.extend({ peringkat: z.number().int() })),
  konflik: z.array(konflikSchema),
  petunjukKonflik: z.array(petunjukKonflikSchema),
  suara: z.array(suaraSchema),
  rekap: rekapSuaraSchema,
  keputusan: keputusanSchema.nullable(),
  /** Every version, oldest first (includes the current one). */
  riwayat: z.array(keputusanSchema),
  target: z.array(targetSchema),
  /** Exceptions recorded on this item, for any post, oldest first. */
  pengecualian: z.array(pengecualianSchema),
  /** The chair's "tutup pemungutan suara", when recorded. */
  pemungutanDitutup: z.object({ anggotaId: z.string(), dicatatPada: z.string() }).nullable(),
  ...itemProcedureFields,
});
export type AgendaItemRecord = z.infer<typeof agendaItemRecordSchema>;

const sidangSchema = z.object({
  id: z.string(),
  nomor: z.string(),
  tanggal: isoDateSchema,
  tempat: z.string(),
  status: statusSidangSchema,
  kuorum: kuorumRuleSchema,
  aturanKeputusan: aturanKeputusanSchema,
  /** How much the projector shows while this session is in focus. */
  redaksi: tingkatRedaksiSchema,
  dibuatPada: z.string(),
});
export type Sidang = z.infer<typeof sidangSchema>;

/**
 * Everything one session recorded, as the documents print it: members with roles and attendance,
 * every item with applicant, posts, votes, recusals, the current decision and its history, and
 * the audit chain's head at the time of reading. Stable: the documents capability depends on it.
 */
export const sessionRecordSchema = z.object({
  sidang: sidangSchema,
  anggota: z.array(anggotaSidangSchema),
  kuorum: kuorumStatusSchema,
  items: z.array(agendaItemRecordSchema),
  auditHead: z.object({ seq: z.number().int(), hash: z.string() }),
  ...sessionProcedureFields,
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export const sidangRingkasSchema = sidangSchema.extend({
  jumlahAnggota: z.number().int(),
  jumlahAgenda: z.number().int(),
  jumlahKeputusan: z.number().int(),
});
export type SidangRingkas = z.infer<typeof sidangRingkasSchema>;
