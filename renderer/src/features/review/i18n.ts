/** Strings of the review screens, namespace 'review'. */
export const reviewStrings = {
  id: { title: '' },
  en: { title: '' },
};
