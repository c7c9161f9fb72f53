import type { Rng } from './rng';

/**
 * Names as they are common among ASN in Kota Bengkulu: Melayu Bengkulu, Rejang, Serawai and Lembak,
 * Minang, Jawa, Batak, Palembang. Purely invented combinations.
 */
interface Kelompok {
  bobot: number;
  lakiLaki: string[];
  perempuan: string[];
  /** Second names; for Batak these are marga and go to both sexes. */
  belakangL: string[];
  belakangP: string[];
  /** Share of one-word names. */
  tunggal: number;
}

const KELOMPOK: Kelompok[] = [
  { // Bengkulu (Melayu, Rejang, Serawai, Lembak)
    bobot: 44, tunggal: 0.08,
    lakiLaki: ['Rahmat', 'Dedi', 'Zulkarnain', 'Syamsul', 'Herman', 'Rozi', 'Yusran', 'Darmawan', 'Khairul', 'Arsyad',
      'Asmadi', 'Darwis', 'Rozali', 'Syahril', 'Nurdin', 'Kamaludin', 'Sahbudin', 'Bahrin', 'Hendri', 'Jonni',
      'Sapri', 'Medi', 'Novri', 'Rudi', 'Irwan', 'Juanda', 'Fikri', 'Andi', 'Ardiansyah', 'Muhammad', 'Ahmad', 'Ilham',
      'Taufik', 'Ridwan', 'Harmanto', 'Erwin', 'Yudi', 'Heru', 'Fahrul', 'Ferry'],
    perempuan: ['Siti', 'Yuliana', 'Meri', 'Leni', 'Desi', 'Rosmala', 'Nurul', 'Herlina', 'Elvi', 'Yenni', 'Rika', 'Ria',
      'Fitri', 'Novi', 'Eka', 'Dian', 'Winda', 'Tuti', 'Yessi', 'Lusi', 'Emilia', 'Mardiana', 'Rahmawati', 'Nelly',
      'Erlina', 'Yulia', 'Sri', 'Nova', 'Okta', 'Lidya'],
    belakangL: ['Hidayat', 'Kurniawan', 'Saputra', 'Putra', 'Bahri', 'Sani', 'Fauzi', 'Hakim', 'Syahputra', 'Febriansyah',
      'Aprianto', 'Yusuf', 'Effendi', 'Rahman', 'Zakaria', 'Hamzah', 'Irawan', 'Alamsyah', 'Firdaus', 'Ramadhan'],
    belakangP: ['Sari', 'Aisyah', 'Herlina', 'Marlina', 'Susanti', 'Dewi', 'Hidayah', 'Wati', 'Yanti', 'Oktaviani',
      'Rahmadani', 'Puspita', 'Novita', 'Lestari', 'Safitri', 'Febriyanti', 'Anggraini', 'Wulandari'],
  },
  { // Minang
    bobot: 16, tunggal: 0.25,
    lakiLaki: ['Afrizal', 'Syafrizal', 'Yulizar', 'Erizal', 'Zulfikar', 'Masrul', 'Novrizal', 'Hendrizal', 'Yasrul',
      'Irfan', 'Fadli', 'Rizal', 'Deswandi', 'Asrul', 'Jasman'],
    perempuan: ['Desfitri', 'Elfira', 'Yusnita', 'Nurhasanah', 'Rosmaini', 'Yelvi', 'Desmawati', 'Fitriani', 'Ernita',
      'Hasnah', 'Yulianti', 'Deswita'],
    belakangL: ['Chaniago', 'Tanjung', 'Piliang', 'Koto', 'Sikumbang', 'Putra', 'Syafei', 'Malik', 'Idris', 'Jamil'],
    belakangP: ['Yanti', 'Wati', 'Fitri', 'Rahmi', 'Zahara', 'Yeni', 'Husna'],
  },
  { // Jawa
    bobot: 22, tunggal: 0.2,
    lakiLaki: ['Bambang', 'Eko', 'Budi', 'Agus', 'Joko', 'Slamet', 'Heri', 'Wahyu', 'Dwi', 'Tri', 'Sutrisno', 'Suparman',
      'Sukardi', 'Teguh', 'Hari', 'Prasetyo', 'Ari', 'Rudy', 'Bayu', 'Adi'],
    perempuan: ['Sri', 'Tri', 'Dwi', 'Endang', 'Rina', 'Wahyu', 'Retno', 'Siti', 'Ratna', 'Dyah', 'Sulistyowati',
      'Suryani', 'Puji', 'Ayu', 'Indah'],
    belakangL: ['Suryanto', 'Prasetyo', 'Wibowo', 'Santoso', 'Setiawan', 'Nugroho', 'Purnomo', 'Haryanto', 'Susilo',
      'Widodo', 'Utomo', 'Kuncoro', 'Pamungkas', 'Saputro'],
    belakangP: ['Wahyuni', 'Rahayu', 'Handayani', 'Lestari', 'Puspitasari', 'Wulandari', 'Astuti', 'Purwaningsih',
      'Kurniasih', 'Setyaningsih', 'Utami', 'Mulyani'],
  },
  { // Batak
    bobot: 9, tunggal: 0,
    lakiLaki: ['Parlindungan', 'Marihot', 'Togar', 'Hotman', 'Binsar', 'Sahat', 'Ronald', 'Jhonson', 'Martua', 'Rinaldi',
      'Hasudungan', 'Freddy'],
    perempuan: ['Rosmawati', 'Dewi Sartika', 'Lasma', 'Rotua', 'Nurhayati', 'Tiurma', 'Magdalena', 'Sondang', 'Roslina',
      'Helen'],
    belakangL: ['Harahap', 'Siregar', 'Nasution', 'Lubis', 'Simanjuntak', 'Sitompul', 'Hutapea', 'Rangkuti', 'Pane',
      'Hasibuan', 'Sihombing', 'Pardede', 'Simatupang', 'Daulay'],
    belakangP: [],
  },
  { // Palembang, Lampung and elsewhere in Sumatra
    bobot: 9, tunggal: 0.1,
    lakiLaki: ['Mukhlis', 'Syarifuddin', 'Kemas', 'Hasan', 'Abdullah', 'Firmansyah', 'Arief', 'Rendra', 'Gunawan',
      'Doni', 'Yoga', 'Reza'],
    perempuan: ['Maya', 'Lisa', 'Mega', 'Rini', 'Putri', 'Nabila', 'Annisa', 'Intan', 'Oktavia', 'Vivi', 'Dina'],
    belakangL: ['Syahrial', 'Pratama', 'Wijaya', 'Kusuma', 'Gumay', 'Rasyid', 'Munandar', 'Husin'],
    belakangP: ['Pratiwi', 'Permata', 'Amelia', 'Kartika', 'Maharani', 'Utari'],
  },
];
const KELOMPOK_BOBOT = KELOMPOK.map((k) => [k, k.bobot] as const);

