import { useTranslation } from 'react-i18next';

/** Strings of the damaged-journal decision, namespace 'journal'. */
const journalStrings = {
  id: {
    title: 'Jurnal pemulihan tidak utuh',
    problem: {
      bukan_berkas: 'Jurnal di samping berkas ini bukan berkas biasa, atau terlalu besar.',
      kepala: 'Kepala jurnal rusak, atau jurnal ditulis dengan kunci lain.',
      versi: 'Jurnal ini memakai format yang tidak dikenal aplikasi ini.',
      rekaman: 'Sebagian catatan jurnal rusak.',
      terpotong: 'Jurnal terpotong: catatan terakhirnya hilang.',
      penghitung: 'Penghitung jurnal rusak: jumlah tindakan yang tersimpan tidak diketahui.',
      milik_berkas_lain: 'Jurnal ini milik berkas lain: {{path}}. Tindakannya tidak diputar ulang di sini.',
    },
    replayed: '{{count}} tindakan diputar ulang.',
    lost: '{{count}} tindakan yang sudah tersimpan tidak dapat diputar ulang.',
    lostUnknown: 'Jumlah tindakan yang tidak dapat diputar ulang tidak diketahui.',
    copy: 'Salinan utuh jurnal disimpan di {{path}}.',
    readOnly: 'Dataset hanya-baca sampai Anda memutuskan.',
    continue: 'Lanjutkan tanpa tindakan itu', close: 'Tutup dataset',
  },
  en: {
    title: 'The recovery journal is not whole',
    problem: {
      bukan_berkas: 'The journal beside this file is not a regular file, or is far too large.',
      kepala: 'The journal header is damaged, or the journal was written under another key.',
      versi: 'This journal uses a format this app does not know.',
      rekaman: 'Some journal records are damaged.',
      terpotong: 'The journal was cut short: its last records are missing.',
      penghitung: 'The journal counter is damaged: how many acts were saved is unknown.',
      milik_berkas_lain: 'This journal belongs to another file: {{path}}. Its acts were not replayed here.',
    },
    replayed: '{{count}} acts were replayed.',
    lost: '{{count}} saved acts could not be replayed.',
    lostUnknown: 'How many acts could not be replayed is unknown.',
    copy: 'A full copy of the journal was kept at {{path}}.',
    readOnly: 'The dataset is read-only until you decide.',
    continue: 'Continue without those acts', close: 'Close the dataset',
  },
};

export function useJournalT() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('id', 'journal')) {
    i18n.addResourceBundle('id', 'journal', journalStrings.id);
    i18n.addResourceBundle('en', 'journal', journalStrings.en);
  }
  return useTranslation('journal').t;
}
