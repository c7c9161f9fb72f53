import { procedureStrings } from './procedure-i18n';

/** Strings of the session screens, namespace 'session'. */
export const sessionStrings = {
  id: {
    procedure: procedureStrings.id,
    title: 'Sidang Baperjakat',
    tabs: { sessions: 'Sidang', tracking: 'Pemantauan Target', timeline: 'Linimasa ASN' },
    list: {
      new: 'Sidang baru', empty: 'Belum ada sidang.', members: '{{n}} anggota', items: '{{n}} agenda',
      decided: '{{n}} diputuskan', open: 'Buka',
    },
    status: { draf: 'Draf', berlangsung: 'Berlangsung', selesai: 'Selesai' },
    create: {
      title: 'Sidang baru', nomor: 'Nomor', tanggal: 'Tanggal (yyyy-mm-dd)', tempat: 'Tempat',
      defaultMembers: 'Susunan anggota baku (Sekda, Kepala BKPSDM, Inspektur, Asisten)', submit: 'Buat sidang',
    },
    edit: { title: 'Ubah sidang', submit: 'Simpan perubahan', failed: 'Perubahan tidak tersimpan; lihat pesan di atas.', open: 'Ubah' },
    detail: {
      back: 'Semua sidang', start: 'Mulai sidang', close: 'Tutup sidang', save: 'Simpan',
      savedAt: 'Tersimpan {{time}}', closeConfirm: 'Tutup sidang? Setelah ditutup, catatan tidak dapat diubah.',
    },
    members: {
      title: 'Anggota dan kehadiran', hadir: 'Hadir', add: 'Tambah anggota', nama: 'Nama', jabatan: 'Jabatan',
      peran: 'Peran', remove: 'Hapus',
      role: { ketua: 'Ketua', sekretaris: 'Sekretaris', anggota: 'Anggota' },
    },
    quorum: {
      ok: 'Kuorum terpenuhi: {{hadir}} dari {{total}} hadir (perlu {{diperlukan}})',
      no: 'Belum kuorum: {{hadir}} dari {{total}} hadir (perlu {{diperlukan}})',
      rule: 'Aturan kuorum', more: 'lebih dari', atLeast: 'paling sedikit', of: 'dari seluruh anggota',
    },
    agenda: {
      title: 'Agenda', empty: 'Agenda masih kosong.', add: 'Tambah dari daftar permohonan', up: 'Naik', down: 'Turun',
      remove: 'Hapus dari agenda', vacant: 'Jabatan lowong: {{nama}}', addTitle: 'Tambah agenda dari filter permohonan',
      addCount: '{{n}} permohonan cocok dengan filter', addSubmit: 'Tambahkan ke agenda', added: '{{added}} ditambahkan, {{skipped}} dilewati',
      undecided: 'Belum diputuskan', vacantTitle: 'Jabatan lowong', vacantPick: 'Pilih jabatan lowong untuk dibahas',
    },
    item: {
      applicant: 'Pemohon', current: 'Jabatan saat ini', choices: 'Jabatan yang dimohon', notes: 'Catatan pembahasan',
      saveNotes: 'Simpan catatan', targets: 'Target yang dijanjikan', select: 'Pilih butir agenda di sebelah kiri.',
      timeline: 'Linimasa',
    },
    conflict: {
      title: 'Konflik kepentingan', declare: 'Nyatakan konflik', withdraw: 'Tarik', reason: 'Alasan',
      recused: 'Tidak ikut memilih', hintUnit: 'Petunjuk: satu unit kerja dengan pemohon ({{rincian}})',
      hintFamily: 'Petunjuk: nama keluarga sama ({{rincian}})', hintOnly: 'Petunjuk saja; keputusan ada pada anggota.',
    },
    vote: {
      title: 'Suara', setuju: 'Setuju', tidak_setuju: 'Tidak setuju', abstain: 'Abstain', absent: 'Tidak hadir',
      tally: 'Setuju {{setuju}} · Tidak setuju {{tidakSetuju}} · Abstain {{abstain}} · Belum {{belum}}',
      note: 'Catatan suara',
    },
    decision: {
      title: 'Keputusan', hasil: 'Hasil', jabatan: 'Jabatan yang direkomendasikan', alasan: 'Pertimbangan (wajib)',
      syarat: 'Syarat / catatan pemantauan', alasanRevisi: 'Alasan revisi (wajib)', record: 'Catat keputusan',
      revise: 'Revisi keputusan', current: 'Keputusan berlaku (versi {{versi}})', history: 'Riwayat keputusan',
      version: 'Versi {{versi}}', revisedBecause: 'Direvisi karena: {{alasan}}', addTarget: 'Tambah target pemantauan',
      indikator: 'Indikator', nilai: 'Nilai', satuan: 'Satuan', tenggat: 'Tenggat', pakta: 'Dengan pakta mundur',
      needsQuorum: 'Keputusan hanya dapat dicatat bila kuorum terpenuhi.',
      needsStart: 'Sidang belum dimulai: suara dan keputusan dicatat setelah "Mulai sidang".',
      hasilLabel: { direkomendasikan: 'Direkomendasikan', tidak_direkomendasikan: 'Tidak direkomendasikan', ditunda: 'Ditunda', tetap: 'Tetap dalam jabatan', diberhentikan: 'Diberhentikan dari jabatan' },
    },
    tracking: {
      title: 'Pemantauan target dan pakta', window: 'Segera jika ≤ … hari', onlyPledge: 'Hanya pakta yang perlu dibahas', search: 'Cari nama, NIP atau indikator',
      empty: 'Tidak ada target yang dipantau.', today: 'Per {{date}}', name: 'Nama', indicator: 'Indikator', target: 'Target',
      deadline: 'Tenggat', realization: 'Realisasi', statusCol: 'Status', post: 'Jabatan', enter: 'Isi realisasi',
      daysLeft: '{{n}} hari lagi', daysLate: 'lewat {{n}} hari', pledge: 'Pakta mundur dibahas pada sidang berikutnya',
      pledgeHere: 'Target berpakta yang lewat tenggat atau tidak tercapai; dibahas pada sidang ini.',
      evidence: 'Catatan bukti', date: 'Tanggal realisasi', value: 'Nilai realisasi', submit: 'Simpan realisasi',
      status: { berjalan: 'Berjalan', segera: 'Segera jatuh tempo', terlambat: 'Lewat tenggat', tercapai: 'Tercapai', tidak_tercapai: 'Tidak tercapai' },
      pledgeCount: '{{n}} pakta mundur perlu dibahas',
    },
    timeline: {
      title: 'Linimasa per ASN', nip: 'NIP', show: 'Tampilkan', empty: 'Masukkan NIP untuk melihat linimasa.',
      jenis: {
        permohonan: 'Permohonan', agenda: 'Dijadwalkan di sidang', keputusan: 'Keputusan', revisi: 'Revisi keputusan',
        target_tenggat: 'Tenggat target', realisasi: 'Realisasi', pakta: 'Pakta mundur terpicu',
      },
    },
  },
  en: {
    procedure: procedureStrings.en,
    title: 'Baperjakat session',
    tabs: { sessions: 'Sessions', tracking: 'Target tracking', timeline: 'ASN timeline' },
    list: {
      new: 'New session', empty: 'No sessions yet.', members: '{{n}} members', items: '{{n}} items',
      decided: '{{n}} decided', open: 'Open',
    },
    status: { draf: 'Draft', berlangsung: 'In progress', selesai: 'Closed' },
    create: {
      title: 'New session', nomor: 'Number', tanggal: 'Date (yyyy-mm-dd)', tempat: 'Place',
      defaultMembers: 'Standard members (Secretary, BKPSDM head, Inspector, Assistant)', submit: 'Create session',
    },
    edit: { title: 'Edit session', submit: 'Save changes', failed: 'Not saved; see the message above.', open: 'Edit' },
    detail: {
      back: 'All sessions', start: 'Start session', close: 'Close session', save: 'Save',
      savedAt: 'Saved {{time}}', closeConfirm: 'Close the session? Once closed its record cannot be changed.',
    },
    members: {
      title: 'Members and attendance', hadir: 'Present', add: 'Add member', nama: 'Name', jabatan: 'Post',
      peran: 'Role', remove: 'Remove',
      role: { ketua: 'Chair', sekretaris: 'Secretary', anggota: 'Member' },
    },
    quorum: {
      ok: 'Quorum: {{hadir}} of {{total}} present (needs {{diperlukan}})',
      no: 'No quorum: {{hadir}} of {{total}} present (needs {{diperlukan}})',
      rule: 'Quorum rule', more: 'more than', atLeast: 'at least', of: 'of all members',
    },
    agenda: {
      title: 'Agenda', empty: 'The agenda is empty.', add: 'Add from the request list', up: 'Up', down: 'Down',
      remove: 'Remove from agenda', vacant: 'Vacant post: {{nama}}', addTitle: 'Add agenda items from a request filter',
      addCount: '{{n}} requests match the filter', addSubmit: 'Add to agenda', added: '{{added}} added, {{skipped}} skipped',
      undecided: 'Not decided', vacantTitle: 'Vacant posts', vacantPick: 'Choose vacant posts to discuss',
    },
    item: {
      applicant: 'Applicant', current: 'Current post', choices: 'Requested posts', notes: 'Discussion notes',
      saveNotes: 'Save notes', targets: 'Committed targets', select: 'Choose an agenda item on the left.',
      timeline: 'Timeline',
    },
    conflict: {
      title: 'Conflicts of interest', declare: 'Declare conflict', withdraw: 'Withdraw', reason: 'Reason',
      recused: 'Recused', hintUnit: 'Hint: same unit as the applicant ({{rincian}})',
      hintFamily: 'Hint: same family name ({{rincian}})', hintOnly: 'Hints only; members decide.',
    },
    vote: {
      title: 'Votes', setuju: 'For', tidak_setuju: 'Against', abstain: 'Abstain', absent: 'Absent',
      tally: 'For {{setuju}} · Against {{tidakSetuju}} · Abstain {{abstain}} · Pending {{belum}}',
      note: 'Vote note',
    },
    decision: {
      title: 'Decision', hasil: 'Outcome', jabatan: 'Recommended post', alasan: 'Rationale (required)',
      syarat: 'Conditions / monitoring notes', alasanRevisi: 'Reason for revision (required)', record: 'Record decision',
      revise: 'Revise decision', current: 'Current decision (version {{versi}})', history: 'Decision history',
      version: 'Version {{versi}}', revisedBecause: 'Revised because: {{alasan}}', addTarget: 'Add target to monitor',
      indikator: 'Indicator', nilai: 'Value', satuan: 'Unit', tenggat: 'Deadline', pakta: 'With pledge to step down',
      needsQuorum: 'Decisions can only be recorded with quorum.',
      needsStart: 'The session has not started: votes and decisions are recorded after "Start session".',
      hasilLabel: { direkomendasikan: 'Recommended', tidak_direkomendasikan: 'Not recommended', ditunda: 'Deferred', tetap: 'Kept in post', diberhentikan: 'Relieved of the post' },
    },
    tracking: {
      title: 'Target and pledge tracking', window: 'Due soon within … days', onlyPledge: 'Only pledges to discuss', search: 'Search name, NIP or indicator',
      empty: 'No targets under tracking.', today: 'As of {{date}}', name: 'Name', indicator: 'Indicator', target: 'Target',
      deadline: 'Deadline', realization: 'Realization', statusCol: 'Status', post: 'Post', enter: 'Enter realization',
      daysLeft: '{{n}} days left', daysLate: '{{n}} days late', pledge: 'Pledge to step down goes to the next session',
      pledgeHere: 'Pledged targets overdue or missed; to be discussed at this session.',
      evidence: 'Evidence note', date: 'Realization date', value: 'Realized value', submit: 'Save realization',
      status: { berjalan: 'Running', segera: 'Due soon', terlambat: 'Overdue', tercapai: 'Met', tidak_tercapai: 'Missed' },
      pledgeCount: '{{n}} pledges to discuss',
    },
    timeline: {
      title: 'Timeline per ASN', nip: 'NIP', show: 'Show', empty: 'Enter a NIP to see the timeline.',
      jenis: {
        permohonan: 'Request', agenda: 'Scheduled in session', keputusan: 'Decision', revisi: 'Decision revised',
        target_tenggat: 'Target deadline', realisasi: 'Realization', pakta: 'Pledge to step down triggered',
      },
    },
  },
};
