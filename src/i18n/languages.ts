export const uiLanguages = ['en', 'zh-Hans', 'zh-Hant'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

/** Maps the browser's preferred languages to one we ship: zh-TW/zh-HK/zh-MO → Traditional. */
export function detectUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) {
      return /hant|tw|hk|mo/.test(lower) ? 'zh-Hant' : 'zh-Hans';
    }
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
