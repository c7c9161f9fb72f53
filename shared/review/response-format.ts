import { z } from 'zod';
import { sikapSchema } from './stance';

/**
 * A member's response file (.bpjt), plain JSON:
 *   { format, isi: <content>, kunci: <public key text>, sidik: <fingerprint hex>, tandaTangan: <base64> }
 * The Ed25519 signature covers canonicalJson(isi) prefixed by RESPONSE_SIGNING_CONTEXT, so a signature made for
 * something else with the same key can never pass as a response. Private notes are NOT part of `isi`: only the
 * stance and the questions leave the member's laptop (the notes stay in the packet).
 */
export const RESPONSE_FORMAT = 'baperjakat-tanggapan-telaah/1';
export const RESPONSE_SIGNING_CONTEXT = 'baperjakat-tanggapan-telaah/1\n';
export const RESPONSE_EXTENSION = 'bpjt';

/** Questions are for the session: long enough for a paragraph, short enough to read aloud. */
export const MAX_PERTANYAAN = 4000;
export const MAX_CATATAN = 20000;

const responseItemSchema = z.object({
  agendaItemId: z.string().min(1).max(100),
  sikap: sikapSchema.nullable(),
  pertanyaan: z.string().max(MAX_PERTANYAAN),
}).strict();

const responseContentSchema = z.object({
  paketId: z.string().min(1).max(100),
  sidangId: z.string().min(1).max(100),
  anggotaId: z.string().min(1).max(100),
  /** 1, 2, 3 … per packet: a later export supersedes an earlier one. */
  versi: z.number().int().min(1).max(1_000_000),
  dibuatPada: z.string().min(10).max(40),
  items: z.array(responseItemSchema).max(1000),
}).strict();
export type ResponseContent = z.infer<typeof responseContentSchema>;

export const responseFileSchema = z.object({
  format: z.literal(RESPONSE_FORMAT),
  isi: responseContentSchema,
  kunci: z.string().max(200),
  sidik: z.string().regex(/^[0-9a-f]{64}$/),
  tandaTangan: z.string().max(200),
}).strict();
export type ResponseFile = z.infer<typeof responseFileSchema>;
