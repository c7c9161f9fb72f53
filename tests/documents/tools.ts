import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