export function drawNama(rng: Rng, jenisKelamin: 'L' | 'P'): string {
  const k = rng.weighted(KELOMPOK_BOBOT);
  const depan = rng.pick(jenisKelamin === 'L' ? k.lakiLaki : k.perempuan);
  const belakangPool = jenisKelamin === 'L' || k.belakangP.length === 0 ? k.belakangL : k.belakangP;
  // One-word names ("Sukardi", "Afrizal") are common in the older generation.
  if (jenisKelamin === 'L' && rng.chance(k.tunggal) && depan.length >= 6 && depan !== 'Muhammad') return depan;
  if (rng.chance(0.12) && k !== KELOMPOK[3]) {
    const tengah = rng.pick(jenisKelamin === 'L' ? k.lakiLaki : k.perempuan);
    if (tengah !== depan) return `${depan} ${tengah} ${rng.pick(belakangPool)}`;
  }
  return `${depan} ${rng.pick(belakangPool)}`;
}

const JALAN = [
  'Jl. Jenderal Sudirman', 'Jl. Ahmad Yani', 'Jl. S. Parman', 'Jl. Letjen Suprapto', 'Jl. MT Haryono', 'Jl. Salak',
  'Jl. Kapuas', 'Jl. Mahoni', 'Jl. Adam Malik', 'Jl. Raden Fatah', 'Jl. Hibrida', 'Jl. Danau', 'Jl. WR Supratman',
  'Jl. Pariwisata', 'Jl. Merapi', 'Jl. Bali', 'Jl. Semangka', 'Jl. Flamboyan', 'Jl. Cendana', 'Jl. Timur Indah',
  'Jl. Zainul Arifin', 'Jl. Kalimantan', 'Jl. Sumatera', 'Jl. Dempo', 'Jl. Padat Karya', 'Jl. Batang Hari', 'Jl. Musi',
  'Jl. Citanduy', 'Jl. Putri Gading Cempaka', 'Jl. Fatmawati', 'Jl. Pangeran Natadirja', 'Jl. Basuki Rahmat',
  'Jl. Mayjen Sutoyo', 'Jl. Bhayangkara', 'Jl. Kinibalu', 'Jl. Nakau', 'Jl. Irian', 'Jl. Halmahera', 'Jl. Sadang',
  'Jl. Indragiri', 'Jl. Sungai Rupat', 'Jl. Jati', 'Jl. Cempaka', 'Jl. Belimbing', 'Jl. Jambu', 'Jl. Rambutan',
  'Jl. Meranti', 'Jl. Kenanga', 'Jl. Soekarno-Hatta', 'Jl. Depati Payung Negara', 'Jl. Kol. Barlian', 'Jl. Sapta Marga',
  'Jl. Pembangunan', 'Jl. Asahan', 'Jl. Budi Utomo', 'Jl. Mangga', 'Jl. Tepi Laut', 'Jl. Veteran', 'Jl. Suka Maju',
];
const PERUMAHAN = ['Perumnas Lingkar Timur', 'Perum Korpri', 'Perum Pesona Sukamerindu', 'Perum Griya Asri', 'Perum Bumi Ayu Permai'];

export function drawAlamat(rng: Rng): string {
  const rt = `RT ${String(rng.int(1, 24)).padStart(3, '0')}`;
  if (rng.chance(0.15)) return `${rng.pick(PERUMAHAN)} Blok ${String.fromCharCode(65 + rng.int(0, 7))} No. ${rng.int(1, 40)}, ${rt}`;
  const gang = rng.chance(0.2) ? ` Gg. ${rng.pick(['Mawar', 'Melati', 'Damai', 'Sepakat', 'Kenari', 'Anggrek', 'Swadaya'])}` : '';
  return `${rng.pick(JALAN)}${gang} No. ${rng.int(1, 120)}, ${rt}`;
}

const OPERATOR = ['0811', '0812', '0813', '0821', '0822', '0852', '0853', '0877', '0878', '0813', '0895', '0896'];

export function drawTelepon(rng: Rng): string {
  let s = rng.pick(OPERATOR);
  const len = rng.chance(0.6) ? 8 : 7;
  for (let i = 0; i < len; i++) s += String(rng.int(0, 9));
  return s;
}
