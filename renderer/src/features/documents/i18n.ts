/** Strings of the documents screens, namespace 'documents'. */
export const documentsStrings = {
  id: { title: '' },
  en: { title: '' },
};
