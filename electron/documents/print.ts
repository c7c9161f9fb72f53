/**
 * Printing is host glue: the service renders the PDF in memory and hands its bytes to a driver.
 * The Electron main process installs one at startup (a hidden window holding the PDF, then the OS
 * print dialog); the CLI and the test harness have none, so documents:print answers printed: false.
 * No plaintext copy is ever written to disk.
 */
export type PrintDriver = (pdf: Uint8Array, title: string) => Promise<boolean>;

let driver: PrintDriver | null = null;

export function setPrintDriver(d: PrintDriver | null): void {
  driver = d;
}

export async function printPdf(pdf: Uint8Array, title: string): Promise<boolean> {
  return driver ? driver(pdf, title) : false;
}
