/**
 * Organisation of the Pemerintah Kota Bengkulu as the demo models it: 31 perangkat daerah plus the
 * 9 kecamatan (whose kelurahan posts are generated from geography.ts). Names follow the city's
 * nomenclature loosely; the structure is representative, not an official SOTK.
 */
export type Rumpun =
  | 'pemerintahan' | 'keuangan' | 'pendidikan' | 'kesehatan' | 'teknik' | 'hukum' | 'informatika' | 'pertanian'
  | 'sosial' | 'umum';

/** Field of the performance targets requested for a post in this unit (see request-text.ts). */
export type BidangKinerja =
  | 'pemerintahan' | 'kependudukan' | 'kesehatan' | 'pendidikan' | 'keuangan' | 'infrastruktur' | 'perizinan'
  | 'lingkungan' | 'sosial' | 'kepegawaian' | 'perhubungan' | 'kominfo' | 'ekonomi' | 'ketertiban' | 'umum';

export interface UnitSpec {
  nama: string;
  singkatan: string;
  /** Title of the head of the unit. */
  kepala: string;
  kepalaLevel: 'II.a' | 'II.b' | 'III.a';
  /** Where the office is. */
  kelurahan: string;
  rumpun: Rumpun;
  kinerja: BidangKinerja;
  /** Relative number of staff (teachers and health workers make the big units big). */
  bobotStaf: number;
  /** Title and level of the secretary-level post, if any. */
  sekretaris?: { nama: string; level: 'III.a' | 'III.b' };
  /** Subbagian under the secretary. */
  subbag: string[];
  /** Bidang (III.b, or "Bagian" III.a in Setda/Setwan) with their seksi/subbagian (IV.a). */
  bidang: Array<[string, string[]]>;
}

const SUBBAG = ['Umum dan Kepegawaian', 'Perencanaan dan Keuangan'];
const dinas = (
  nama: string, singkatan: string, kelurahan: string, rumpun: Rumpun, kinerja: BidangKinerja, bobotStaf: number,
  bidang: Array<[string, string[]]>, kepala = `Kepala ${nama}`,
): UnitSpec => ({
  nama, singkatan, kepala, kepalaLevel: 'II.b', kelurahan, rumpun, kinerja, bobotStaf,
  sekretaris: { nama: `Sekretaris ${nama}`, level: 'III.a' }, subbag: SUBBAG, bidang,
});

