import type { SeedStep } from './city';
import { KELURAHAN, distanceKm, kelurahan } from './geography';

/** How many kelurahan the demo city names as remote: the farthest from the city hall's kelurahan. */
const REMOTE = 6;
const PUSAT = 'Tengah Padang';

/**
 * Demo seeding step: the dataset names its remote kelurahan (farthest from the centre of government, with
 * the distance as the reason), so the equity dashboard has a "terpencil" cohort to report.
 */
export const seedRemoteKelurahan: SeedStep = (db) => {
  const pusat = kelurahan(PUSAT).lokasi;
  const far = KELURAHAN.map((k) => ({ k, km: distanceKm(k.lokasi, pusat) })).sort((a, b) => b.km - a.km).slice(0, REMOTE);
  for (const { k, km } of far) {
    db.run('INSERT INTO kelurahan_terpencil (kecamatan, kelurahan, keterangan) VALUES (?,?,?)',
      [k.kecamatan, k.nama, `± ${Math.round(km)} km dari pusat pemerintahan kota`]);
  }
};
