import { useTranslation } from 'react-i18next';

/**
 * Strings of the audit verification screen and the save-status control, namespace 'audit'.
 * Registered on first use (the feature resource list belongs to the session screens).
 */
export const auditStrings = {
  id: {
    title: 'Verifikasi jejak audit',
    intro: 'Setiap tindakan dicatat berantai: hash tiap entri mencakup hash entri sebelumnya, sehingga perubahan satu bait pun terlihat.',
    verify: 'Periksa ulang', valid: 'Rantai utuh', broken: 'Rantai rusak', entries: '{{count}} entri',
    head: 'Kepala rantai (entri #{{seq}})', headHint: 'Hash ini dicetak pada setiap dokumen sidang; cocokkan dengan kertasnya untuk mendeteksi entri yang terpotong.',
    firstBroken: 'Entri pertama yang rusak: #{{seq}}', showEntry: 'Tampilkan entri',
    problem: {
      payload_berubah: 'Isi entri berubah: hash isinya tidak cocok.',
      hash_entri_berubah: 'Waktu, pelaku, tindakan atau hash entri berubah.',
      rantai_terputus: 'Hash entri sebelumnya tidak cocok: rantai terputus di sini.',
      urutan_loncat: 'Nomor urut meloncat: ada entri yang dihapus atau disisipkan.',
    },
    unverified: 'belum terverifikasi', brokenMark: 'rusak',
    rowsBad: 'Tabel tidak cocok dengan rantai', rowsOk: '{{count}} baris suara, konflik dan keputusan cocok dengan rantai',
    rowsTitle: '{{count}} baris berbeda dari yang dicatat rantai',
    rowsMore: '… dan {{count}} lagi (lihat "baperjakat audit --json").',
    row: {
      berbeda: 'kolom {{kolom}} berisi {{diTabel}}, padahal entri #{{seq}} mencatat {{tercatat}}',
      tanpa_entri: 'baris ini tidak dicatat oleh entri audit mana pun',
      baris_hilang: 'dicatat oleh entri #{{seq}}, tetapi barisnya tidak ada lagi',
    },
    compareHead: 'Hash kepala dari dokumen', compare: 'Cocokkan',
    headFound: 'Ditemukan pada entri #{{seq}}; {{after}} entri dicatat sesudahnya.',
    headAtEnd: 'Cocok dengan kepala rantai saat ini: tidak ada entri yang terpotong.',
    headMissing: 'Tidak ditemukan di rantai ini: entri terpotong, atau dokumen berasal dari dataset lain.',
    col: { seq: '#', at: 'Waktu', actor: 'Pelaku', action: 'Tindakan', payload: 'Rincian (id saja)', hash: 'Hash entri' },
    saving: {
      title: 'Penyimpanan dan keamanan sesi', savedAt: 'Tersimpan {{time}}', notSaved: 'Belum disimpan',
      fullSave: 'Simpan penuh terakhir: {{time}}', journal: '{{count}} tindakan di jurnal (aman; dilebur pada simpan penuh berikutnya)',
      saveNow: 'Simpan sekarang', saveAs: 'Simpan sebagai…', savedTo: 'Disimpan ke {{path}}',
      recovered: 'Dipulihkan setelah gangguan: {{count}} tindakan dari jurnal.',
      damaged: 'Sebagian jurnal rusak dan tidak dipakai; salinannya disimpan di {{path}}.',
      autoLock: 'Kunci otomatis setelah tidak aktif (menit)', failed: 'Gagal menyimpan',
    },
  },
  en: {
    title: 'Audit trail verification',
    intro: 'Every act is chained: each entry’s hash covers the previous entry’s hash, so changing even one byte shows.',
    verify: 'Check again', valid: 'Chain intact', broken: 'Chain broken', entries: '{{count}} entries',
    head: 'Chain head (entry #{{seq}})', headHint: 'This hash is printed on every session document; compare it with the paper to detect cut-off entries.',
    firstBroken: 'First broken entry: #{{seq}}', showEntry: 'Show entry',
    problem: {
      payload_berubah: 'The entry’s content changed: its content hash does not match.',
      hash_entri_berubah: 'Time, actor, action or the entry hash changed.',
      rantai_terputus: 'The previous-entry hash does not match: the chain breaks here.',
      urutan_loncat: 'The sequence skips: an entry was deleted or inserted.',
    },
    unverified: 'not verified', brokenMark: 'broken',
    rowsBad: 'Tables do not match the chain', rowsOk: '{{count}} vote, recusal and decision rows match the chain',
    rowsTitle: '{{count}} rows differ from what the chain recorded',
    rowsMore: '… and {{count}} more (see "baperjakat audit --json").',
    row: {
      berbeda: 'column {{kolom}} holds {{diTabel}}, but entry #{{seq}} recorded {{tercatat}}',
      tanpa_entri: 'no audit entry recorded this row',
      baris_hilang: 'recorded by entry #{{seq}}, but the row is gone',
    },
    compareHead: 'Head hash from a document', compare: 'Compare',
    headFound: 'Found at entry #{{seq}}; {{after}} entries were recorded after it.',
    headAtEnd: 'Matches the current chain head: nothing was cut off.',
    headMissing: 'Not in this chain: entries were cut off, or the document belongs to another dataset.',
    col: { seq: '#', at: 'Time', actor: 'Actor', action: 'Action', payload: 'Details (ids only)', hash: 'Entry hash' },
    saving: {
      title: 'Saving and session safety', savedAt: 'Saved {{time}}', notSaved: 'Not saved yet',
      fullSave: 'Last full save: {{time}}', journal: '{{count}} acts in the journal (safe; folded in at the next full save)',
      saveNow: 'Save now', saveAs: 'Save as…', savedTo: 'Saved to {{path}}',
      recovered: 'Recovered after an interruption: {{count}} acts from the journal.',
      damaged: 'Part of the journal was damaged and not used; a copy was kept at {{path}}.',
      autoLock: 'Auto-lock after inactivity (minutes)', failed: 'Saving failed',
    },
  },
};

export function useAuditT() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('id', 'audit')) {
    i18n.addResourceBundle('id', 'audit', auditStrings.id);
    i18n.addResourceBundle('en', 'audit', auditStrings.en);
  }
  return useTranslation('audit').t;
}
