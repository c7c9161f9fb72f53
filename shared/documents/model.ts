import { z } from 'zod';
import { golonganSchema } from '../domain/golongan';
import { levelJabatanSchema } from '../domain/eselon';
import { DEFAULT_MENIMBANG_PEMBERHENTIAN } from './defaults';

/**
 * What the documents need from one session, read from the dataset. Kept flat and closed so that
 * a document's content hash is reproducible from the dataset alone (see contentHashInput).
 */
export const DOCUMENT_KINDS = ['rekomendasi', 'sk', 'berita-acara', 'sk-pemberhentian', 'pengumuman', 'kriteria'] as const;
/** Documents for the public: nothing confidential, so never marked RAHASIA; only for a closed session. */
export const PUBLIC_KINDS = ['pengumuman', 'kriteria'] as const satisfies readonly DocumentKind[];
export const isPublicKind = (kind: DocumentKind): boolean => (PUBLIC_KINDS as readonly DocumentKind[]).includes(kind);
export const documentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const documentFormatSchema = z.enum(['pdf', 'docx']);
export type DocumentFormat = z.infer<typeof documentFormatSchema>;

export const docAnggotaSchema = z.object({
  anggotaId: z.string(),
  nama: z.string(),
  nip: z.string().nullable(),
  jabatan: z.string(),
  peran: z.enum(['ketua', 'sekretaris', 'anggota']),
  urutan: z.number(),
  hadir: z.boolean(),
});
export type DocAnggota = z.infer<typeof docAnggotaSchema>;

export const docJabatanSchema = z.object({
  id: z.string(),
  nama: z.string(),
  level: levelJabatanSchema,
  unitNama: z.string(),
});
export type DocJabatan = z.infer<typeof docJabatanSchema>;

export const docPegawaiSchema = z.object({
  nip: z.string(),
  nama: z.string(),
  gelarDepan: z.string(),
  gelarBelakang: z.string(),
  tanggalLahir: z.string(),
  golongan: golonganSchema,
  /** Current post as the personnel record names it; jabatan is null for staff without a post row. */
  namaJabatan: z.string(),
  jabatanId: z.string().nullable(),
  level: levelJabatanSchema,
  unitNama: z.string(),
});
export type DocPegawai = z.infer<typeof docPegawaiSchema>;

/** tetap / diberhentikan: outcomes of a pledge review (diberhentikan → SK "Pemberhentian dari Jabatan"). */
export const HASIL = ['direkomendasikan', 'tidak_direkomendasikan', 'ditunda', 'tetap', 'diberhentikan'] as const;
export type Hasil = (typeof HASIL)[number];

// ── Decision rules (issue 10, session rules): frozen eligibility outcomes, exceptions, the session's
// decision rule. Optional, so a DocSession built without them still parses; toDocSession fills them.
export const docHasilAturanSchema = z.object({
  ruleId: z.string(),
  nama: z.string(),
  namaPendek: z.string(),
  status: z.enum(['memenuhi', 'tidak_memenuhi', 'perlu_perhatian', 'tidak_berlaku']),
  alasan: z.string(),
  diakui: z.boolean(),
  pengecualian: z.object({ alasan: z.string(), namaPengusul: z.string() }).nullable(),
});
export type DocHasilAturan = z.infer<typeof docHasilAturanSchema>;
const docKeputusanAturanFields = {
  /** Each rule's outcome as frozen with this decision version. */
  hasilAturan: z.array(docHasilAturanSchema).optional(),
  /** The previous version's frozen outcomes, when this one is a revision (both are printed). */
  hasilAturanSebelumnya: z.array(docHasilAturanSchema).optional(),
};
const docItemAturanFields = {
  /** The chair closed the vote with votes still pending. */
  pemungutanDitutup: z.boolean().optional(),
};
const docSessionAturanFields = {
  aturanKeputusan: z.enum(['mufakat', 'mayoritas_suara', 'mayoritas_hadir']).optional(),
  /** Inside an election window: the Minister's written approval the documents rest on, and the article that requires it. */
  persetujuanMendagri: z.object({ nomor: z.string(), tanggal: z.string(), dasar: z.string() }).nullable().optional(),
};

