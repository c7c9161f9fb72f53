/**
 * Names of the dashboard's dimensions and fixed cohorts, in both languages: the screen (renderer i18n,
 * namespace 'report') and the PDF report read the same words. Unit and place names are the dataset's own.
 */
export const COHORT_LABELS = {
  id: {
    dim: {
      gender: 'Jenis kelamin', age: 'Kelompok usia', eselon: 'Eselon', unit: 'Unit kerja', kecamatan: 'Kecamatan',
      kelurahan: 'Kelurahan', wilayah: 'Wilayah terpencil', alasan: 'Alasan permohonan',
    },
    wilayah: { terpencil: 'Kelurahan terpencil', lainnya: 'Kelurahan lainnya' },
    gender: { L: 'Laki-laki', P: 'Perempuan' },
    age: { '<30': '< 30 tahun', '30-39': '30–39 tahun', '40-49': '40–49 tahun', '50+': '50 tahun ke atas' },
    eselon: { nonstruktural: 'Pelaksana / fungsional' },
    alasan: {
      dekat_domisili: 'Dekat domisili', pengembangan_karir: 'Pengembangan karier', kesesuaian_kompetensi: 'Kesesuaian kompetensi',
      alasan_keluarga: 'Alasan keluarga', lainnya: 'Lainnya',
    },
  },
  en: {
    dim: {
      gender: 'Gender', age: 'Age band', eselon: 'Eselon', unit: 'Unit', kecamatan: 'Kecamatan', kelurahan: 'Kelurahan',
      wilayah: 'Remote areas', alasan: 'Stated reason',
    },
    wilayah: { terpencil: 'Remote kelurahan', lainnya: 'Other kelurahan' },
    gender: { L: 'Male', P: 'Female' },
    age: { '<30': 'Under 30', '30-39': '30–39', '40-49': '40–49', '50+': '50 and over' },
    eselon: { nonstruktural: 'Staff / functional' },
    alasan: {
      dekat_domisili: 'Close to home', pengembangan_karir: 'Career development', kesesuaian_kompetensi: 'Competency fit',
      alasan_keluarga: 'Family reasons', lainnya: 'Other',
    },
  },
} as const;
