import { OpenDataset } from '../dataset/open-dataset';
import { UsageError, type CliIo } from './types';

export const PASSPHRASE_ENV = 'BAPERJAKAT_PASSPHRASE';

/** The one dataset path a read-only command takes. */
export function singleDatasetPath(positional: string[]): string {
  const [path] = positional;
  if (!path || positional.length > 1) throw new UsageError('Sebutkan tepat satu berkas dataset.');
  return path;
}

/** Opens a dataset for reading only: a crash journal is replayed in memory, nothing is written. */
export async function openReadOnly(path: string, io: CliIo): Promise<OpenDataset> {
  const passphrase = await io.secret('Frasa sandi: ', PASSPHRASE_ENV);
  const ds = await OpenDataset.openFile(path, passphrase, { readOnly: true });
  const r = ds.recovered;
  if (r?.problem) {
    const hilang = r.lost === null ? 'jumlahnya tidak diketahui' : `${r.lost} tindakan`;
    io.err(r.belongsTo
      ? `PERINGATAN: jurnal di samping berkas ini milik ${r.belongsTo}; tidak diputar ulang di sini (${hilang}).`
      : `PERINGATAN: jurnal pemulihan rusak (${r.problem}); ${r.records} tindakan diputar ulang, yang tidak dapat diputar ulang: ${hilang}.`);
  }
  return ds;
}
