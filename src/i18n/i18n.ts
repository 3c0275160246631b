import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../locales/en/translation.json';
import zhHans from '../../locales/zh-Hans/translation.json';
import zhHant from '../../locales/zh-Hant/translation.json';
import type { UiLanguage } from './languages';

export const resources = {
  en: { translation: en },
  'zh-Hans': { translation: zhHans },
  'zh-Hant': { translation: zhHant },
} as const;

/** A fresh i18next instance, so tests and the app never share language state. */
export async function createI18n(language: UiLanguage): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
