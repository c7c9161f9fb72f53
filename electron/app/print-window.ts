import { BrowserWindow, session } from 'electron';

/**
 * Prints a PDF from memory: a hidden window in its own session (no disk cache, nothing remote) holds
 * it as a data: URL in Chromium's PDF viewer, and webContents.print() opens the OS print dialog.
 * The bytes never touch the disk as a file.
 */
export async function printPdfInHiddenWindow(pdf: Uint8Array, title: string, parent?: BrowserWindow): Promise<boolean> {
  const printSession = session.fromPartition('bpj-print'); // no "persist:" prefix: in memory only
  printSession.webRequest.onBeforeRequest((d, cb) => cb({ cancel: !/^(data:|chrome-extension:|chrome:)/.test(d.url) }));
  printSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  const win = new BrowserWindow({
    show: false, parent, title,
    webPreferences: { session: printSession, sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true, javascript: true },
  });
  try {
    await win.loadURL(`data:application/pdf;base64,${Buffer.from(pdf).toString('base64')}`);
    return await new Promise<boolean>((done) => {
      win.webContents.print({ silent: false, printBackground: true }, (success) => done(success));
    });
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}
