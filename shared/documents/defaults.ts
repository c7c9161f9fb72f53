import type { DocumentSettings, KopSurat, NaskahSk } from './model';

/** Default letterhead; every instansi edits its own (stored in the dataset). */
export const DEFAULT_KOP: KopSurat = {
  pemerintah: 'PEMERINTAH KOTA BENGKULU',
  instansi: 'BADAN PERTIMBANGAN JABATAN DAN KEPANGKATAN',
  alamat: 'Jalan Let. Jend. S. Parman No. 1, Padang Jati, Kota Bengkulu 38227',
  kontak: 'Telepon (0736) 21521 · Laman bkpsdm.bengkulukota.go.id',
  kota: 'Bengkulu',
  kepalaDaerah: 'WALI KOTA BENGKULU',
  logoBase64: null,
};

/** Considerations of the SK "Pemberhentian dari Jabatan" after a missed Open Karir pledge. */
export const DEFAULT_MENIMBANG_PEMBERHENTIAN: string[] = [
  'bahwa Pegawai Negeri Sipil yang diangkat dalam jabatan atas permohonan Open Karir telah menyatakan bersedia diberhentikan dari jabatan apabila target kinerja yang dinyatakan dalam permohonannya tidak tercapai dalam waktu yang ditetapkan;',
  'bahwa berdasarkan penilaian capaian target kinerja, Badan Pertimbangan Jabatan dan Kepangkatan telah mempertimbangkan dan memutuskan bahwa Pegawai Negeri Sipil yang namanya tercantum dalam Lampiran Keputusan ini diberhentikan dari jabatannya;',
  'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Wali Kota tentang {tentang};',
];

/**
 * Default SK wording for Kota Bengkulu. Mengingat lists only rules in force, with their Lembaran
 * Negara numbers (sources and how sure we are: docs/rules.md, "Dasar hukum SK"). PP 100/2000 and
 * PP 13/2002 are not here: PP 11/2017 revoked them. The Perda number is left for the secretariat.
 */
export const DEFAULT_NASKAH: NaskahSk = {
  menimbang: [
    'bahwa dalam rangka kelancaran pelaksanaan tugas pemerintahan dan pembangunan serta untuk mengisi jabatan di lingkungan Pemerintah Kota Bengkulu, perlu menempatkan Pegawai Negeri Sipil yang memenuhi syarat dalam jabatan;',
    'bahwa Pegawai Negeri Sipil yang namanya tercantum dalam Lampiran Keputusan ini telah dipertimbangkan oleh Badan Pertimbangan Jabatan dan Kepangkatan dan dipandang memenuhi syarat untuk diangkat dalam jabatan;',
    'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Wali Kota tentang {tentang};',
  ],
  mengingat: [
    'Undang-Undang Nomor 9 Tahun 1967 tentang Pembentukan Propinsi Bengkulu (Lembaran Negara Republik Indonesia Tahun 1967 Nomor 19, Tambahan Lembaran Negara Republik Indonesia Nomor 2828);',
    'Undang-Undang Nomor 89 Tahun 2024 tentang Kota Bengkulu di Provinsi Bengkulu (Lembaran Negara Republik Indonesia Tahun 2024 Nomor ...., Tambahan Lembaran Negara Republik Indonesia Nomor ....);',
    'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587) sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang (Lembaran Negara Republik Indonesia Tahun 2023 Nomor 41, Tambahan Lembaran Negara Republik Indonesia Nomor 6856);',
    'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara (Lembaran Negara Republik Indonesia Tahun 2023 Nomor 141, Tambahan Lembaran Negara Republik Indonesia Nomor 6897);',
    'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 63, Tambahan Lembaran Negara Republik Indonesia Nomor 6037) sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020 tentang Perubahan atas Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil (Lembaran Negara Republik Indonesia Tahun 2020 Nomor 68, Tambahan Lembaran Negara Republik Indonesia Nomor 6477);',
    'Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 77, Tambahan Lembaran Negara Republik Indonesia Nomor 6340);',
    'Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil (Lembaran Negara Republik Indonesia Tahun 2021 Nomor 202, Tambahan Lembaran Negara Republik Indonesia Nomor 6718);',
    'Peraturan Badan Kepegawaian Negara Nomor 5 Tahun 2019 tentang Tata Cara Pelaksanaan Mutasi (Berita Negara Republik Indonesia Tahun 2019 Nomor 391);',
    'Peraturan Daerah Kota Bengkulu Nomor .... Tahun .... tentang Pembentukan dan Susunan Perangkat Daerah Kota Bengkulu;',
  ],
  tembusan: [
    'Kepala Badan Kepegawaian Negara di Jakarta;',
    'Kepala Kantor Regional VII Badan Kepegawaian Negara di Palembang;',
    'Gubernur Bengkulu di Bengkulu;',
    'Inspektur Kota Bengkulu;',
    'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Bengkulu;',
    'Yang bersangkutan.',
  ],
  namaPenandatangan: '',
  menimbangPemberhentian: DEFAULT_MENIMBANG_PEMBERHENTIAN,
};

export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = { kop: DEFAULT_KOP, naskah: DEFAULT_NASKAH };

/** Diktum labels of a Keputusan: KESATU, KEDUA, … */
export const DIKTUM = [
  'KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA', 'KEENAM', 'KETUJUH', 'KEDELAPAN', 'KESEMBILAN', 'KESEPULUH',
] as const;

export function hurufUrut(i: number): string {
  return String.fromCharCode(97 + (i % 26));
}
