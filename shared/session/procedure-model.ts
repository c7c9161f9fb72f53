import { z } from 'zod';
import { levelJabatanSchema } from '../domain/eselon';
import { jenisPermohonanSchema } from '../domain/permohonan';
import { jendelaPilkadaSchema } from './election-window';
import { prosedurJptSchema } from './procedure';

/**
 * Fields the procedure rules add to the session read model (merged into shared/session/model.ts):
 * the kind of request, a JPT item's procedure, a pledge review and the session's election window.
 */
const jabatanSchema = z.object({ id: z.string(), nama: z.string(), unitNama: z.string(), level: levelJabatanSchema });

const tinjauanPaktaSchema = z.object({
  /** The post held under the pledge: what a pemberhentian relieves the official of. */
  jabatan: jabatanSchema.nullable(),
  targetIds: z.array(z.string()),
});
export type TinjauanPakta = z.infer<typeof tinjauanPaktaSchema>;

export const itemProcedureFields = {
  /** Pindah or tetap for a request item; null for items about a post. */
  jenisPermohonan: jenisPermohonanSchema.nullable(),
  /** The procedure a JPT Pratama item names, with the sentence the documents cite. */
  prosedurJpt: prosedurJptSchema.extend({ kutipan: z.string() }).nullable(),
  /** Set when the item is a pledge review (tinjauan pakta). */
  tinjauanPakta: tinjauanPaktaSchema.nullable(),
};

const persetujuanMendagriSchema = z.object({ nomor: z.string(), tanggal: z.string() });

export const sessionProcedureFields = {
  /** The election window the session date falls in (null: outside every window) and the Minister's approval. */
  pilkada: z.object({ jendela: jendelaPilkadaSchema.nullable(), persetujuan: persetujuanMendagriSchema.nullable() }),
};
