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

export const CHECK_STATUS = ['ok', 'gagal', 'tidak_diperiksa'] as const;

/** What our own verifier reports about a signed PDF. */
export const verifyReportSchema = z.object({
  /** True only when every cryptographic check passed and nothing was appended. */
  valid: z.boolean(),
  signed: z.boolean(),
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
  sessionMatch: z.enum(['cocok', 'berbeda', 'sidang_tidak_ada', 'tanpa_dataset', 'bukan_dokumen_aplikasi', 'tanda_tangan_tidak_sah']),
  problems: z.array(z.string()),
});
export type VerifyReport = z.infer<typeof verifyReportSchema>;