export const OPD_SPECS: readonly UnitSpec[] = [
  {
    nama: 'Sekretariat Daerah', singkatan: 'Setda', kepala: 'Sekretaris Daerah', kepalaLevel: 'II.a',
    kelurahan: 'Padang Jati', rumpun: 'pemerintahan', kinerja: 'pemerintahan', bobotStaf: 3.0, subbag: [],
    bidang: [
      ['Tata Pemerintahan', ['Pemerintahan Umum', 'Otonomi Daerah dan Kerja Sama']],
      ['Hukum', ['Perundang-undangan', 'Bantuan Hukum']],
      ['Kesejahteraan Rakyat', ['Bina Mental Spiritual', 'Kesejahteraan Masyarakat']],
      ['Perekonomian', ['Pembinaan BUMD', 'Perekonomian Daerah']],
      ['Administrasi Pembangunan', ['Pengendalian Pembangunan', 'Evaluasi dan Pelaporan']],
      ['Pengadaan Barang dan Jasa', ['Pengelolaan Pengadaan', 'Layanan Pengadaan Secara Elektronik']],
      ['Umum', ['Tata Usaha Pimpinan', 'Rumah Tangga']],
      ['Organisasi', ['Kelembagaan dan Analisis Jabatan', 'Reformasi Birokrasi']],
      ['Protokol dan Komunikasi Pimpinan', ['Protokol', 'Dokumentasi Pimpinan']],
    ],
  },
  {
    nama: 'Sekretariat DPRD', singkatan: 'Setwan', kepala: 'Sekretaris DPRD', kepalaLevel: 'II.b',
    kelurahan: 'Sawah Lebar', rumpun: 'hukum', kinerja: 'umum', bobotStaf: 1.2, subbag: [],
    bidang: [
      ['Umum dan Keuangan', ['Tata Usaha dan Kepegawaian', 'Keuangan']],
      ['Persidangan dan Perundang-undangan', ['Persidangan', 'Perundang-undangan']],
      ['Fasilitasi Penganggaran dan Pengawasan', ['Penganggaran', 'Pengawasan']],
    ],
  },
  {
    nama: 'Inspektorat', singkatan: 'Inspektorat', kepala: 'Inspektur', kepalaLevel: 'II.b', kelurahan: 'Padang Jati',
    rumpun: 'keuangan', kinerja: 'keuangan', bobotStaf: 1.0, sekretaris: { nama: 'Sekretaris Inspektorat', level: 'III.a' },
    subbag: ['Perencanaan', 'Evaluasi dan Pelaporan'],
    bidang: [['Wilayah I', []], ['Wilayah II', []], ['Wilayah III', []], ['Wilayah IV', []]],
  },
  dinas('Badan Perencanaan Pembangunan Daerah', 'Bappeda', 'Padang Jati', 'pemerintahan', 'pemerintahan', 1.0, [
    ['Perencanaan, Pengendalian dan Evaluasi', ['Program dan Pendanaan', 'Pengendalian dan Evaluasi']],
    ['Perekonomian dan Sumber Daya Alam', ['Perekonomian', 'Sumber Daya Alam']],
    ['Pemerintahan dan Pembangunan Manusia', ['Pemerintahan', 'Pembangunan Manusia']],
    ['Infrastruktur dan Kewilayahan', ['Infrastruktur', 'Kewilayahan']],
  ]),
  dinas('Badan Pengelolaan Keuangan dan Aset Daerah', 'BPKAD', 'Padang Jati', 'keuangan', 'keuangan', 1.4, [
    ['Anggaran', ['Penyusunan Anggaran', 'Pengendalian Anggaran']],
    ['Perbendaharaan', ['Belanja', 'Kas Daerah']],
    ['Akuntansi', ['Akuntansi dan Pelaporan', 'Verifikasi']],
    ['Aset', ['Penatausahaan Aset', 'Pemanfaatan Aset']],
  ]),
  dinas('Badan Pendapatan Daerah', 'Bapenda', 'Kebun Tebeng', 'keuangan', 'keuangan', 1.2, [
    ['Pendataan dan Penetapan', ['Pendataan', 'Penetapan']],
    ['Penagihan dan Keberatan', ['Penagihan', 'Keberatan']],
    ['PBB dan BPHTB', ['Pajak Bumi dan Bangunan', 'BPHTB']],
  ]),
  dinas('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BKPSDM', 'Padang Jati', 'pemerintahan', 'kepegawaian', 1.0, [
    ['Pengadaan, Pemberhentian dan Informasi', ['Pengadaan dan Pemberhentian', 'Data dan Informasi Kepegawaian']],
    ['Mutasi dan Promosi', ['Mutasi', 'Promosi dan Kepangkatan']],
    ['Pengembangan Kompetensi Aparatur', ['Pendidikan dan Pelatihan', 'Penilaian Kompetensi']],
    ['Penilaian Kinerja Aparatur dan Penghargaan', ['Penilaian Kinerja', 'Disiplin dan Penghargaan']],
  ]),
  dinas('Badan Kesatuan Bangsa dan Politik', 'Kesbangpol', 'Penurunan', 'pemerintahan', 'pemerintahan', 0.6, [
    ['Ideologi dan Wawasan Kebangsaan', ['Ideologi', 'Wawasan Kebangsaan']],
    ['Politik Dalam Negeri dan Organisasi Kemasyarakatan', ['Politik Dalam Negeri', 'Organisasi Kemasyarakatan']],
    ['Kewaspadaan Nasional', ['Kewaspadaan Dini', 'Penanganan Konflik']],
  ]),
  dinas('Badan Penanggulangan Bencana Daerah', 'BPBD', 'Lingkar Barat', 'teknik', 'ketertiban', 0.8, [
    ['Pencegahan dan Kesiapsiagaan', ['Pencegahan', 'Kesiapsiagaan']],
    ['Kedaruratan dan Logistik', ['Kedaruratan', 'Logistik']],
    ['Rehabilitasi dan Rekonstruksi', ['Rehabilitasi', 'Rekonstruksi']],
  ], 'Kepala Pelaksana Badan Penanggulangan Bencana Daerah'),
  dinas('Dinas Pendidikan dan Kebudayaan', 'Dikbud', 'Nusa Indah', 'pendidikan', 'pendidikan', 40, [
    ['Pembinaan PAUD dan Pendidikan Nonformal', ['Kurikulum PAUD', 'Kelembagaan PAUD dan Pendidikan Nonformal']],
    ['Pembinaan Sekolah Dasar', ['Kurikulum dan Penilaian SD', 'Peserta Didik dan Sarana Prasarana SD']],
    ['Pembinaan Sekolah Menengah Pertama', ['Kurikulum dan Penilaian SMP', 'Peserta Didik dan Sarana Prasarana SMP']],
    ['Guru dan Tenaga Kependidikan', ['Pendidik', 'Tenaga Kependidikan']],
    ['Kebudayaan', ['Cagar Budaya dan Permuseuman', 'Kesenian dan Tradisi']],
  ]),
  dinas('Dinas Kesehatan', 'Dinkes', 'Padang Harapan', 'kesehatan', 'kesehatan', 13, [
    ['Kesehatan Masyarakat', ['Kesehatan Keluarga dan Gizi', 'Promosi Kesehatan']],
    ['Pencegahan dan Pengendalian Penyakit', ['Surveilans dan Imunisasi', 'Pengendalian Penyakit Menular']],
    ['Pelayanan Kesehatan', ['Pelayanan Kesehatan Primer', 'Pelayanan Kesehatan Rujukan']],
    ['Sumber Daya Kesehatan', ['Kefarmasian dan Alat Kesehatan', 'Sumber Daya Manusia Kesehatan']],
  ]),
  dinas('Dinas Pekerjaan Umum dan Penataan Ruang', 'PUPR', 'Lingkar Timur', 'teknik', 'infrastruktur', 2.0, [
    ['Bina Marga', ['Pembangunan Jalan dan Jembatan', 'Pemeliharaan Jalan dan Jembatan']],
    ['Sumber Daya Air', ['Irigasi dan Drainase', 'Pengendalian Banjir']],
    ['Cipta Karya', ['Bangunan Gedung', 'Air Minum dan Sanitasi']],
    ['Penataan Ruang', ['Perencanaan Tata Ruang', 'Pengendalian Pemanfaatan Ruang']],
  ]),
  dinas('Dinas Perumahan dan Kawasan Permukiman', 'Perkim', 'Jalan Gedang', 'teknik', 'infrastruktur', 1.0, [
    ['Perumahan', ['Perumahan Formal', 'Rumah Tidak Layak Huni']],
    ['Kawasan Permukiman', ['Penataan Kawasan Kumuh', 'Prasarana, Sarana dan Utilitas']],
    ['Pertamanan dan Pemakaman', ['Pertamanan', 'Pemakaman']],
  ]),
  dinas('Satuan Polisi Pamong Praja', 'Satpol PP', 'Kebun Geran', 'hukum', 'ketertiban', 2.2, [
    ['Penegakan Peraturan Daerah', ['Pembinaan dan Pengawasan', 'Penyelidikan dan Penyidikan']],
    ['Ketertiban Umum dan Ketenteraman Masyarakat', ['Operasi dan Pengendalian', 'Kerja Sama']],
    ['Perlindungan Masyarakat', ['Satuan Perlindungan Masyarakat', 'Bina Potensi Masyarakat']],
  ], 'Kepala Satuan Polisi Pamong Praja'),
  dinas('Dinas Pemadam Kebakaran dan Penyelamatan', 'Damkar', 'Kebun Kenanga', 'teknik', 'ketertiban', 1.2, [
    ['Pencegahan dan Pemberdayaan Masyarakat', ['Pencegahan', 'Pemberdayaan Masyarakat']],
    ['Operasi dan Penyelamatan', ['Operasi Pemadaman', 'Penyelamatan']],
  ]),
  dinas('Dinas Sosial', 'Dinsos', 'Sawah Lebar Baru', 'sosial', 'sosial', 1.0, [
    ['Rehabilitasi Sosial', ['Rehabilitasi Penyandang Disabilitas', 'Rehabilitasi Tuna Sosial']],
    ['Perlindungan dan Jaminan Sosial', ['Perlindungan Sosial Korban Bencana', 'Jaminan Sosial Keluarga']],
    ['Pemberdayaan Sosial dan Penanganan Fakir Miskin', ['Pemberdayaan Sosial', 'Penanganan Fakir Miskin']],
  ]),
  dinas('Dinas Tenaga Kerja', 'Disnaker', 'Kebun Beler', 'umum', 'ekonomi', 0.7, [
    ['Penempatan dan Perluasan Kerja', ['Penempatan Tenaga Kerja', 'Perluasan Kesempatan Kerja']],
    ['Pelatihan dan Produktivitas', ['Pelatihan', 'Produktivitas']],
    ['Hubungan Industrial', ['Hubungan Industrial', 'Pengupahan dan Jaminan Sosial']],
  ]),
  dinas('Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana', 'DP3AP2KB',
    'Kebun Tebeng', 'sosial', 'sosial', 1.0, [
      ['Pemberdayaan Perempuan', ['Kualitas Hidup Perempuan', 'Pengarusutamaan Gender']],
      ['Perlindungan Anak', ['Pemenuhan Hak Anak', 'Perlindungan Khusus Anak']],
      ['Pengendalian Penduduk dan Keluarga Berencana', ['Pengendalian Penduduk', 'Keluarga Berencana']],
    ]),
  dinas('Dinas Ketahanan Pangan', 'DKP', 'Sidomulyo', 'pertanian', 'ekonomi', 0.6, [
    ['Ketersediaan dan Distribusi Pangan', ['Ketersediaan Pangan', 'Distribusi Pangan']],
    ['Konsumsi dan Keamanan Pangan', ['Konsumsi Pangan', 'Keamanan Pangan']],
  ]),
  dinas('Dinas Lingkungan Hidup', 'DLH', 'Panorama', 'teknik', 'lingkungan', 2.0, [
    ['Tata Lingkungan', ['Perencanaan Lingkungan', 'Kajian Dampak Lingkungan']],
    ['Pengelolaan Sampah', ['Penanganan Sampah', 'Pengurangan Sampah']],
    ['Pengendalian Pencemaran', ['Pemantauan Lingkungan', 'Penegakan Hukum Lingkungan']],
  ]),
  dinas('Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil', 'Tanah Patah', 'pemerintahan', 'kependudukan', 1.2, [
    ['Pelayanan Pendaftaran Penduduk', ['Identitas Penduduk', 'Pindah Datang Penduduk']],
    ['Pelayanan Pencatatan Sipil', ['Kelahiran dan Kematian', 'Perkawinan dan Perceraian']],
    ['Pengelolaan Informasi Administrasi Kependudukan', ['Sistem Informasi', 'Pengolahan dan Penyajian Data']],
    ['Pemanfaatan Data dan Inovasi Pelayanan', ['Kerja Sama Pemanfaatan Data', 'Inovasi Pelayanan']],
  ]),
  dinas('Dinas Perhubungan', 'Dishub', 'Sawah Lebar', 'teknik', 'perhubungan', 1.6, [
    ['Lalu Lintas', ['Manajemen Lalu Lintas', 'Perlengkapan Jalan']],
    ['Angkutan', ['Angkutan Orang', 'Angkutan Barang']],
    ['Perparkiran', ['Pengelolaan Parkir', 'Pengawasan Parkir']],
  ]),
  dinas('Dinas Komunikasi dan Informatika', 'Diskominfo', 'Padang Jati', 'informatika', 'kominfo', 0.8, [
    ['Informasi dan Komunikasi Publik', ['Pengelolaan Informasi Publik', 'Kehumasan']],
    ['Aplikasi Informatika', ['Pengembangan Aplikasi', 'Infrastruktur TIK']],
    ['Statistik dan Persandian', ['Statistik Sektoral', 'Persandian dan Keamanan Informasi']],
  ]),
  dinas('Dinas Koperasi dan Usaha Kecil Menengah', 'Diskop UKM', 'Kebun Beler', 'umum', 'ekonomi', 0.6, [
    ['Koperasi', ['Kelembagaan Koperasi', 'Pengawasan Koperasi']],
    ['Usaha Mikro', ['Pemberdayaan Usaha Mikro', 'Pengembangan Usaha Mikro']],
  ]),
  dinas('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP', 'Padang Jati', 'hukum', 'perizinan', 0.8, [
    ['Penanaman Modal', ['Promosi Penanaman Modal', 'Pengendalian Penanaman Modal']],
    ['Pelayanan Perizinan', ['Perizinan Berusaha', 'Perizinan Non-Berusaha']],
    ['Pengaduan dan Informasi', ['Pengaduan', 'Data dan Sistem Informasi']],
  ]),
  dinas('Dinas Kepemudaan dan Olahraga', 'Dispora', 'Lempuing', 'pendidikan', 'umum', 0.6, [
    ['Kepemudaan', ['Pemberdayaan Pemuda', 'Kewirausahaan Pemuda']],
    ['Olahraga', ['Pembudayaan Olahraga', 'Prestasi Olahraga']],
  ]),
  dinas('Dinas Perpustakaan dan Kearsipan', 'DPK', 'Anggut Atas', 'umum', 'umum', 0.6, [
    ['Perpustakaan', ['Layanan Perpustakaan', 'Pembudayaan Gemar Membaca']],
    ['Kearsipan', ['Pengelolaan Arsip', 'Pembinaan Kearsipan']],
  ]),
  dinas('Dinas Pariwisata', 'Dispar', 'Malabero', 'umum', 'ekonomi', 0.6, [
    ['Destinasi Pariwisata', ['Pengembangan Destinasi', 'Daya Tarik Wisata']],
    ['Pemasaran Pariwisata dan Ekonomi Kreatif', ['Promosi Pariwisata', 'Ekonomi Kreatif']],
  ]),
  dinas('Dinas Perdagangan', 'Disdag', 'Pasar Baru', 'umum', 'ekonomi', 1.0, [
    ['Perdagangan', ['Perdagangan Dalam Negeri', 'Metrologi Legal']],
    ['Pengelolaan Pasar', ['Pengelolaan Pasar', 'Pendapatan Pasar']],
    ['Perindustrian', ['Industri Kecil Menengah', 'Sarana Industri']],
  ]),
  dinas('Dinas Pertanian dan Perikanan', 'Distankan', 'Sukarami', 'pertanian', 'ekonomi', 1.0, [
    ['Tanaman Pangan dan Hortikultura', ['Tanaman Pangan', 'Hortikultura']],
    ['Peternakan dan Kesehatan Hewan', ['Peternakan', 'Kesehatan Hewan dan Kesehatan Masyarakat Veteriner']],
    ['Perikanan', ['Perikanan Tangkap', 'Perikanan Budidaya']],
  ]),
  {
    nama: 'Rumah Sakit Umum Daerah Harapan dan Doa', singkatan: 'RSHD', kepala: 'Direktur RSUD Harapan dan Doa',
    kepalaLevel: 'III.a', kelurahan: 'Sumur Dewa', rumpun: 'kesehatan', kinerja: 'kesehatan', bobotStaf: 6,
    sekretaris: { nama: 'Kepala Bagian Tata Usaha RSUD Harapan dan Doa', level: 'III.b' }, subbag: SUBBAG,
    bidang: [['Pelayanan Medik', ['Pelayanan Medik', 'Penunjang Medik']], ['Keperawatan', ['Asuhan Keperawatan', 'Mutu Keperawatan']]],
  },
];

/** Per kecamatan office: Camat III.a, Sekcam III.b, 4 Kasi IV.a, 2 Kasubbag IV.b. */
export const KECAMATAN_SEKSI = [
  'Pemerintahan', 'Ketenteraman dan Ketertiban Umum', 'Pemberdayaan Masyarakat dan Kelurahan', 'Kesejahteraan Sosial',
];
export const KECAMATAN_SUBBAG = ['Umum dan Kepegawaian', 'Perencanaan dan Keuangan'];
export const KECAMATAN_BOBOT_STAF = 1.6;
