/**
 * Printing is host glue: the service renders the PDF to a file and hands its path to a driver.
 * The Electron main process installs the driver at startup (see setPrintDriver); the CLI and the
 * test harness have none, so documents:print answers printed: false with the file's path.
 */
export type PrintDriver = (pdfPath: string) => Promise<boolean>;

let driver: PrintDriver | null = null;

export function setPrintDriver(d: PrintDriver | null): void {
  driver = d;
}

export async function printFile(pdfPath: string): Promise<boolean> {
  return driver ? driver(pdfPath) : false;
}
