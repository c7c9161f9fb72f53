import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** External oracles: poppler, qpdf and LibreOffice, none of them written here. */
export function pdfsig(path: string): string {
  const r = spawnSync('pdfsig', [path], { encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`;
}

export function qpdfCheck(path: string): { ok: boolean; output: string } {
  const r = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

export function pdftotext(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** Converts DOCX files to PDF with a private LibreOffice profile, so parallel runs do not collide. */
export function sofficeToPdf(files: string[], outDir: string): { status: number | null; output: string } {
  const profile = mkdtempSync(join(tmpdir(), 'lo-'));
  try {
    const r = spawnSync('soffice', [
      `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files,
    ], { encoding: 'utf8', timeout: 180_000 });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

type SavingContext = {
  ctx: { platform: { chooseSaveFile: (o: never) => Promise<string | null> } };
  dir: string;
  call: (name: 'documents:save', input: never) => Promise<{ fileName: string; contentHash: string; signed: boolean }>;
};
let rendered = 0;

/** A PDF as the app produces it: documents:save with the save dialog answering a temp path, read back. */
export async function renderPdf(
  t: SavingContext, input: { sidangId: string; kind: string; sign?: boolean; certPassword?: string },
): Promise<{ fileName: string; contentHash: string; signed: boolean; pdfBase64: string }> {
  const path = join(t.dir, `render-${++rendered}.pdf`);
  t.ctx.platform.chooseSaveFile = async () => path;
  const out = await t.call('documents:save', { ...input, format: 'pdf' } as never);
  return { ...out, pdfBase64: readFileSync(path).toString('base64') };
}
