export const core = {
  id: {
    app: { name: 'Baperjakat Desk', tagline: 'Sidang Baperjakat & Open Karir' },
    nav: {
      requests: 'Daftar Permohonan', intake: 'Impor Data', compare: 'Musyawarah', session: 'Sidang',
      documents: 'Dokumen', review: 'Telaah', audit: 'Jejak Audit', report: 'Laporan', settings: 'Pengaturan',
    },
    actions: { lock: 'Kunci', close: 'Tutup dataset', projector: 'Mode proyektor', language: 'Bahasa' },
    unlock: {
      title: 'Buka dataset', chooseFile: 'Pilih berkas .bpj…', openDemo: 'Buka dataset demo',
      passphrase: 'Frasa sandi', open: 'Buka', recent: 'Berkas terakhir', noFile: 'Belum ada berkas dipilih',
      demoHint: 'Dataset demo berisi data sintetis Kota Bengkulu.', opening: 'Membuka dan mendekripsi…',
      lockedTitle: 'Dataset terkunci', unlock: 'Buka kunci', lockedHint: 'Masukkan frasa sandi untuk melanjutkan.',
    },
    saved: { at: 'Tersimpan {{time}}', never: 'Belum disimpan' },
    requests: {
      title: 'Daftar Permohonan Open Karir', search: 'Cari nama atau NIP', count: '{{shown}} dari {{total}} permohonan',
      level: 'Eselon', unit: 'Unit kerja', target: 'Jabatan tujuan', status: 'Status', kecamatan: 'Kecamatan',
      reset: 'Atur ulang', empty: 'Tidak ada permohonan yang cocok dengan filter.',
      picked: '{{n}} permohonan dipilih (2–6 untuk dibandingkan)', pickMore: 'pilih paling sedikit 2 orang',
      noCommonPost: 'permohonan terpilih tidak menuju jabatan yang sama', clearPick: 'Batalkan pilihan',
      comparePicked: 'Bandingkan',
      loadingRow: 'memuat…',
      col: { pick: 'Pilih untuk dibandingkan', nama: 'Nama / NIP', golongan: 'Gol.', jabatan: 'Jabatan saat ini', unit: 'Unit', pilihan1: 'Pilihan 1', tanggal: 'Tgl. ajuan', status: 'Status' },
    },
    detail: {
      title: 'Rincian permohonan', applicant: 'Pemohon', choices: 'Jabatan yang dimohon', reason: 'Alasan',
      targets: 'Target kinerja yang dijanjikan', pastTargets: 'Target sebelumnya', pledge: 'Pakta mundur',
      pledgeSigned: 'Ditandatangani {{date}}', pledgeMissing: 'Belum ditandatangani', skp: 'SKP', domicile: 'Domisili',
      realisasi: 'Realisasi', tenggat: 'Tenggat', compare: 'Bandingkan di musyawarah',
    },
    status: {
      diajukan: 'Diajukan', diverifikasi: 'Diverifikasi', dijadwalkan: 'Dijadwalkan', direkomendasikan: 'Direkomendasikan',
      tidak_direkomendasikan: 'Tidak direkomendasikan', ditunda: 'Ditunda', ditarik: 'Ditarik',
    },
    alasan: {
      dekat_domisili: 'Dekat domisili', pengembangan_karir: 'Pengembangan karier', kesesuaian_kompetensi: 'Kesesuaian kompetensi',
      alasan_keluarga: 'Alasan keluarga', lainnya: 'Lainnya',
    },
    common: { yes: 'Ya', no: 'Tidak', cancel: 'Batal', save: 'Simpan', loading: 'Memuat…', none: '—' },
  },
  en: {
    app: { name: 'Baperjakat Desk', tagline: 'Baperjakat sessions & Open Karir' },
    nav: {
      requests: 'Requests', intake: 'Import data', compare: 'Deliberation', session: 'Session',
      documents: 'Documents', review: 'Review', audit: 'Audit trail', report: 'Report', settings: 'Settings',
    },
    actions: { lock: 'Lock', close: 'Close dataset', projector: 'Projector mode', language: 'Language' },
    unlock: {
      title: 'Open dataset', chooseFile: 'Choose a .bpj file…', openDemo: 'Open demo dataset',
      passphrase: 'Passphrase', open: 'Open', recent: 'Recent files', noFile: 'No file chosen',
      demoHint: 'The demo dataset holds synthetic data for Kota Bengkulu.', opening: 'Opening and decrypting…',
      lockedTitle: 'Dataset locked', unlock: 'Unlock', lockedHint: 'Enter the passphrase to continue.',
    },
    saved: { at: 'Saved {{time}}', never: 'Not saved yet' },
    requests: {
      title: 'Open Karir requests', search: 'Search name or NIP', count: '{{shown}} of {{total}} requests',
      level: 'Level', unit: 'Unit', target: 'Target post', status: 'Status', kecamatan: 'Kecamatan',
      reset: 'Reset', empty: 'No request matches the filters.',
      picked: '{{n}} requests picked (2–6 to compare)', pickMore: 'pick at least 2 people',
      noCommonPost: 'the picked requests do not share a target post', clearPick: 'Clear selection',
      comparePicked: 'Compare',
      loadingRow: 'loading…',
      col: { pick: 'Pick to compare', nama: 'Name / NIP', golongan: 'Grade', jabatan: 'Current post', unit: 'Unit', pilihan1: '1st choice', tanggal: 'Filed', status: 'Status' },
    },
    detail: {
      title: 'Request details', applicant: 'Applicant', choices: 'Requested posts', reason: 'Reason',
      targets: 'Committed performance targets', pastTargets: 'Earlier targets', pledge: 'Pledge to step down',
      pledgeSigned: 'Signed {{date}}', pledgeMissing: 'Not signed', skp: 'SKP', domicile: 'Domicile',
      realisasi: 'Realization', tenggat: 'Deadline', compare: 'Compare in deliberation',
    },
    status: {
      diajukan: 'Filed', diverifikasi: 'Verified', dijadwalkan: 'Scheduled', direkomendasikan: 'Recommended',
      tidak_direkomendasikan: 'Not recommended', ditunda: 'Deferred', ditarik: 'Withdrawn',
    },
    alasan: {
      dekat_domisili: 'Near home', pengembangan_karir: 'Career development', kesesuaian_kompetensi: 'Competency fit',
      alasan_keluarga: 'Family reasons', lainnya: 'Other',
    },
    common: { yes: 'Yes', no: 'No', cancel: 'Cancel', save: 'Save', loading: 'Loading…', none: '—' },
  },
};
