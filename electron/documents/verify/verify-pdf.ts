import { AppError } from '../../../shared/errors';
import type { RevisionChangeReport, SignatureReport, VerifyReport } from '../../../shared/documents/certificate';
import type { Database } from '../../dataset/database';
import { certInfoFromDer } from '../certificate-info';
import { contentHash, readDocMeta } from '../doc-meta';
import { loadDocSession } from '../session-source';
import { checkCms } from './cms';
import { findSignatures, loadRevisions, parseRevision, type FoundSignature, type Revision } from './pdf-structure';
import { disallowedChanges } from './revision-diff';
import { chainStatus, signerStatus, trustContextFrom, type TrustContext } from './signer-trust';

function assertPdf(file: Buffer): void {
  if (file.length === 0) throw new AppError('DOK_BERKAS_KOSONG');
  if (!file.subarray(0, 1024).toString('latin1').includes('%PDF-')) throw new AppError('DOK_BUKAN_PDF');
}

/** A file without a complete trailer (e.g. cut short) is read as its objects up to the last "endobj". */
async function revisionsOf(file: Buffer): Promise<Revision[]> {
  try {
    const revs = await loadRevisions(file);
    if (revs.length) return revs;
    const lastObj = file.lastIndexOf('endobj');
    const body = lastObj > 0 ? file.subarray(0, lastObj + 6) : file;
    return [{ number: 1, eofEnd: file.length, end: file.length, context: await parseRevision(body) }];
  } catch (err) {
    throw new AppError('DOK_PDF_RUSAK', {}, { cause: err });
  }
}

/** The gap must be exactly the /Contents hex string, and the range must lie inside the file. */
function byteRangeValid(file: Buffer, br: number[]): boolean {
  const [a, b, c, d] = br as [number, number, number, number];
  if (br.length !== 4 || !br.every((n) => Number.isSafeInteger(n) && n >= 0)) return false;
  if (a !== 0 || b >= c || c + d > file.length) return false;
  const text = file.toString('latin1', Math.max(0, b - 20), c);
  const gap = text.slice(text.length - (c - b));
  return /^<[0-9a-fA-F]*>$/.test(gap) && /\/Contents\s*$/.test(text.slice(0, text.length - (c - b)));
}

/** Bytes after the last revision that are not whitespace: no reader shows them as a revision, but they are not signed. */
function trailingJunk(file: Buffer, revisions: Revision[]): RevisionChangeReport | null {
  const end = revisions[revisions.length - 1]!.end;
  const rest = file.subarray(end).toString('latin1');
  return /\S/.test(rest) ? { revision: revisions.length + 1, kind: 'bita_ditambahkan', object: '', detail: `${file.length - end} bita setelah %%EOF terakhir` } : null;
}

async function checkSignature(
  file: Buffer, revisions: Revision[], sig: FoundSignature, index: number, certP: number | null, trust: TrustContext | null,
): Promise<SignatureReport> {
  const br = sig.byteRange;
  const problems: string[] = [];
  const rangeOk = byteRangeValid(file, br);
  const [, b = 0, c = 0, d = 0] = br;
  const revIdx = rangeOk ? revisions.findIndex((r) => c + d >= r.eofEnd && c + d <= r.end) : -1;
  const report: SignatureReport = {
    index, fieldName: sig.fieldName, subFilter: sig.subFilter, byteRange: br, revision: revIdx >= 0 ? revisions[revIdx]!.number : null,
    coversWholeFile: rangeOk && c + d === file.length, certificationP: sig.docMdpP,
    checks: { byteRangeValid: rangeOk, messageDigestMatches: false, signatureValid: false, certificateValidAtSigning: false },
    valid: false, signer: null, signingTime: sig.signingTime, signerStatus: trust ? 'tidak_dikenal' : 'tanpa_dataset',
    chain: 'tanpa_daftar', chainDetail: null, changesAfter: [], problems,
  };
  if (!rangeOk) {
    problems.push(c + d > file.length ? 'Berkas lebih pendek dari ByteRange: berkas terpotong.' : 'ByteRange tidak mencakup seluruh revisi selain /Contents.');
    return report;
  }
  if (revIdx < 0) problems.push('ByteRange tidak berakhir pada akhir sebuah revisi.');
  const cms = checkCms(Buffer.from(file.toString('latin1', b + 1, c - 1), 'hex'), Buffer.concat([file.subarray(0, b), file.subarray(c, c + d)]));
  if (cms.problem) problems.push(cms.problem);
  report.checks.messageDigestMatches = cms.messageDigestMatches;
  report.checks.signatureValid = cms.signatureValid;
  if (!cms.problem && !cms.messageDigestMatches) problems.push('Isi dokumen berubah setelah ditandatangani (message digest tidak cocok).');
  if (!cms.problem && !cms.signatureValid) problems.push('Tanda tangan tidak sah terhadap sertifikat yang disertakan.');
  report.signingTime ??= cms.signingTimeAttr;
  if (cms.signerDer) {
    report.signer = certInfoFromDer(cms.signerDer);
    const at = report.signingTime ? new Date(report.signingTime) : new Date();
    report.checks.certificateValidAtSigning = at >= new Date(report.signer.notBefore) && at <= new Date(report.signer.notAfter);
    if (!report.checks.certificateValidAtSigning) problems.push('Sertifikat tidak berlaku pada waktu penandatanganan.');
    report.signerStatus = signerStatus(trust, report.signer.fingerprintSha256);
    if (report.signerStatus === 'tidak_dikenal') problems.push(`Penanda tangan tidak dikenal: sertifikat ${report.signer.commonName} tidak terdaftar di dataset ini.`);
    const chain = await chainStatus(trust, cms.certsDer, at);
    report.chain = chain.status;
    report.chainDetail = chain.detail;
  }
  if (revIdx >= 0) {
    for (let k = revIdx + 1; k < revisions.length; k++) {
      report.changesAfter.push(...disallowedChanges(revisions[k - 1]!.context, revisions[k]!.context, revisions[k]!.number, certP));
    }
    const junk = trailingJunk(file, revisions);
    if (junk) report.changesAfter.push(junk);
  }
  for (const ch of report.changesAfter) problems.push(`Diubah setelah ditandatangani (revisi ${ch.revision}): ${ch.kind} ${ch.object} ${ch.detail}`.trim());
  report.valid = Object.values(report.checks).every(Boolean) && revIdx >= 0;
  return report;
}

