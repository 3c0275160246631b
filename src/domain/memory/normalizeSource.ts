import { foldText, type CharFold } from '../glossary/charFold';

/** Punctuation, symbols that only dress the text, and every kind of space (U+3000 included). */
const ignored = /[\p{P}\p{Zs}\s]/gu;

/**
 * The form sources are compared on: one script (the page's character fold: 產業 → 产业), half-width
 * ASCII, lower case, and no punctuation or spaces, so 「數字經濟」。and 数字经济 are the same text.
 */
export function normalizeSource(text: string, fold: CharFold): string {
  return foldText(text, fold).replace(ignored, '');
}
