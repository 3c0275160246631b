import en from '../../locales/en/translation.json';
import zhHans from '../../locales/zh-Hans/translation.json';
import zhHant from '../../locales/zh-Hant/translation.json';

/** Every locale at once, for tests that compare them (the app loads only the active one). */
export const resources = {
  en: { translation: en },
  'zh-Hans': { translation: zhHans },
  'zh-Hant': { translation: zhHant },
} as const;