export const docItemSchema = z.object({
  id: z.string(),
  urutan: z.number(),
  permohonanId: z.string().nullable(),
  catatanDiskusi: z.string(),
  pegawai: docPegawaiSchema.nullable(),
  /** The post under discussion (first choice of the request, or the agenda's post). */
  jabatanDibahas: docJabatanSchema.nullable(),
  konflik: z.array(z.object({ anggotaId: z.string(), alasan: z.string() })),
  suara: z.array(z.object({ anggotaId: z.string(), pilihan: z.enum(['setuju', 'tidak_setuju', 'abstain']), catatan: z.string() })),
  keputusan: z
    .object({
      versi: z.number(),
      hasil: z.enum(HASIL),
      jabatan: docJabatanSchema.nullable(),
      alasan: z.string(),
      syarat: z.string(),
      alasanRevisi: z.string().nullable(),
      ...docKeputusanAturanFields,
    })
    .nullable(),
  ...docItemAturanFields,
  // Procedure block (procedure engineer; see shared/session/procedure.ts, pledge.ts):
  /** JPT Pratama: the procedure to cite, e.g. "Seleksi terbuka oleh panitia seleksi (Laporan … tanggal …; tiga nama: …)". */
  prosedurJpt: z.string().nullable().default(null),
  /** Pindah or tetap (a request to stay in the current post); null for items about a post. */
  jenisPermohonan: z.enum(['pindah', 'tetap']).nullable().default(null),
  /** A pledge review: the post the official holds under the pledge (what "diberhentikan" relieves them of). */
  tinjauanPakta: z.object({ jabatan: docJabatanSchema.nullable() }).nullable().default(null),
});
export type DocItem = z.infer<typeof docItemSchema>;

export const docSessionSchema = z.object({
  id: z.string(),
  nomor: z.string(),
  tanggal: z.string(),
  tempat: z.string(),
  status: z.enum(['draf', 'berlangsung', 'selesai']),
  anggota: z.array(docAnggotaSchema),
  items: z.array(docItemSchema),
  ...docSessionAturanFields,
});
export type DocSession = z.infer<typeof docSessionSchema>;

/** Letterhead of the issuing body, per instansi; kept in dataset meta. */
export const kopSuratSchema = z.object({
  pemerintah: z.string().min(1).max(120),
  instansi: z.string().min(1).max(160),
  alamat: z.string().max(240),
  kontak: z.string().max(240),
  kota: z.string().min(1).max(60),
  /** Title of the head of region as the SK prints it ("WALI KOTA BENGKULU"). */
  kepalaDaerah: z.string().min(1).max(120),
  /** PNG or JPEG, base64, at most ~512 KB; null draws the built-in emblem. */
  logoBase64: z.string().max(700_000).nullable(),
});
export type KopSurat = z.infer<typeof kopSuratSchema>;

/** Editable wording of the SK: legal bases, considerations, copies. */
export const naskahSkSchema = z.object({
  /** "{tentang}" is replaced by the SK's subject, which follows the moves it decrees. */
  menimbang: z.array(z.string().min(1).max(1000)).min(1).max(10),
  mengingat: z.array(z.string().min(1).max(1000)).min(1).max(30),
  tembusan: z.array(z.string().min(1).max(300)).max(20),
  namaPenandatangan: z.string().max(160),
  /** Considerations of the SK "Pemberhentian dari Jabatan" (missed Open Karir pledge); older datasets get the default. */
  menimbangPemberhentian: z.array(z.string().min(1).max(1000)).min(1).max(10).default(DEFAULT_MENIMBANG_PEMBERHENTIAN),
});
export type NaskahSk = z.infer<typeof naskahSkSchema>;

export const documentSettingsSchema = z.object({ kop: kopSuratSchema, naskah: naskahSkSchema });
export type DocumentSettings = z.infer<typeof documentSettingsSchema>;

// --- SK and archival additions (skdoc) ---

/**
 * The two Keputusan drafts: "sk" appoints (and relieves holders of their old posts), "sk-pemberhentian"
 * relieves those whose pledge review decided `diberhentikan`. Neither is signed by the app: the head of
 * region signs the numbered original.
 */
export const SK_KINDS = ['sk', 'sk-pemberhentian'] as const satisfies readonly DocumentKind[];
export function isSkKind(kind: DocumentKind): boolean {
  return (SK_KINDS as readonly DocumentKind[]).includes(kind);
}
