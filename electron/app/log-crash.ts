import type { EventEmitter } from 'node:events';
import type { Logger } from './log';

type CrashKind = 'main' | 'janji' | 'jendela';

/** What the user reads: what happened, that data on disk is safe, and where the log is. */
function crashMessage(kind: CrashKind, logPath: string): { title: string; body: string } {
  const what = {
    main: 'Terjadi kesalahan tak terduga di proses utama. Aplikasi akan ditutup.',
    janji: 'Sebuah tugas latar gagal tanpa tertangani. Aplikasi tetap berjalan, tetapi tindakan terakhir mungkin tidak selesai.',
    jendela: 'Jendela aplikasi berhenti secara tak terduga dan akan dimuat ulang. Dataset terkunci; buka kembali dengan frasa sandi.',
  }[kind];
  return {
    title: 'Baperjakat Desk — kesalahan',
    body: `${what}\n\nPerubahan yang sudah disimpan dan jurnal sesi tetap aman di disk.\n\n` +
      `Catatan teknis (tanpa data pribadi) ada di:\n${logPath}\n\nKirimkan berkas itu kepada pengelola aplikasi bila masalah berulang.`,
  };
}

export interface CrashHooks {
  log: Logger;
  showError(title: string, body: string): void;
  /** Called after the dialog for a main-process exception, whose state can no longer be trusted. */
  exit(code: number): void;
}

/** uncaughtException and unhandledRejection → log line, error dialog with the log's path (then exit for the former). */
export function installCrashHandlers(proc: EventEmitter, hooks: CrashHooks): void {
  proc.on('uncaughtException', (err: unknown) => {
    hooks.log.error('uncaughtException', err);
    const m = crashMessage('main', hooks.log.path);
    hooks.showError(m.title, m.body);
    hooks.exit(1);
  });
  proc.on('unhandledRejection', (reason: unknown) => {
    hooks.log.error('unhandledRejection', reason);
    const m = crashMessage('janji', hooks.log.path);
    hooks.showError(m.title, m.body);
  });
}

/** render-process-gone: log the reason; a crash (not a clean exit) gets the dialog and a reload. */
export function handleRenderGone(details: { reason: string; exitCode: number }, hooks: CrashHooks, reload: () => void): void {
  hooks.log.error(`render-process-gone reason=${details.reason} exitCode=${details.exitCode}`);
  if (details.reason === 'clean-exit') return;
  const m = crashMessage('jendela', hooks.log.path);
  hooks.showError(m.title, m.body);
  reload();
}
