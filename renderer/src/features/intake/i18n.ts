/** Strings of the intake screens, namespace 'intake'. */
export const intakeStrings = {
  id: { title: '' },
  en: { title: '' },
};
