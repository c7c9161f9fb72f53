import type { KATEGORI_ALASAN } from '../../shared/domain/permohonan';
import type { BidangKinerja } from './org-data';
import type { Rng } from './rng';

/** Indonesian wording of Open Karir requests: reasons and performance indicators. */

export type Kategori = (typeof KATEGORI_ALASAN)[number];

/** [indikator, satuan, lowest target, highest target] — every indicator is "higher is better". */
export type Indikator = readonly [string, string, number, number];

export const INDIKATOR: Record<BidangKinerja, readonly Indikator[]> = {
  pemerintahan: [
    ['Persentase layanan administrasi kelurahan yang selesai dalam 1 hari kerja', '%', 90, 100],
    ['Persentase RT yang data kependudukannya dimutakhirkan', '%', 80, 100],
    ['Jumlah musyawarah perencanaan pembangunan kelurahan yang difasilitasi', 'kegiatan', 2, 6],
    ['Persentase pengaduan masyarakat yang ditindaklanjuti paling lama 5 hari kerja', '%', 85, 100],
    ['Jumlah laporan penyelenggaraan pemerintahan yang disampaikan tepat waktu', 'dokumen', 4, 12],
    ['Persentase realisasi Pajak Bumi dan Bangunan di wilayah kerja', '%', 75, 95],
    ['Jumlah kegiatan gotong royong kebersihan lingkungan yang dilaksanakan', 'kegiatan', 6, 24],
  ],
  kependudukan: [
    ['Persentase penyelesaian layanan administrasi kependudukan tepat waktu', '%', 90, 100],
    ['Persentase kepemilikan KTP-el penduduk wajib KTP', '%', 95, 100],
    ['Persentase kepemilikan akta kelahiran anak usia 0–18 tahun', '%', 90, 100],
    ['Jumlah layanan jemput bola perekaman KTP-el', 'kegiatan', 6, 24],
    ['Persentase aktivasi Identitas Kependudukan Digital', '%', 30, 60],
  ],
  kesehatan: [
    ['Cakupan imunisasi dasar lengkap', '%', 90, 98],
    ['Persentase balita stunting yang mendapat intervensi gizi', '%', 85, 100],
    ['Persentase ibu hamil yang mendapat pelayanan antenatal sesuai standar', '%', 90, 100],
    ['Jumlah posyandu yang dibina', 'kegiatan', 12, 48],
    ['Persentase fasilitas kesehatan yang melaporkan data penyakit tepat waktu', '%', 85, 100],
  ],
  pendidikan: [
    ['Persentase sekolah yang menyusun rapor pendidikan tepat waktu', '%', 90, 100],
    ['Angka partisipasi murni SD dan SMP', '%', 95, 100],
    ['Jumlah guru yang mengikuti pelatihan implementasi Kurikulum Merdeka', 'orang', 50, 300],
    ['Persentase sekolah dengan sarana dan prasarana kategori baik', '%', 70, 90],
    ['Jumlah kegiatan pembinaan kesenian dan cagar budaya', 'kegiatan', 4, 12],
  ],
  keuangan: [
    ['Persentase SP2D yang terbit paling lama 2 hari kerja sejak SPM diterima', '%', 95, 100],
    ['Jumlah laporan keuangan perangkat daerah yang diverifikasi tepat waktu', 'dokumen', 12, 40],
    ['Persentase realisasi pendapatan asli daerah terhadap target', '%', 90, 105],
    ['Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti', '%', 80, 100],
    ['Persentase aset tetap yang telah bersertifikat', '%', 60, 85],
  ],
  infrastruktur: [
    ['Persentase panjang jalan kota dalam kondisi mantap', '%', 70, 90],
    ['Panjang saluran drainase yang dinormalisasi', 'km', 5, 20],
    ['Persentase paket pekerjaan fisik yang selesai tepat waktu', '%', 90, 100],
    ['Jumlah dokumen perencanaan teknis yang diselesaikan', 'dokumen', 4, 12],
  ],
  perizinan: [
    ['Persentase izin yang terbit sesuai standar pelayanan', '%', 95, 100],
    ['Nilai indeks kepuasan masyarakat atas layanan perizinan', 'nilai', 80, 90],
    ['Jumlah kegiatan promosi penanaman modal', 'kegiatan', 2, 6],
    ['Persentase pengaduan perizinan yang diselesaikan', '%', 90, 100],
  ],
  lingkungan: [
    ['Persentase sampah rumah tangga yang tertangani', '%', 75, 95],
    ['Jumlah bank sampah aktif yang dibina', 'unit', 10, 40],
    ['Jumlah usaha yang diawasi ketaatan dokumen lingkungannya', 'kegiatan', 20, 60],
    ['Persentase pengaduan pencemaran lingkungan yang ditindaklanjuti', '%', 90, 100],
  ],
  sosial: [
    ['Persentase data penerima bantuan sosial yang diverifikasi dan divalidasi', '%', 90, 100],
    ['Jumlah penyandang masalah kesejahteraan sosial yang direhabilitasi', 'orang', 50, 200],
    ['Persentase kasus kekerasan terhadap perempuan dan anak yang ditangani', '%', 95, 100],
    ['Jumlah kegiatan pemberdayaan keluarga miskin', 'kegiatan', 4, 12],
  ],
  kepegawaian: [
    ['Persentase usulan kenaikan pangkat yang diproses tepat waktu', '%', 95, 100],
    ['Persentase ASN yang menyelesaikan SKP tepat waktu', '%', 90, 100],
    ['Persentase ASN yang memperoleh pengembangan kompetensi minimal 20 JP', '%', 60, 90],
    ['Jumlah dokumen analisis jabatan yang dimutakhirkan', 'dokumen', 10, 40],
  ],
  perhubungan: [
    ['Persentase titik rawan kemacetan yang ditangani', '%', 60, 90],
    ['Persentase realisasi retribusi parkir terhadap target', '%', 85, 105],
    ['Jumlah rambu dan marka jalan yang dipasang', 'unit', 20, 100],
  ],
  kominfo: [
    ['Persentase perangkat daerah yang terhubung jaringan intra pemerintah', '%', 80, 100],
    ['Jumlah aplikasi layanan publik yang terintegrasi', 'aplikasi', 3, 10],
    ['Persentase permohonan informasi publik yang dijawab tepat waktu', '%', 90, 100],
    ['Jumlah dataset sektoral yang dipublikasikan di portal Satu Data', 'dokumen', 20, 80],
  ],
  ekonomi: [
    ['Jumlah pelaku usaha mikro yang difasilitasi', 'orang', 50, 200],
    ['Persentase pasar rakyat dalam kondisi baik', '%', 60, 90],
    ['Jumlah kegiatan promosi produk lokal dan pariwisata', 'kegiatan', 4, 12],
    ['Persentase ketersediaan pangan pokok terhadap kebutuhan', '%', 95, 100],
  ],
  ketertiban: [
    ['Persentase pelanggaran peraturan daerah yang ditindak', '%', 80, 100],
    ['Persentase kejadian kebakaran yang ditangani dalam waktu tanggap 15 menit', '%', 80, 100],
    ['Jumlah kegiatan sosialisasi peraturan daerah dan kesiapsiagaan bencana', 'kegiatan', 6, 24],
    ['Jumlah kelurahan tangguh bencana yang dibentuk', 'kelurahan', 3, 10],
  ],
  umum: [
    ['Persentase surat masuk yang didisposisikan pada hari yang sama', '%', 90, 100],
    ['Jumlah dokumen perencanaan dan laporan kinerja yang disusun tepat waktu', 'dokumen', 4, 8],
    ['Persentase kegiatan yang terlaksana sesuai jadwal', '%', 85, 100],
    ['Jumlah rapat koordinasi yang difasilitasi', 'kegiatan', 12, 48],
  ],
};

