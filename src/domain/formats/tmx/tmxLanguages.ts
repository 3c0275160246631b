/**
 * A language tag as tools write it (`ZH_CN`, `en-us`, `zh-hant-tw`) in BCP 47's usual case:
 * `zh-CN`, `en-US`, `zh-Hant-TW`. OmegaT and Trados have written all of these.
 */
export function normaliseLanguageTag(tag: string): string {
  const parts = tag.trim().split(/[-_]/).filter(Boolean);
  return parts
    .map((part, index) => {
      if (index === 0) return part.toLowerCase();
      if (part.length === 4 && /^[a-z]+$/i.test(part))
        return part.slice(0, 1).toUpperCase() + part.slice(1).toLowerCase();
      if (part.length === 2 || /^\d{3}$/.test(part)) return part.toUpperCase();
      return part.toLowerCase();
    })
    .join('-');
}

function primary(tag: string): string {
  return (tag.split('-')[0] ?? '').toLowerCase();
}

const chinese: ReadonlySet<string> = new Set(['zh', 'cmn', 'zho', 'chi']);
const english: ReadonlySet<string> = new Set(['en', 'eng']);

export function isChineseTag(tag: string): boolean {
  return chinese.has(primary(tag));
}

export function isEnglishTag(tag: string): boolean {
  return english.has(primary(tag));
}
