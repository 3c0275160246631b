import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type en from '../../locales/en/translation.json';
import type { UiLanguage } from './languages';

export type Translation = typeof en;

/**
 * One chunk per interface language: only the active one is downloaded at start-up, another
 * when the translator switches to it.
 */
const importers: Record<UiLanguage, () => Promise<{ default: Translation }>> = {
  en: () => import('../../locales/en/translation.json'),
  'zh-Hans': () => import('../../locales/zh-Hans/translation.json'),
  'zh-Hant': () => import('../../locales/zh-Hant/translation.json'),
};

const loading = new Map<UiLanguage, Promise<Translation>>();

/** The texts of one language (downloaded once; a failed download is tried again next time). */
export function loadTranslation(language: UiLanguage): Promise<Translation> {
  let translation = loading.get(language);
  if (!translation) {
    translation = importers[language]().then(
      (module) => module.default,
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, translation);
  }
  return translation;
}

/** A fresh i18next instance, so tests and the app never share language state. */
export async function createI18n(language: UiLanguage): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: { [language]: { translation: await loadTranslation(language) } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Makes a language's texts available to an instance, downloading them if need be. */
export async function addUiLanguage(instance: I18n, language: UiLanguage): Promise<void> {
  if (instance.hasResourceBundle(language, 'translation')) return;
  instance.addResourceBundle(language, 'translation', await loadTranslation(language));
}
