/** Strings of the talent screen, namespace 'talent'. Bahasa Indonesia first. */
export const talentStrings = {
  id: {
    title: 'Manajemen talenta',
    hint: 'Kelompok talenta dan rencana suksesi menurut PermenPANRB 3/2020. Kotak 9-box dihitung seperti pada perbandingan (potensial × kinerja SKP).',
    tab: { pool: 'Kelompok talenta', suksesi: 'Rencana suksesi' },
    filter: { jenjang: 'Jenjang', rumpun: 'Rumpun jabatan', semua: 'Semua', unit: 'Unit kerja', semuaUnit: 'Semua unit' },
    jenjang: { jpt_pratama: 'JPT Pratama', administrator: 'Administrator', pengawas: 'Pengawas', non_struktural: 'Pelaksana / fungsional' },
    box: {
      title: 'Sebaran 9-box', caption: 'Jumlah ASN per kotak; kotak {{min}}–9 masuk kelompok talenta.', potensial: 'Potensial', kinerja: 'Kinerja',
      cell: 'Kotak {{box}}: {{n}} ASN', tanpa: '{{n}} ASN belum dapat ditempatkan (tanpa nilai potensial atau SKP terbaru).',
    },
    pool: {
      count: '{{n}} ASN dalam kelompok talenta', nama: 'Nama', jabatan: 'Jabatan', unit: 'Unit kerja', kotak: 'Kotak', saran: 'Saran pengembangan',
      rumpunDiturunkan: '{{n}} unit tidak mencantumkan rumpun di dataset: rumpunnya diturunkan dari nama unit.', empty: 'Tidak ada ASN dalam kelompok ini.',
    },
    plans: {
      jabatan: 'Jabatan kunci', level: 'Eselon', status: 'Status', suksesor: 'Suksesor', siap: 'Siap sekarang', lowong: 'Lowong', terisi: 'Terisi',
      usulan: 'Usulan', ditetapkan: 'Ditetapkan', flag: 'Lowong tanpa suksesor siap', pdf: 'Simpan PDF rencana suksesi unit', pdfSaved: 'Tersimpan: {{path}}',
      pdfNeedsUnit: 'Pilih unit kerja untuk mencetak rencana suksesinya.', open: 'Buka', ditandai: 'ditandai sidang', flagCount: '{{n}} jabatan lowong tanpa suksesor siap',
    },
    editor: {
      title: 'Rencana suksesi: {{jabatan}}', close: 'Tutup', add: 'Tambah suksesor', remove: 'Hapus', save: 'Simpan rencana',
      calon: 'Suksesor {{n}}', kesiapan: 'Kesiapan', tindakan: 'Tindakan pengembangan', gaps: 'Kesenjangan kompetensi', noGap: 'Memenuhi standar jabatan',
      saved: 'Rencana disimpan dan tercatat di jejak audit.', proposal: 'Usulan dari kelompok talenta; belum ditetapkan sidang.', belumDiases: 'belum diases',
      holder: 'Pemegang: {{nama}}', mark: 'Tandai sebagai jabatan kunci', unmark: 'Hapus tanda jabatan kunci', alasan: 'Alasan menandai',
    },
    kesiapan: { siap_sekarang: 'Siap sekarang', satu_dua_tahun: '1–2 tahun', lebih_dua_tahun: '> 2 tahun' },
    cite: { title: 'Rencana suksesi jabatan ini', none: 'Jabatan ini bukan jabatan kunci: tidak ada rencana suksesi.' },
    loading: 'Memuat…',
  },
  en: {
    title: 'Talent management',
    hint: 'Talent pools and succession plans under PermenPANRB 3/2020. The 9-box is placed as in the comparison (potential × SKP performance).',
    tab: { pool: 'Talent pool', suksesi: 'Succession plans' },
    filter: { jenjang: 'Level', rumpun: 'Job family', semua: 'All', unit: 'Unit', semuaUnit: 'All units' },
    jenjang: { jpt_pratama: 'JPT Pratama', administrator: 'Administrator', pengawas: 'Supervisor', non_struktural: 'Staff / functional' },
    box: {
      title: '9-box spread', caption: 'ASN per box; boxes {{min}}–9 form the talent pool.', potensial: 'Potential', kinerja: 'Performance',
      cell: 'Box {{box}}: {{n}} ASN', tanpa: '{{n}} ASN cannot be placed yet (no potential score or recent SKP).',
    },
    pool: {
      count: '{{n}} ASN in the talent pool', nama: 'Name', jabatan: 'Post', unit: 'Unit', kotak: 'Box', saran: 'Development advice',
      rumpunDiturunkan: '{{n}} units carry no job family in the dataset: theirs is derived from the unit name.', empty: 'No ASN in this group.',
    },
    plans: {
      jabatan: 'Key post', level: 'Eselon', status: 'Status', suksesor: 'Successors', siap: 'Ready now', lowong: 'Vacant', terisi: 'Filled',
      usulan: 'Proposal', ditetapkan: 'Set', flag: 'Vacant, no successor ready', pdf: 'Save the unit\'s succession plan PDF', pdfSaved: 'Saved: {{path}}',
      pdfNeedsUnit: 'Choose a unit to print its succession plan.', open: 'Open', ditandai: 'marked by the committee', flagCount: '{{n}} vacant posts with no successor ready',
    },
    editor: {
      title: 'Succession plan: {{jabatan}}', close: 'Close', add: 'Add successor', remove: 'Remove', save: 'Save plan',
      calon: 'Successor {{n}}', kesiapan: 'Readiness', tindakan: 'Development actions', gaps: 'Competency gaps', noGap: 'Meets the post standard',
      saved: 'Plan saved and recorded in the audit trail.', proposal: 'Proposed from the talent pool; not yet set by the committee.', belumDiases: 'not assessed',
      holder: 'Holder: {{nama}}', mark: 'Mark as key post', unmark: 'Remove key-post mark', alasan: 'Reason for the mark',
    },
    kesiapan: { siap_sekarang: 'Ready now', satu_dua_tahun: '1–2 years', lebih_dua_tahun: '> 2 years' },
    cite: { title: 'Succession plan of this post', none: 'This is not a key post: no succession plan.' },
    loading: 'Loading…',
  },
};
