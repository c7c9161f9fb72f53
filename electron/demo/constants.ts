/** Fixed inputs of the shipped demo dataset and of the 20,000-ASN bench dataset. */

/** Passphrase of resources/demo.bpj; the demo holds no real person's data. */
export const DEMO_PASSPHRASE = 'demo-baperjakat-2026';

export const DEMO_INSTANSI = 'Pemerintah Kota Bengkulu';

export interface CityOptions {
  seed: number;
  /** Number of ASN. Below roughly 700 some structural posts stay vacant for want of people. */
  pegawai: number;
  /** Number of Open Karir requests. */
  permohonan: number;
  /** "yyyy-mm-dd": every generated date is on or before it except request targets' deadlines. */
  today: string;
}

export const DEMO_OPTIONS: CityOptions = { seed: 2026, pegawai: 6000, permohonan: 300, today: '2026-11-23' };
export const BENCH_OPTIONS: CityOptions = { seed: 2026, pegawai: 20_000, permohonan: 2000, today: '2026-11-23' };

/** Actor recorded in the audit entry of a generated dataset. */
export const GENERATOR_ACTOR = 'generator-demo';
export const GENERATOR_NAME = 'baperjakat-desk/demo-city v1';
