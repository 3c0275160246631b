import type { CharFold } from '../glossary/charFold';

/** Punctuation, symbols that only dress the text, and every kind of space (U+3000 included). */
const ignored = /[\p{P}\p{Zs}\s]/gu;

/**
 * The form sources are compared on: one script (the page's character fold: 產業 → 产业), half-width
 * ASCII, lower case, and no punctuation or spaces, so 「數字經濟」。and 数字经济 are the same text.
 */
export function normalizeSource(text: string, fold: CharFold): string {
  let kept = folds.get(fold);
  if (!kept) {
    kept = new Map();
    folds.set(fold, kept);
  }
  let normalized = '';
  for (const char of text) {
    let form = kept.get(char);
    if (form === undefined) {
      form = fold(char).replace(ignored, '');
      kept.set(char, form);
    }
    normalized += form;
  }
  return normalized;
}

/** Each character's normalised form (possibly empty), per fold: a memory has few distinct ones. */
const folds = new WeakMap<CharFold, Map<string, string>>();
