import type { ErrorCatalog } from './types';

export const sessionErrors: ErrorCatalog = {
  SIDANG_TIDAK_ADA: { id: 'Sidang tidak ditemukan.', en: 'Session not found.' },
  AGENDA_TIDAK_ADA: { id: 'Butir agenda tidak ditemukan.', en: 'Agenda item not found.' },
  TARGET_TIDAK_ADA: { id: 'Target tidak ditemukan.', en: 'Target not found.' },
  PEGAWAI_TIDAK_ADA: { id: 'Pegawai dengan NIP tersebut tidak ada di dataset.', en: 'No employee with that NIP in the dataset.' },
  SIDANG_SUDAH_SELESAI: {
    id: 'Sidang sudah ditutup; catatannya tidak dapat diubah lagi.',
    en: 'The session is closed; its record can no longer be changed.',
  },
  SIDANG_BELUM_DIMULAI: {
    id: 'Sidang belum dimulai; tekan "Mulai sidang" sebelum mencatat suara dan keputusan.',
    en: 'The session has not started; press "Start session" before recording votes and decisions.',
  },
  SIDANG_STATUS_TIDAK_SAH: {
    id: 'Status sidang tidak dapat diubah dari {dari} menjadi {ke}; urutannya draf → berlangsung → selesai.',
    en: 'The session status cannot change from {dari} to {ke}; the order is draf → berlangsung → selesai.',
  },
  SIDANG_TIDAK_KUORUM: {
    id: 'Kuorum belum terpenuhi: hadir {hadir}, diperlukan {diperlukan}. Suara dan keputusan belum dapat dicatat.',
    en: 'No quorum: {hadir} present, {diperlukan} needed. Votes and decisions cannot be recorded yet.',
  },
  SIDANG_MASIH_ADA_AGENDA: {
    id: 'Sidang belum dapat ditutup: agenda nomor {urutan} belum diputuskan.',
    en: 'The session cannot be closed yet: agenda item {urutan} has no decision.',
  },
  SIDANG_TANPA_KETUA: {
    id: 'Sidang memerlukan tepat satu ketua.', en: 'A session needs exactly one chair (ketua).',
  },
  SIDANG_NOMOR_GANDA: { id: 'Nomor sidang {nomor} sudah dipakai.', en: 'Session number {nomor} is already used.' },
  ANGGOTA_TIDAK_DIKENAL: { id: 'Anggota ini bukan anggota sidang tersebut.', en: 'This member does not belong to the session.' },
  ANGGOTA_TIDAK_HADIR: {
    id: '{nama} tidak tercatat hadir, sehingga tidak dapat memberi suara.',
    en: '{nama} is not marked present and cannot vote.',
  },
  ANGGOTA_BERKONFLIK: {
    id: '{nama} menyatakan konflik kepentingan pada butir ini dan tidak dapat memberi suara.',
    en: '{nama} declared a conflict of interest on this item and cannot vote.',
  },
  ANGGOTA_SUDAH_MEMILIH: {
    id: '{nama} sudah memberi suara pada butir ini; konflik kepentingan harus dinyatakan sebelum memilih. Hapus suara tidak dimungkinkan.',
    en: '{nama} has already voted on this item; a conflict must be declared before voting. Votes cannot be removed.',
  },
  ANGGOTA_SUDAH_BERSUARA: {
    id: 'Anggota ini sudah memberi suara di sidang ini dan tidak dapat dihapus.',
    en: 'This member has voted in this session and cannot be removed.',
  },
  KONFLIK_SETELAH_KEPUTUSAN: {
    id: 'Butir ini sudah diputuskan; konflik kepentingan tidak dapat diubah lagi.',
    en: 'This item is decided; conflicts of interest can no longer be changed.',
  },
  KEPUTUSAN_TANPA_ALASAN: {
    id: 'Keputusan memerlukan pertimbangan (paling sedikit {min} karakter).',
    en: 'A decision needs a rationale (at least {min} characters).',
  },
  KEPUTUSAN_TANPA_JABATAN: {
    id: 'Rekomendasi harus menyebut jabatan yang direkomendasikan.',
    en: 'A recommendation must name the recommended post.',
  },
  KEPUTUSAN_JABATAN_TIDAK_PERLU: {
    id: 'Hanya keputusan "direkomendasikan" yang menyebut jabatan.',
    en: 'Only a "recommended" decision names a post.',
  },
  JABATAN_SUDAH_DIREKOMENDASIKAN: {
    id: 'Jabatan {jabatan} sudah direkomendasikan untuk pemohon lain pada butir {urutan} sidang ini; satu jabatan hanya untuk satu orang. Revisi keputusan butir itu lebih dahulu.',
    en: '{jabatan} is already recommended for another applicant (item {urutan}) in this session; one post, one person. Revise that decision first.',
  },
  KEPUTUSAN_JABATAN_BUKAN_PILIHAN: {
    id: 'Jabatan yang direkomendasikan harus salah satu pilihan dalam permohonan.',
    en: 'The recommended post must be one of the posts the request asked for.',
  },
  REVISI_TANPA_ALASAN: {
    id: 'Revisi keputusan memerlukan alasan revisi (paling sedikit {min} karakter).',
    en: 'Revising a decision needs a reason (at least {min} characters).',
  },
  REVISI_TANPA_VERSI: {
    id: 'Belum ada keputusan untuk direvisi.', en: 'There is no decision to revise yet.',
  },
  AGENDA_SUDAH_DIPUTUSKAN: {
    id: 'Butir agenda yang sudah diputuskan tidak dapat dihapus.', en: 'A decided agenda item cannot be removed.',
  },
  TARGET_TENGGAT_LAMPAU: {
    id: 'Tenggat target {tenggat} harus sesudah tanggal sidang ({tanggal}).',
    en: 'The target deadline {tenggat} must be after the session date ({tanggal}).',
  },
  REALISASI_BELUM_BERLAKU: {
    id: 'Tanggal realisasi {tanggal} belum terjadi.', en: 'The realization date {tanggal} is in the future.',
  },
  SIDANG_SEKRETARIS_TIDAK_TUNGGAL: {
    id: 'Sidang memerlukan tepat satu sekretaris (tercatat {jumlah}).',
    en: 'A session needs exactly one secretary (sekretaris); {jumlah} recorded.',
  },
  PERAN_TERKUNCI: {
    id: 'Kedudukan anggota hanya dapat diubah sebelum sidang dimulai.',
    en: "A member's role can only be changed before the session starts.",
  },
  SUARA_MASIH_BELUM: {
    id: '{belum} dari {berhak} anggota yang berhak belum memberi suara. Ketua harus menutup pemungutan suara lebih dahulu.',
    en: '{belum} of {berhak} eligible members have not voted. The chair must close the vote first.',
  },
  SUARA_TIDAK_MENDUKUNG_SAH: {
    id: 'Rekomendasi tidak didukung suara terbanyak dari suara yang sah: setuju {setuju}, tidak setuju {tidakSetuju}, abstain {abstain} (diperlukan {ambang} setuju dari {dasar} suara sah).',
    en: 'The recommendation is not carried by a majority of votes cast: {setuju} for, {tidakSetuju} against, {abstain} abstain ({ambang} of {dasar} votes cast needed).',
  },
  SUARA_TIDAK_MENDUKUNG_HADIR: {
    id: 'Rekomendasi tidak didukung lebih dari separuh anggota hadir yang berhak memilih: setuju {setuju}, tidak setuju {tidakSetuju}, abstain {abstain}, belum {belum} (diperlukan {ambang} setuju dari {dasar}).',
    en: 'The recommendation is not carried by a majority of present eligible members: {setuju} for, {tidakSetuju} against, {abstain} abstain, {belum} pending ({ambang} of {dasar} needed).',
  },
  SUARA_SIDANG_MUFAKAT: {
    id: 'Sidang ini memutus secara musyawarah mufakat; tidak ada pemungutan suara.',
    en: 'This session decides by consensus (musyawarah mufakat); no votes are taken.',
  },
  TUTUP_SUARA_BUKAN_KETUA: {
    id: 'Hanya ketua sidang yang dapat menutup pemungutan suara ({nama} bukan ketua).',
    en: 'Only the chair can close the vote ({nama} is not the chair).',
  },
  TUTUP_SUARA_SUDAH: {
    id: 'Pemungutan suara pada butir ini sudah ditutup ketua.', en: 'The vote on this item has already been closed by the chair.',
  },
  KELAYAKAN_TIDAK_MEMENUHI: {
    id: 'Calon tidak memenuhi syarat "{aturan}": {alasan} Rekomendasi hanya dapat dicatat bila sidang mencatat pengecualian atas syarat ini.',
    en: 'The candidate fails the rule "{aturan}": {alasan} A recommendation needs an exception recorded by the committee for this rule.',
  },
  KELAYAKAN_PERLU_DIAKUI: {
    id: 'Syarat "{aturan}" perlu perhatian ({alasan}); tandai bahwa sidang telah membahasnya sebelum mencatat keputusan.',
    en: 'The rule "{aturan}" needs attention ({alasan}); acknowledge it before recording the decision.',
  },
  ALASAN_BERTENTANGAN: {
    id: 'Pertimbangan menyatakan syarat terpenuhi, padahal hasil pemeriksaan syarat "{aturan}": {status}. Sesuaikan pertimbangan.',
    en: 'The rationale claims the rules are met, but the rule "{aturan}" is: {status}. Correct the rationale.',
  },
  PENGECUALIAN_TANPA_ALASAN: {
    id: 'Pengecualian memerlukan alasan yang jelas (paling sedikit {min} karakter dan empat kata).',
    en: 'An exception needs a clear reason (at least {min} characters and four words).',
  },
  PENGECUALIAN_TIDAK_PERLU: {
    id: 'Syarat "{aturan}" tidak gagal untuk calon ini; pengecualian tidak diperlukan.',
    en: 'The rule "{aturan}" does not fail for this candidate; no exception is needed.',
  },
  PENGECUALIAN_ATURAN_TIDAK_ADA: { id: 'Syarat {aturan} tidak dikenal.', en: 'Unknown rule {aturan}.' },
};
