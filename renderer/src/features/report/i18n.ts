import { COHORT_LABELS } from '../../../../shared/report/labels';

/** Strings of the equity dashboard, namespace 'report'; cohort names come from shared/report/labels (the PDF uses them too). */
export const reportStrings = {
  id: {
    ...COHORT_LABELS.id,
    title: 'Laporan kesetaraan dan kinerja',
    hint: 'Permohonan dan hasilnya per kelompok. Angka 1–{{n}} ditampilkan "< {{m}}", dan rasio atau median yang bertumpu pada kurang dari {{m}} keputusan disembunyikan.',
    remote: { none: 'Dataset tidak menandai kelurahan terpencil.', list: 'Kelurahan terpencil menurut dataset: {{list}}.', mark: 'terpencil' },
    filter: { dari: 'Permohonan dari', sampai: 'sampai', sidang: 'Sidang', semua: 'Semua sidang', reset: 'Hapus filter' },
    overall: {
      permohonan: 'Permohonan', diputuskan: 'Diputuskan', direkomendasikan: 'Direkomendasikan', rasio: 'Rasio rekomendasi',
      median: 'Median hari sampai keputusan', target: 'Target: tercapai / tidak / lewat tenggat / berjalan',
    },
    col: {
      kelompok: 'Kelompok', permohonan: 'Permohonan', diputuskan: 'Diputuskan', direkomendasikan: 'Direkomendasikan',
      rasio: 'Rasio', selisih: 'Selisih (poin)', median: 'Median hari', tercapai: 'Tercapai', tidakTercapai: 'Tidak tercapai',
      terlambat: 'Lewat tenggat', berjalan: 'Berjalan',
    },
    chart: { rate: 'Rasio rekomendasi (%)', overall: 'Keseluruhan {{v}}%', none: 'Tidak ada kelompok dengan sedikitnya {{m}} keputusan: rasio disembunyikan.' },
    loading: 'Menghitung…',
    pdf: { save: 'Simpan PDF', saved: 'Laporan tersimpan: {{path}}' },
  },
  en: {
    ...COHORT_LABELS.en,
    title: 'Equity and performance report',
    hint: 'Requests and their outcomes per group. Counts of 1–{{n}} are shown as "< {{m}}", and a rate or median resting on fewer than {{m}} decisions is hidden.',
    remote: { none: 'The dataset marks no kelurahan as remote.', list: 'Remote kelurahan as the dataset names them: {{list}}.', mark: 'remote' },
    filter: { dari: 'Requests from', sampai: 'to', sidang: 'Session', semua: 'All sessions', reset: 'Clear filters' },
    overall: {
      permohonan: 'Requests', diputuskan: 'Decided', direkomendasikan: 'Recommended', rasio: 'Recommendation rate',
      median: 'Median days to decision', target: 'Targets: met / missed / overdue / running',
    },
    col: {
      kelompok: 'Group', permohonan: 'Requests', diputuskan: 'Decided', direkomendasikan: 'Recommended', rasio: 'Rate',
      selisih: 'Difference (pp)', median: 'Median days', tercapai: 'Met', tidakTercapai: 'Missed', terlambat: 'Overdue',
      berjalan: 'Running',
    },
    chart: { rate: 'Recommendation rate (%)', overall: 'Overall {{v}}%', none: 'No group has at least {{m}} decisions: rates hidden.' },
    loading: 'Calculating…',
    pdf: { save: 'Save PDF', saved: 'Report saved: {{path}}' },
  },
} as const;
