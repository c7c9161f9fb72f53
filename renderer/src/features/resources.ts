import { intakeStrings } from './intake/i18n';
import { compareStrings } from './compare/i18n';
import { sessionStrings } from './session/i18n';
import { documentsStrings } from './documents/i18n';
import { reviewStrings } from './review/i18n';
import { reportStrings } from './report/i18n';
import { talentStrings } from './talent/i18n';
import { openFileStrings } from './dataset/open-file-i18n';

/** i18n namespaces contributed by each feature folder. */
export const FEATURE_RESOURCES: Record<string, { id: object; en: object }> = {
  intake: intakeStrings,
  compare: compareStrings,
  session: sessionStrings,
  documents: documentsStrings,
  review: reviewStrings,
  report: reportStrings,
  talent: talentStrings,
  openFile: openFileStrings,
};
