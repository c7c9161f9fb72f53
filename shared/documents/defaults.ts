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

/**
 * Default SK wording. The legal bases are the ones the domain reference names; the secretariat keeps
 * the list current in the settings (the Perda number is left for them to fill in).
 */
export const DEFAULT_NASKAH: NaskahSk = {
  menimbang: [
    'bahwa dalam rangka kelancaran pelaksanaan tugas pemerintahan dan pembangunan serta untuk mengisi jabatan di lingkungan Pemerintah Kota Bengkulu, perlu mengangkat Pegawai Negeri Sipil dalam jabatan;',
    'bahwa Pegawai Negeri Sipil yang namanya tercantum dalam Lampiran Keputusan ini telah dipertimbangkan oleh Badan Pertimbangan Jabatan dan Kepangkatan dan dipandang memenuhi syarat untuk diangkat dalam jabatan;',
    'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Wali Kota tentang Pengangkatan dalam Jabatan;',
  ],
  mengingat: [
    'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;',
    'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang;',
    'Peraturan Pemerintah Nomor 100 Tahun 2000 tentang Pengangkatan Pegawai Negeri Sipil dalam Jabatan Struktural sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 13 Tahun 2002;',
    'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;',
    'Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;',
    'Peraturan Daerah Kota Bengkulu Nomor ... Tahun ... tentang Pembentukan dan Susunan Perangkat Daerah Kota Bengkulu;',
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
};

export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = { kop: DEFAULT_KOP, naskah: DEFAULT_NASKAH };

/** Diktum labels of a Keputusan: KESATU, KEDUA, … */
export const DIKTUM = [
  'KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA', 'KEENAM', 'KETUJUH', 'KEDELAPAN', 'KESEMBILAN', 'KESEPULUH',
] as const;

export function hurufUrut(i: number): string {
  return String.fromCharCode(97 + (i % 26));
}
