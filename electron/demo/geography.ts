import type { Koordinat } from '../../shared/domain/common';
import type { Rng } from './rng';

/**
 * The 9 kecamatan and 67 kelurahan of Kota Bengkulu. Coordinates are approximate centres (the coast
 * runs along the west; Muara Bangka Hulu to the north, Selebar and Kampung Melayu to the south).
 */
export interface Kelurahan {
  nama: string;
  kecamatan: string;
  lokasi: Koordinat;
  /** Relative share of residents, used to place homes. */
  bobot: number;
}

export interface Kecamatan {
  nama: string;
  /** Kelurahan hosting the kantor camat. */
  kantor: string;
  bobot: number;
  kelurahan: ReadonlyArray<readonly [string, number, number]>;
}

export const KECAMATAN: readonly Kecamatan[] = [
  { nama: 'Gading Cempaka', kantor: 'Padang Harapan', bobot: 1.1, kelurahan: [
    ['Cempaka Permai', -3.8182, 102.2921], ['Jalan Gedang', -3.8203, 102.2852], ['Lingkar Barat', -3.8251, 102.2778],
    ['Padang Harapan', -3.8148, 102.2719], ['Sidomulyo', -3.8284, 102.2903],
  ] },
  { nama: 'Kampung Melayu', kantor: 'Padang Serai', bobot: 1.0, kelurahan: [
    ['Kandang', -3.8822, 102.2951], ['Kandang Mas', -3.8618, 102.2834], ['Muara Dua', -3.8751, 102.3102],
    ['Padang Serai', -3.8719, 102.2897], ['Sumber Jaya', -3.8903, 102.3003], ['Teluk Sepang', -3.9118, 102.3081],
  ] },
  { nama: 'Muara Bangka Hulu', kantor: 'Rawa Makmur', bobot: 1.4, kelurahan: [
    ['Bentiring', -3.7762, 102.2962], ['Bentiring Permai', -3.7823, 102.3004], ['Beringin Raya', -3.7521, 102.3003],
    ['Kandang Limun', -3.7592, 102.2724], ['Pematang Gubernur', -3.7478, 102.2823], ['Rawa Makmur', -3.7652, 102.2827],
    ['Rawa Makmur Permai', -3.7703, 102.2901],
  ] },
  { nama: 'Ratu Agung', kantor: 'Kebun Tebeng', bobot: 1.0, kelurahan: [
    ['Kebun Beler', -3.7922, 102.2721], ['Kebun Kenanga', -3.7961, 102.2763], ['Kebun Tebeng', -3.8003, 102.2801],
    ['Lempuing', -3.8081, 102.2662], ['Nusa Indah', -3.8042, 102.2742], ['Sawah Lebar', -3.7963, 102.2842],
    ['Sawah Lebar Baru', -3.7921, 102.2883], ['Tanah Patah', -3.8062, 102.2831],
  ] },
  { nama: 'Ratu Samban', kantor: 'Anggut Atas', bobot: 0.7, kelurahan: [
    ['Anggut Atas', -3.7962, 102.2621], ['Anggut Bawah', -3.7983, 102.2582], ['Anggut Dalam', -3.7972, 102.2661],
    ['Belakang Pondok', -3.8001, 102.2622], ['Kebun Dahri', -3.7942, 102.2681], ['Kebun Geran', -3.8022, 102.2664],
    ['Padang Jati', -3.8031, 102.2603], ['Pengantungan', -3.8003, 102.2702], ['Penurunan', -3.7932, 102.2641],
  ] },
  { nama: 'Selebar', kantor: 'Pagar Dewa', bobot: 1.6, kelurahan: [
    ['Betungan', -3.8502, 102.2983], ['Bumi Ayu', -3.8452, 102.2822], ['Pagar Dewa', -3.8381, 102.2902],
    ['Pekan Sabtu', -3.8621, 102.3052], ['Sukarami', -3.8583, 102.3251], ['Sumur Dewa', -3.8362, 102.3003],
  ] },
  { nama: 'Singaran Pati', kantor: 'Padang Nangka', bobot: 1.3, kelurahan: [
    ['Dusun Besar', -3.8002, 102.3101], ['Jembatan Kecil', -3.8101, 102.3052], ['Lingkar Timur', -3.8183, 102.3022],
    ['Padang Nangka', -3.8122, 102.3151], ['Panorama', -3.8052, 102.3003], ['Timur Indah', -3.8221, 102.3102],
  ] },
  { nama: 'Sungai Serut', kantor: 'Tanjung Agung', bobot: 0.8, kelurahan: [
    ['Kampung Kelawi', -3.7792, 102.2603], ['Pasar Bengkulu', -3.7712, 102.2632], ['Semarang', -3.7692, 102.2741],
    ['Sukamerindu', -3.7801, 102.2682], ['Surabaya', -3.7723, 102.2811], ['Tanjung Agung', -3.7822, 102.2842],
    ['Tanjung Jaya', -3.7863, 102.2903],
  ] },
  { nama: 'Teluk Segara', kantor: 'Tengah Padang', bobot: 0.5, kelurahan: [
    ['Bajak', -3.7862, 102.2641], ['Berkas', -3.7922, 102.2522], ['Jitra', -3.7822, 102.2553],
    ['Kampung Bali', -3.7842, 102.2572], ['Kebun Keling', -3.7882, 102.2553], ['Kebun Ros', -3.7902, 102.2622],
    ['Malabero', -3.7862, 102.2521], ['Pasar Baru', -3.7832, 102.2621], ['Pasar Berkas', -3.7902, 102.2503],
    ['Pasar Melintang', -3.7912, 102.2563], ['Pintu Batu', -3.7882, 102.2602], ['Sumur Meleleh', -3.7952, 102.2483],
    ['Tengah Padang', -3.7942, 102.2582],
  ] },
];

