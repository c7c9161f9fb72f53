import { z } from 'zod';
import { channel, noInput } from './channel';
import { handleIdSchema } from './file-handle';
import { isoDateSchema } from '../domain/common';
import { sikapSchema } from '../review/stance';
import { MAX_CATATAN, MAX_PERTANYAAN } from '../review/response-format';

const id = z.string().min(1).max(100);
/** Passphrases of packets and of the member's key: long enough to resist guessing offline. */
const newPassphrase = z.string().min(1).max(1024);

export const identitySchema = z.object({
  exists: z.boolean(),
  /** `bpj-ed25519:…`, what the secretariat registers. */
  publicKey: z.string().nullable(),
  /** Grouped fingerprint to compare by phone: "A1B2 C3D4 …". */
  sidik: z.string().nullable(),
  /** The public key as an SVG QR code (data: URL). */
  qrDataUrl: z.string().nullable(),
  dibuatPada: z.string().nullable(),
});
export type Identity = z.infer<typeof identitySchema>;

export const packetItemSchema = z.object({
  agendaItemId: z.string(),
  urutan: z.number().int(),
  permohonanId: z.string().nullable(),
  nip: z.string().nullable(),
  namaLengkap: z.string().nullable(),
  jabatanSaatIni: z.string().nullable(),
  jabatanTujuan: z.object({ id: z.string(), nama: z.string(), unit: z.string() }).nullable(),
  /** The member declared a conflict of interest on this item (their stance is not tallied). */
  konflik: z.boolean(),
  catatan: z.string(),
  sikap: sikapSchema.nullable(),
  pertanyaan: z.string(),
  diubahPada: z.string().nullable(),
});
export type PacketItem = z.infer<typeof packetItemSchema>;

export const packetInfoSchema = z.object({
  paketId: z.string(),
  sidang: z.object({ id: z.string(), nomor: z.string(), tanggal: z.string(), tempat: z.string() }),
  anggota: z.object({ id: z.string(), nama: z.string() }),
  kedaluwarsa: z.string(),
  dibuatPada: z.string(),
  /** Fingerprint of the key the secretariat registered for this member (grouped), to check one's own key. */
  kunciTerdaftar: z.string().nullable(),
  items: z.array(packetItemSchema),
  tanggapanTerakhir: z.object({ versi: z.number().int(), dibuatPada: z.string() }).nullable(),
});
export type PacketInfo = z.infer<typeof packetInfoSchema>;

export const packetSummarySchema = z.object({
  paketId: z.string(),
  path: z.string(),
  sidangId: z.string(),
  anggotaId: z.string(),
  kedaluwarsa: z.string(),
  sha256: z.string(),
  jumlah: z.object({ agenda: z.number().int(), permohonan: z.number().int(), pegawai: z.number().int(), jabatan: z.number().int() }),
});
export type PacketSummary = z.infer<typeof packetSummarySchema>;

export const memberRowSchema = z.object({
  anggotaId: z.string(),
  nama: z.string(),
  peran: z.string(),
  kunci: z.object({ sidik: z.string(), didaftarkanPada: z.string() }).nullable(),
  paket: z.array(z.object({ id: z.string(), kedaluwarsa: z.string(), dibuatPada: z.string() })),
  /** Highest response version merged for this session, null when none. */
  tanggapanVersi: z.number().int().nullable(),
});

export const sessionRowSchema = z.object({
  id: z.string(),
  nomor: z.string(),
  tanggal: z.string(),
  status: z.string(),
  jumlahAgenda: z.number().int(),
  anggota: z.array(memberRowSchema),
});
export type ReviewSessionRow = z.infer<typeof sessionRowSchema>;

export const tallySchema = z.object({
  mendukung: z.number().int(), ragu: z.number().int(), tidak_mendukung: z.number().int(), belum: z.number().int(),
});

export const feedbackSchema = z.object({
  agendaItemId: z.string(),
  /** Provisional stances counted over each member's latest merged response: a tally, never a vote. */
  tally: tallySchema,
  /** Members whose latest response is counted. */
  jumlahTanggapan: z.number().int(),
  /** Responses left out of the tally because the member declared a conflict on this item. */
  dikecualikanKonflik: z.number().int(),
  pertanyaan: z.array(z.object({
    anggotaId: z.string(), nama: z.string(), teks: z.string(), versi: z.number().int(), diimporPada: z.string(),
  })),
});
export type ReviewFeedback = z.infer<typeof feedbackSchema>;

export const importResultSchema = z.object({
  paketId: z.string(),
  anggotaId: z.string(),
  nama: z.string(),
  versi: z.number().int(),
  jumlahPertanyaan: z.number().int(),
  jumlahSikap: z.number().int(),
  /** Older versions from this member that the new one supersedes. */
  menggantikanVersi: z.number().int().nullable(),
  /** The session it was merged into, and its number (for "diimpor ke sidang …"). */
  sidangId: z.string(),
  nomor: z.string(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const reviewChannels = {
  // Member side (a review packet is open)
  'review:identity': channel(noInput, identitySchema),
  'review:createIdentity': channel(z.object({ passphrase: newPassphrase }), identitySchema),
  'review:packetInfo': channel(noInput, packetInfoSchema),
  'review:saveNote': channel(
    z.object({
      agendaItemId: id, catatan: z.string().max(MAX_CATATAN), sikap: sikapSchema.nullable(),
      pertanyaan: z.string().max(MAX_PERTANYAAN),
    }),
    z.object({ diubahPada: z.string(), lastSavedAt: z.string().nullable() }),
  ),
  /** Main asks where in its own save dialog (null result = cancelled); the page sends no path. */
  'review:exportResponse': channel(
    z.object({ passphrase: z.string().min(1).max(1024) }).strict(),
    z.object({
      tanggapan: z.object({
        path: z.string(), versi: z.number().int(), jumlahPertanyaan: z.number().int(), jumlahSikap: z.number().int(),
        sidik: z.string(),
      }).nullable(),
    }),
  ),
  // Secretariat side (the full dataset is open)
  'review:sessions': channel(noInput, z.array(sessionRowSchema)),
  'review:registerKey': channel(
    z.object({ anggotaId: id, nama: z.string().min(1).max(200), publicKey: z.string().min(1).max(200), ganti: z.boolean().default(false) }),
    z.object({ anggotaId: z.string(), sidik: z.string(), diganti: z.boolean() }),
  ),
  /** Main asks where in its own save dialog (null result = cancelled); the page sends no path. */
  'review:exportPacket': channel(
    z.object({ sidangId: id, anggotaId: id, kedaluwarsa: isoDateSchema, passphrase: newPassphrase }).strict(),
    z.object({ paket: packetSummarySchema.nullable() }),
  ),
  /**
   * Main asks which file in its own open dialog (null result = cancelled); or `file`, the handle of a response
   * the OS handed over (double-click), merged into the session whose packet it answers.
   */
  'review:importResponse': channel(
    z.union([z.object({ sidangId: id }).strict(), z.object({ file: handleIdSchema }).strict()]),
    z.object({ hasil: importResultSchema.nullable() }),
  ),
  'review:feedback': channel(z.object({ agendaItemId: id }), feedbackSchema),
  'review:sessionFeedback': channel(
    z.object({ sidangId: id }),
    z.array(z.object({
      agendaItemId: z.string(), urutan: z.number().int(), judul: z.string(), jabatan: z.string().nullable(),
      feedback: feedbackSchema,
    })),
  ),
} as const;
