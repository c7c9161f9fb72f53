import { useTranslation } from 'react-i18next';

/** Strings of the first-run "new dataset" form, namespace 'createDataset'. */
export const createDatasetStrings = {
  id: {
    open: 'Buat dataset baru',
    title: 'Buat dataset baru',
    hint: 'Dataset kosong terenkripsi. Setelah dibuat, isi datanya lewat Impor Data. Frasa sandi tidak dapat dipulihkan bila lupa.',
    passphrase: 'Frasa sandi',
    confirm: 'Ulangi frasa sandi',
    mismatch: 'Kedua frasa sandi tidak sama.',
    submit: 'Pilih lokasi dan buat',
  },
  en: {
    open: 'Create a new dataset',
    title: 'Create a new dataset',
    hint: 'An empty encrypted dataset. Once created, fill it through Import data. A forgotten passphrase cannot be recovered.',
    passphrase: 'Passphrase',
    confirm: 'Repeat the passphrase',
    mismatch: 'The two passphrases differ.',
    submit: 'Choose a location and create',
  },
};

export function useCreateDatasetT() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('id', 'createDataset')) {
    i18n.addResourceBundle('id', 'createDataset', createDatasetStrings.id);
    i18n.addResourceBundle('en', 'createDataset', createDatasetStrings.en);
  }
  return useTranslation('createDataset').t;
}