export const KELURAHAN: readonly Kelurahan[] = KECAMATAN.flatMap((k) =>
  k.kelurahan.map(([nama, lat, lon]) => ({ nama, kecamatan: k.nama, lokasi: { lat, lon }, bobot: k.bobot / k.kelurahan.length })),
);

const BY_NAME = new Map(KELURAHAN.map((k) => [k.nama, k]));

export function kelurahan(nama: string): Kelurahan {
  const k = BY_NAME.get(nama);
  if (!k) throw new Error(`Kelurahan tidak dikenal: ${nama}`);
  return k;
}

const BY_KECAMATAN = new Map(KECAMATAN.map((k) => [k.nama, KELURAHAN.filter((x) => x.kecamatan === k.nama)]));

export function kelurahanOf(kecamatan: string): readonly Kelurahan[] {
  const list = BY_KECAMATAN.get(kecamatan);
  if (!list) throw new Error(`Kecamatan tidak dikenal: ${kecamatan}`);
  return list;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** A point within about `meters` of the centre (uniform in a square; 1° ≈ 111 km here). */
export function near(rng: Rng, centre: Koordinat, meters: number): Koordinat {
  const d = meters / 111_000;
  return { lat: round6(centre.lat + rng.float(-d, d)), lon: round6(centre.lon + rng.float(-d, d)) };
}

/** Equirectangular distance in km: exact enough across one city and free of trigonometry drift. */
export function distanceKm(a: Koordinat, b: Koordinat): number {
  const dy = (a.lat - b.lat) * 111.2;
  const dx = (a.lon - b.lon) * 111.2 * 0.99781; // cos(3.8°)
  return Math.sqrt(dx * dx + dy * dy);
}

const KELURAHAN_WEIGHTS = KELURAHAN.map((k) => [k, k.bobot] as const);

/** A kelurahan to live in: `homeKecamatan` is favoured with probability `stay`. */
export function pickHomeKelurahan(rng: Rng, homeKecamatan: string | null, stay: number): Kelurahan {
  if (homeKecamatan && rng.chance(stay)) return rng.pick(kelurahanOf(homeKecamatan));
  return rng.weighted(KELURAHAN_WEIGHTS);
}
