import type { ErrorCatalog } from './types';

/** Procedure per kind of post, election windows and the pledge review (shared/session/procedure.ts and friends). */
export const procedureErrors: ErrorCatalog = {
  PROSEDUR_BUKAN_JPT: {
    id: 'Prosedur pengisian hanya dicatat untuk butir jabatan JPT Pratama (eselon II).',
    en: 'A filling procedure is recorded only for JPT Pratama (eselon II) items.',
  },
  PANSEL_TIGA_NAMA: {
    id: 'Seleksi terbuka memerlukan tiga nama hasil panitia seleksi berperingkat 1, 2 dan 3 (tercatat {jumlah}).',
    en: 'Open selection needs the selection panel\'s three names ranked 1, 2 and 3 ({jumlah} given).',
  },
  PROSEDUR_TANPA_CALON_PANSEL: {
    id: 'Nama calon panitia seleksi hanya dicatat untuk seleksi terbuka.',
    en: 'Selection panel names are recorded only for open selection.',
  },
  PENGECUALIAN_TANPA_ALASAN: {
    id: 'Pengecualian aturan dua tahun memerlukan alasan tertulis (paling sedikit {min} karakter).',
    en: 'An exception to the two-year rule needs a written reason (at least {min} characters).',
  },
  PANSEL_CSV_TIDAK_SAH: {
    id: 'Berkas hasil pansel harus berisi tepat tiga baris: peringkat, nama, NIP (masalah pada baris {baris}).',
    en: 'The selection panel file must hold exactly three rows: rank, name, NIP (problem at row {baris}).',
  },
  JPT_TANPA_PROSEDUR: {
    id: 'Jabatan {jabatan} adalah JPT Pratama: catat dahulu prosedurnya (seleksi terbuka, mutasi antar-JPT dengan uji kompetensi, atau talent pool). Suara Baperjakat bukan jalur pengangkatan JPT.',
    en: '{jabatan} is a JPT Pratama post: record its procedure first (open selection, JPT mutation with a competency test, or the talent pool). The committee vote is not the JPT appointment path.',
  },
  JPT_BUKAN_CALON_PANSEL: {
    id: '{nama} tidak termasuk tiga nama hasil panitia seleksi ({nomor}).',
    en: '{nama} is not one of the selection panel\'s three names ({nomor}).',
  },
  JPT_USIA_LEBIH: {
    id: '{nama} berusia {usia} tahun; batas usia JPT Pratama {max} tahun.',
    en: '{nama} is {usia}; the JPT Pratama age limit is {max}.',
  },
  JPT_BELUM_DUA_TAHUN: {
    id: 'Pejabat pimpinan tinggi yang dilantik {tmt} belum {tahun} tahun menjabat (baru boleh diganti mulai {boleh}) kecuali melanggar peraturan atau tidak lagi memenuhi syarat jabatan: catat pengecualiannya dengan alasan.',
    en: 'The JPT holder appointed on {tmt} has not served {tahun} years (replaceable from {boleh}) unless they broke the law or no longer meet the requirements: record that exception with a reason.',
  },
  HASIL_HANYA_TINJAUAN_PAKTA: {
    id: 'Hasil "{hasil}" hanya untuk butir tinjauan pakta.',
    en: 'The outcome "{hasil}" is only for a pledge review item.',
  },
  TINJAUAN_HASIL_TIDAK_SAH: {
    id: 'Butir tinjauan pakta diputus tetap, diberhentikan dari jabatan, atau ditunda (bukan "{hasil}").',
    en: 'A pledge review is decided as tetap, diberhentikan or ditunda (not "{hasil}").',
  },
  TINJAUAN_TETAP_TANPA_TENGGAT: {
    id: 'Keputusan tetap dalam jabatan memerlukan tenggat baru: tambahkan target dengan pakta dan tenggatnya.',
    en: 'Keeping the official in post needs a new deadline: add a pledged target with its deadline.',
  },
  TINJAUAN_BERHENTI_TANPA_TARGET: {
    id: 'Keputusan diberhentikan dari jabatan tidak menetapkan target baru.',
    en: 'A decision to relieve the official sets no new targets.',
  },
  PERMOHONAN_TETAP_JABATAN_LAIN: {
    id: 'Permohonan ini meminta tetap di jabatan saat ini; rekomendasi hanya dapat menyebut jabatan itu.',
    en: 'This request asks to stay in the current post; a recommendation can only name that post.',
  },
  PILKADA_TANGGAL_TIDAK_SAH: {
    id: 'Akhir masa jabatan harus sesudah tanggal pelantikan.',
    en: 'The end of the term must be after the inauguration date.',
  },
  PILKADA_BUTUH_PERSETUJUAN: {
    id: 'Sidang {nomor} memutus penggantian pejabat dalam masa {jendela}: catat dahulu nomor persetujuan tertulis Menteri Dalam Negeri sebelum dokumen dibuat.',
    en: 'Session {nomor} decided replacements within {jendela}: record the Minister of Home Affairs\' written approval before documents are produced.',
  },
};
