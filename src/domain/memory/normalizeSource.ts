import type { CharFold } from '../glossary/charFold';

/** Punctuation, symbols that only dress the text, and every kind of space (U+3000 included). */
const ignored = /[\p{P}\p{Zs}\s]/gu;

/**
 * The form sources are compared on: one script (the page's character fold: 產業 → 产业), half-width
 * ASCII, lower case, and no punctuation or spaces, so 「數字經濟」。and 数字经济 are the same text.
 */
export function normalizeSource(text: string, fold: CharFold): string {
  let table = tables.get(fold);
  if (!table) {
    table = new Int32Array(0x10000);
    tables.set(fold, table);
  }
  // One table look-up per UTF-16 unit (the memory's 100,000 units are normalised when it loads);
  // characters outside the BMP go the slower way.
  if (codes.length < text.length) codes = new Uint16Array(text.length * 2);
  let length = 0;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code >= 0xd800 && code <= 0xdfff) return normalizeByCharacter(text, fold);
    let form = table[code] as number;
    if (form === unknown) {
      const folded = formOf(String.fromCharCode(code), fold);
      form = folded === '' ? removed : folded.charCodeAt(0);
      table[code] = form;
    }
    if (form !== removed) codes[length++] = form;
  }
  let normalized = '';
  for (let at = 0; at < length; at += chunk) {
    normalized += String.fromCharCode(...codes.subarray(at, Math.min(length, at + chunk)));
  }
  return normalized;
}

const unknown = 0;
const removed = -1;
const chunk = 4096;
let codes = new Uint16Array(1024);

/** Each BMP character's normalised code (or `removed`), per fold, filled as characters are met. */
const tables = new WeakMap<CharFold, Int32Array>();

function formOf(char: string, fold: CharFold): string {
  return fold(char).replace(ignored, '');
}

function normalizeByCharacter(text: string, fold: CharFold): string {
  let normalized = '';
  for (const char of text) normalized += formOf(char, fold);
  return normalized;
}
