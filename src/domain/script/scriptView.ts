/** How the source is displayed; the stored source is never converted. */
export const scriptViews = ['original', 'zh-Hans', 'zh-Hant-TW', 'zh-Hant-HK'] as const;
export type ScriptView = (typeof scriptViews)[number];

export function isScriptView(value: unknown): value is ScriptView {
  return typeof value === 'string' && (scriptViews as readonly string[]).includes(value);
}

/** The BCP 47 tag of text shown in a view, for `lang` attributes and exports. */
export function languageTagOf(view: ScriptView, originalTag: string): string {
  return view === 'original' ? originalTag : view;
}
