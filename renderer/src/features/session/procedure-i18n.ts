/** Strings of the procedure badges and notices, merged into the 'session' namespace under "procedure". */
export const procedureStrings = {
  id: {
    tinjauan: 'Tinjauan pakta', tetap: 'Permohonan tetap', jptBelum: 'JPT: prosedur belum dicatat',
    jenis: { seleksi_terbuka: 'JPT: seleksi terbuka', mutasi_jpt: 'JPT: mutasi antar-JPT', talent_pool: 'JPT: talent pool' },
    jendela: 'Sidang dalam masa pilkada ({{dasar}}): {{mulai}} s.d. {{sampai}}.',
    perluPersetujuan: 'Dokumen baru dapat dibuat setelah nomor persetujuan tertulis Menteri Dalam Negeri dicatat.',
    persetujuan: 'Persetujuan Mendagri: {{nomor}} tanggal {{tanggal}}.',
  },
  en: {
    tinjauan: 'Pledge review', tetap: 'Request to stay', jptBelum: 'JPT: procedure not recorded',
    jenis: { seleksi_terbuka: 'JPT: open selection', mutasi_jpt: 'JPT: mutation between JPT', talent_pool: 'JPT: talent pool' },
    jendela: 'Session inside an election window ({{dasar}}): {{mulai}} to {{sampai}}.',
    perluPersetujuan: 'Documents can be produced once the Minister of Home Affairs\' written approval is recorded.',
    persetujuan: 'Minister\'s approval: {{nomor}} dated {{tanggal}}.',
  },
};
