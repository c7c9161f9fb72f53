import { basename } from 'node:path';
import type { VerifyReport } from '../../../shared/documents/certificate';
import type { Database } from '../../dataset/database';
import { readUserFile } from '../../files/user-file';
import { verifySignedPdf } from './verify-pdf';

/** The one path the CLI's `verify` and the Verifikasi screen take: read the user's file, check it. */
export async function verifyPdfFile(path: string, db: Database | null): Promise<{ fileName: string; report: VerifyReport }> {
  const bytes = readUserFile(path, 'pdf');
  return { fileName: basename(path), report: await verifySignedPdf(bytes, db) };
}
