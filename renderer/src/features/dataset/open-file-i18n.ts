import i18next from 'i18next';

/** Strings for a file the OS handed to the app, namespace 'openFile'. */
export const openFileStrings = {
  id: {
    replace: 'Dataset yang terbuka punya tindakan yang belum disimpan penuh ke berkasnya (sudah aman di jurnal). Tutup dan buka {{name}}?',
    response: 'Tanggapan telaah {{name}} diterima. Impor dari halaman Sidang → Telaah → Impor tanggapan setelah dataset sekretariat terbuka.',
  },
  en: {
    replace: 'The open dataset has acts not yet fully saved to its file (they are safe in the journal). Close it and open {{name}}?',
    response: 'Review response {{name}} received. Import it from Session → Review → Import response once the secretariat dataset is open.',
  },
};

/** Read when the event fires (the hook runs in App before its i18n provider exists). */
export function openFileText(key: keyof typeof openFileStrings.id, params: Record<string, string>): string {
  if (!i18next.hasResourceBundle('id', 'openFile')) {
    i18next.addResourceBundle('id', 'openFile', openFileStrings.id);
    i18next.addResourceBundle('en', 'openFile', openFileStrings.en);
  }
  return i18next.t(key, { ns: 'openFile', ...params });
}
