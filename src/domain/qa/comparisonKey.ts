import type { CharFold } from '../glossary/charFold';

/**
 * The form texts are compared in by the consistency check: folded as glossary terms are (one
 * script, lower case, half-width: see charFold), without whitespace, punctuation or symbols, so
 * "產業互聯網。" and "产业互联网" are the same source and "Industrial Internet." and "industrial
 * internet" the same English. Each UTF-16 unit is folded and classed once, in tables: a whole
 * project's texts are keyed in a few tens of milliseconds.
 */
// Keys are compared, never shown: a lone surrogate decoded as U+FFFD changes nothing that matters.
const decoder = new TextDecoder('utf-16le');

export function makeComparisonKey(fold: CharFold): (text: string) => string {
  const folded = new Uint16Array(65536);
  /** 0: not yet seen; 1: kept; 2: left out. */
  const kind = new Uint8Array(65536);
  const learn = (unit: number): void => {
    const char = String.fromCharCode(unit);
    const isSurrogate = unit >= 0xd800 && unit <= 0xdfff;
    const result = isSurrogate ? char : fold(char);
    folded[unit] = result.length === 1 ? result.charCodeAt(0) : unit;
    kind[unit] = !isSurrogate && /[\s\p{P}\p{S}]/u.test(char) ? 2 : 1;
  };
  let buffer = new Uint16Array(256);
  return (text) => {
    if (buffer.length < text.length) buffer = new Uint16Array(text.length * 2);
    let length = 0;
    for (let at = 0; at < text.length; at += 1) {
      const unit = text.charCodeAt(at);
      if (kind[unit] === 0) learn(unit);
      if (kind[unit] === 1) buffer[length++] = folded[unit] ?? unit;
    }
    return decoder.decode(buffer.subarray(0, length));
  };
}
