/** Strings of the equity dashboard, namespace 'report'. Bahasa Indonesia first. */
export const reportStrings = {
  id: {
    title: 'Laporan kesetaraan dan kinerja',
    hint: 'Permohonan dan hasilnya per kelompok. Angka 1–{{n}} ditampilkan "< {{m}}", dan rasio atau median yang bertumpu pada kurang dari {{m}} keputusan disembunyikan. Dataset tidak menandai kelurahan terpencil.',
    filter: { dari: 'Permohonan dari', sampai: 'sampai', sidang: 'Sidang', semua: 'Semua sidang', reset: 'Hapus filter' },
    overall: {
      permohonan: 'Permohonan', diputuskan: 'Diputuskan', direkomendasikan: 'Direkomendasikan', rasio: 'Rasio rekomendasi',
      median: 'Median hari sampai keputusan', target: 'Target: tercapai / tidak / lewat tenggat / berjalan',
    },
    dim: {
      gender: 'Jenis kelamin', age: 'Kelompok usia', eselon: 'Eselon', unit: 'Unit kerja', kecamatan: 'Kecamatan',
      kelurahan: 'Kelurahan', alasan: 'Alasan permohonan',
    },
    col: {
      kelompok: 'Kelompok', permohonan: 'Permohonan', diputuskan: 'Diputuskan', direkomendasikan: 'Direkomendasikan',
      rasio: 'Rasio', selisih: 'Selisih (poin)', median: 'Median hari', tercapai: 'Tercapai', tidakTercapai: 'Tidak tercapai',
      terlambat: 'Lewat tenggat', berjalan: 'Berjalan',
    },
    chart: { rate: 'Rasio rekomendasi (%)', overall: 'Keseluruhan {{v}}%', none: 'Tidak ada kelompok dengan sedikitnya {{m}} keputusan: rasio disembunyikan.' },
    gender: { L: 'Laki-laki', P: 'Perempuan' },
    age: { '<30': '< 30 tahun', '30-39': '30–39 tahun', '40-49': '40–49 tahun', '50+': '50 tahun ke atas' },
    eselon: { nonstruktural: 'Pelaksana / fungsional' },
    alasan: {
      dekat_domisili: 'Dekat domisili', pengembangan_karir: 'Pengembangan karier', kesesuaian_kompetensi: 'Kesesuaian kompetensi',
      alasan_keluarga: 'Alasan keluarga', lainnya: 'Lainnya',
    },
    loading: 'Menghitung…',
  },
  en: {
    title: 'Equity and performance report',
    hint: 'Requests and their outcomes per group. Counts of 1–{{n}} are shown as "< {{m}}", and a rate or median resting on fewer than {{m}} decisions is hidden. The dataset marks no kelurahan as remote.',
    filter: { dari: 'Requests from', sampai: 'to', sidang: 'Session', semua: 'All sessions', reset: 'Clear filters' },
    overall: {
      permohonan: 'Requests', diputuskan: 'Decided', direkomendasikan: 'Recommended', rasio: 'Recommendation rate',
      median: 'Median days to decision', target: 'Targets: met / missed / overdue / running',
    },
    dim: {
      gender: 'Gender', age: 'Age band', eselon: 'Eselon', unit: 'Unit', kecamatan: 'Kecamatan', kelurahan: 'Kelurahan',
      alasan: 'Stated reason',
    },
    col: {
      kelompok: 'Group', permohonan: 'Requests', diputuskan: 'Decided', direkomendasikan: 'Recommended', rasio: 'Rate',
      selisih: 'Difference (pp)', median: 'Median days', tercapai: 'Met', tidakTercapai: 'Missed', terlambat: 'Overdue',
      berjalan: 'Running',
    },
    chart: { rate: 'Recommendation rate (%)', overall: 'Overall {{v}}%', none: 'No group has at least {{m}} decisions: rates hidden.' },
    gender: { L: 'Male', P: 'Female' },
    age: { '<30': 'Under 30', '30-39': '30–39', '40-49': '40–49', '50+': '50 and over' },
    eselon: { nonstruktural: 'Staff / functional' },
    alasan: {
      dekat_domisili: 'Close to home', pengembangan_karir: 'Career development', kesesuaian_kompetensi: 'Competency fit',
      alasan_keluarga: 'Family reasons', lainnya: 'Other',
    },
    loading: 'Calculating…',
  },
} as const;
