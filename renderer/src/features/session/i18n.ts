/** Strings of the session screens, namespace 'session'. */
export const sessionStrings = {
  id: { title: '' },
  en: { title: '' },
};