function verdictOf(sigs: SignatureReport[], withDataset: boolean): VerifyReport['verdict'] {
  if (sigs.length === 0) return 'tanpa_tanda_tangan';
  if (sigs.some((s) => !s.valid)) return 'tidak_sah';
  if (sigs.some((s) => s.changesAfter.length > 0)) return 'diubah_setelah_ditandatangani';
  if (withDataset && sigs[0]!.signerStatus === 'tidak_dikenal') return 'penanda_tangan_tidak_dikenal';
  return 'sah';
}

/**
 * Our own check of a signed PDF, independent of the library that signed it: every signature of every
 * revision on its own (byte range, CMS digest and signature, certificate at signing time, who signed
 * by fingerprint against the dataset, chain against its trust list), then what each later revision
 * changed beyond further signatures. With a dataset, the first signature's content hash is recomputed
 * from the session record. The verifier only reads `db`.
 */
export async function verifySignedPdf(file: Buffer, db: Database | null): Promise<VerifyReport> {
  assertPdf(file);
  const revisions = await revisionsOf(file);
  const found = findSignatures(revisions);
  const trust = db ? trustContextFrom(db) : null;
  const certP = found.find((s) => s.docMdpP !== null)?.docMdpP ?? null;
  const signatures: SignatureReport[] = [];
  for (const [i, s] of found.entries()) signatures.push(await checkSignature(file, revisions, s, i + 1, certP, trust));

  const first = signatures[0];
  const verdict = verdictOf(signatures, !!db);
  const [, b = 0, c = 0, d = 0] = first?.byteRange ?? [];
  // Only what the first signature covers counts as the document's claim about its session.
  const meta = first?.checks.byteRangeValid ? readDocMeta(file.toString('latin1', 0, c + d), b, c) : null;
  let sessionMatch: VerifyReport['sessionMatch'] = 'bukan_dokumen_aplikasi';
  const problems = signatures.flatMap((s) => s.problems.map((p) => (signatures.length > 1 ? `Tanda tangan ${s.index}: ${p}` : p)));
  if (!first) problems.push('Dokumen tidak memiliki tanda tangan elektronik.');
  if (meta) {
    if (!first!.valid) sessionMatch = 'tanda_tangan_tidak_sah';
    else if (!db) sessionMatch = 'tanpa_dataset';
    else if (first!.signerStatus === 'tidak_dikenal') sessionMatch = 'penanda_tangan_tidak_dikenal';
    else {
      try {
        sessionMatch = contentHash(meta.kind, loadDocSession(db, meta.sidangId)) === meta.contentHash ? 'cocok' : 'berbeda';
      } catch {
        sessionMatch = 'sidang_tidak_ada';
      }
      if (sessionMatch === 'berbeda') problems.push('Isi dokumen tidak lagi sesuai dengan catatan sidang di dataset.');
      // The signed revision matches, but a reader sees the later one: say both, never a bare "cocok".
      if (sessionMatch === 'cocok' && verdict === 'diubah_setelah_ditandatangani') sessionMatch = 'revisi_ditandatangani_cocok';
    }
  }
  return {
    verdict, valid: verdict === 'sah', signed: signatures.length > 0, revisions: revisions.length, signatures,
    subFilter: first?.subFilter ?? null,
    checks: {
      byteRangeCoversWholeFile: !!first && first.checks.byteRangeValid && first.revision !== null,
      nothingAppended: !!first && first.revision !== null && first.changesAfter.length === 0,
      messageDigestMatches: !!first?.checks.messageDigestMatches,
      signatureValid: !!first?.checks.signatureValid,
      certificateValidAtSigning: !!first?.checks.certificateValidAtSigning,
    },
    signer: first?.signer ?? null, signingTime: first?.signingTime ?? null, document: meta, sessionMatch, problems,
  };
}
