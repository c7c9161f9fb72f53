/** Strings of the compare screens, namespace 'compare'. */
export const compareStrings = {
  id: { title: '' },
  en: { title: '' },
};
