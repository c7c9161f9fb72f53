import { z } from 'zod';

export const certInfoSchema = z.object({
  subject: z.string(),
  commonName: z.string(),
  organization: z.string(),
  issuer: z.string(),
  serialNumber: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  /** SHA-256 of the DER certificate, "AB:CD:…". */
  fingerprintSha256: z.string(),
  selfSigned: z.boolean(),
  keyUsage: z.array(z.string()),
  extKeyUsage: z.array(z.string()),
});
export type CertInfo = z.infer<typeof certInfoSchema>;

const REVISION_CHANGE_KINDS = ['halaman_ditambah', 'halaman_dihapus', 'konten_halaman', 'objek_diganti', 'objek_ditambah', 'katalog_diubah', 'bita_ditambahkan'] as const;
/** What each kind of later change is called, in Indonesian (the CLI's words; the screen's id table reuses them). */
export const JENIS_PERUBAHAN_ID: Record<(typeof REVISION_CHANGE_KINDS)[number], string> = {
  halaman_ditambah: 'halaman ditambahkan', halaman_dihapus: 'halaman dihapus', konten_halaman: 'isi halaman diubah', objek_diganti: 'objek diganti',
  objek_ditambah: 'objek ditambahkan', katalog_diubah: 'katalog dokumen diubah', bita_ditambahkan: 'bita ditambahkan di akhir berkas',
};

/** A change made after a signature that the signature does not permit. */
const revisionChangeSchema = z.object({
  /** 1-based revision (incremental update) that made the change. */
  revision: z.number().int(),
  kind: z.enum(REVISION_CHANGE_KINDS),
  object: z.string(),
  detail: z.string(),
});
export type RevisionChangeReport = z.infer<typeof revisionChangeSchema>;

const SIGNER_STATUS = ['terdaftar', 'terdaftar_dipensiunkan', 'tidak_dikenal', 'tanpa_dataset'] as const;
const CHAIN_STATUS = ['tepercaya', 'tidak_tepercaya', 'tanpa_daftar'] as const;

/** One signature of the file, checked on its own. */
const signatureReportSchema = z.object({
  index: z.number().int(),
  fieldName: z.string().nullable(),
  subFilter: z.string().nullable(),
  byteRange: z.array(z.number()),
  /** The revision whose bytes it covers; null when the range ends elsewhere. */
  revision: z.number().int().nullable(),
  coversWholeFile: z.boolean(),
  /** DocMDP level of a certification signature (1, 2 or 3); null for an approval signature. */
  certificationP: z.number().int().nullable(),
  checks: z.object({
    byteRangeValid: z.boolean(),
    messageDigestMatches: z.boolean(),
    signatureValid: z.boolean(),
    certificateValidAtSigning: z.boolean(),
  }),
  valid: z.boolean(),
  signer: certInfoSchema.nullable(),
  signingTime: z.string().nullable(),
  signerStatus: z.enum(SIGNER_STATUS),
  chain: z.enum(CHAIN_STATUS),
  chainDetail: z.string().nullable(),
  changesAfter: z.array(revisionChangeSchema),
  problems: z.array(z.string()),
});
export type SignatureReport = z.infer<typeof signatureReportSchema>;

const VERDICTS = ['sah', 'tidak_sah', 'diubah_setelah_ditandatangani', 'penanda_tangan_tidak_dikenal', 'tanpa_tanda_tangan'] as const;

/** What our own verifier reports about a signed PDF. */
export const verifyReportSchema = z.object({
  verdict: z.enum(VERDICTS),
  /** True only for verdict "sah": every signature valid, nothing changed after them that they do not permit. */
  valid: z.boolean(),
  signed: z.boolean(),
  revisions: z.number().int(),
  signatures: z.array(signatureReportSchema),
  /** The first signature (the Baperjakat one in our documents), as before: */
  subFilter: z.string().nullable(),
  checks: z.object({
    byteRangeCoversWholeFile: z.boolean(),
    nothingAppended: z.boolean(),
    messageDigestMatches: z.boolean(),
    signatureValid: z.boolean(),
    certificateValidAtSigning: z.boolean(),
  }),
  signer: certInfoSchema.nullable(),
  signingTime: z.string().nullable(),
  document: z
    .object({ kind: z.string(), sidangId: z.string(), sidangNomor: z.string(), contentHash: z.string() })
    .nullable(),
  /** Whether the signed content still matches the session in the open dataset. */
  sessionMatch: z.enum(['cocok', 'revisi_ditandatangani_cocok', 'berbeda', 'sidang_tidak_ada', 'tanpa_dataset', 'bukan_dokumen_aplikasi', 'tanda_tangan_tidak_sah', 'penanda_tangan_tidak_dikenal']),
  problems: z.array(z.string()),
});
export type VerifyReport = z.infer<typeof verifyReportSchema>;
