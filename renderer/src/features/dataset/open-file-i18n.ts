/** Strings for a file the OS handed to the app (double-click, second launch), namespace 'openFile'. */
export const openFileStrings = {
  id: {
    replaceTitle: 'Buka {{name}}?',
    replace: 'Dataset yang terbuka punya tindakan yang belum disimpan penuh ke berkasnya (sudah aman di jurnal). Tutup dan buka {{name}}?',
    replaceConfirm: 'Tutup dan buka',
    cancel: 'Batal',
    responseTitle: 'Tanggapan telaah diterima',
    response: 'Berkas {{name}} berisi tanggapan anggota atas paket telaah. Impor ke sidang tempat paketnya diterbitkan.',
    import: 'Impor tanggapan',
    imported: 'Tanggapan {{nama}} versi {{versi}} diimpor ke sidang {{nomor}} ({{q}} pertanyaan, {{s}} sikap). Lihat di Telaah.',
    dismiss: 'Tutup pemberitahuan',
  },
  en: {
    replaceTitle: 'Open {{name}}?',
    replace: 'The open dataset has acts not yet fully saved to its file (they are safe in the journal). Close it and open {{name}}?',
    replaceConfirm: 'Close and open',
    cancel: 'Cancel',
    responseTitle: 'Review response received',
    response: 'File {{name}} holds a member\'s response to a review packet. Import it into the session its packet was issued for.',
    import: 'Import response',
    imported: "{{nama}}'s response version {{versi}} imported into session {{nomor}} ({{q}} questions, {{s}} stances). See Review.",
    dismiss: 'Dismiss',
  },
};
