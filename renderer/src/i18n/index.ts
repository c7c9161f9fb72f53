import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatError } from '../../../shared/errors';
import { core } from './core';
import { FEATURE_RESOURCES } from '../features/resources';
import { ApiError } from '../api';

/** Bahasa Indonesia by default; every feature brings its own strings under its own namespace. */
export function initI18n(lang: 'id' | 'en'): typeof i18next {
  const resources: Record<'id' | 'en', Record<string, object>> = { id: { core: core.id }, en: { core: core.en } };
  for (const [ns, r] of Object.entries(FEATURE_RESOURCES)) {
    resources.id[ns] = r.id;
    resources.en[ns] = r.en;
  }
  void i18next.use(initReactI18next).init({
    lng: lang, fallbackLng: 'id', resources, defaultNS: 'core', interpolation: { escapeValue: false },
  });
  return i18next;
}

/** The user-facing text of any error, in the current language. */
export function errorText(err: unknown): string {
  const lang = (i18next.language === 'en' ? 'en' : 'id') as 'id' | 'en';
  if (err instanceof ApiError) return formatError(err.code, err.params, lang);
  return err instanceof Error ? err.message : String(err);
}