export const CATATAN_BUKTI = [
  'Laporan capaian kinerja triwulan IV', 'Laporan kinerja instansi pemerintah (LKjIP)', 'Rekapitulasi aplikasi SIAK',
  'Berita acara verifikasi Inspektorat', 'Dokumen evaluasi SKP oleh atasan langsung', 'Laporan bulanan kegiatan',
  'Notulen rapat evaluasi dan daftar hadir', 'Rekap data dari sistem informasi perangkat daerah',
];

export interface AlasanVars {
  kel: string;
  kec: string;
  km: string;
  kmSekarang: string;
  target: string;
  jabatan: string;
  tahun: number;
  skp: string;
  diklat: string;
  pendidikan: string;
  jurusan: string;
  unit: string;
}

const TEMPLATES: Record<Kategori, ReadonlyArray<(v: AlasanVars) => string>> = {
  dekat_domisili: [
    (v) => `Saya berdomisili di Kelurahan ${v.kel}, Kecamatan ${v.kec}, sekitar ${v.km} km dari kantor ${v.target}. `
      + 'Bertugas dekat tempat tinggal membuat saya lebih cepat merespons kebutuhan warga dan lebih memahami kondisi wilayah.',
    (v) => `Jarak rumah saya di ${v.kel} ke tempat tugas sekarang sekitar ${v.kmSekarang} km. Penempatan sebagai ${v.target} `
      + `yang hanya berjarak ${v.km} km akan meningkatkan kehadiran dan efektivitas kerja saya.`,
    (v) => `Sebagai warga Kelurahan ${v.kel} sejak lama, saya mengenal tokoh masyarakat dan permasalahan di wilayah ini. `
      + `Saya siap mengabdi sebagai ${v.target} dengan target kinerja yang saya lampirkan.`,
  ],
  pengembangan_karir: [
    (v) => `Saya telah ${v.tahun} tahun menjabat sebagai ${v.jabatan} dengan predikat kinerja ${v.skp}. `
      + `Saya ingin mengembangkan karier pada jenjang yang lebih tinggi sebagai ${v.target}.`,
    (v) => `Pengalaman saya sebagai ${v.jabatan}${v.diklat ? ` serta ${v.diklat} yang telah saya ikuti` : ''} menjadi bekal `
      + `untuk memimpin sebagai ${v.target}. Saya siap dievaluasi apabila target tidak tercapai.`,
    (v) => `Saya ingin berkontribusi lebih besar bagi Pemerintah Kota Bengkulu melalui jabatan ${v.target} dan bersedia `
      + 'mengundurkan diri apabila target kinerja tidak tercapai.',
  ],
  kesesuaian_kompetensi: [
    (v) => `Latar belakang pendidikan saya ${v.pendidikan} ${v.jurusan} sesuai dengan tugas dan fungsi ${v.target}.`,
    (v) => `Kompetensi teknis yang saya peroleh selama bertugas di ${v.unit} relevan dengan kebutuhan ${v.target}, `
      + 'sehingga saya dapat langsung bekerja tanpa masa adaptasi yang panjang.',
  ],
  alasan_keluarga: [
    (v) => `Orang tua saya yang sudah lanjut usia tinggal di Kelurahan ${v.kel} dan membutuhkan pendampingan. `
      + `Penempatan sebagai ${v.target} memungkinkan saya tetap berkinerja baik sambil merawat keluarga.`,
    (v) => `Anak-anak saya bersekolah di sekitar Kecamatan ${v.kec}; bertugas sebagai ${v.target} akan membuat saya lebih `
      + 'fokus bekerja dan mengurangi waktu perjalanan.',
  ],
  lainnya: [
    () => 'Saya ingin mendapatkan suasana kerja dan tantangan baru untuk meningkatkan kinerja saya sebagai ASN.',
    (v) => `Saya ingin menerapkan inovasi pelayanan yang pernah saya kembangkan di ${v.unit} pada jabatan ${v.target}.`,
  ],
};

export function alasanText(rng: Rng, kategori: Kategori, v: AlasanVars): string {
  return rng.pick(TEMPLATES[kategori])(v);
}
