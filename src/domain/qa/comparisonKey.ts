import type { CharFold } from '../glossary/charFold';

/**
 * The form texts are compared in by the consistency check: folded as glossary terms are (one
 * script, lower case, half-width: see charFold), without whitespace, punctuation or symbols, so
 * "產業互聯網。" and "产业互联网" are the same source and "Industrial Internet." and "industrial
 * internet" the same English. Each UTF-16 unit is folded and classed once, in tables: a whole
 * project's texts are keyed in a few tens of milliseconds.
 *
 * The key is the folded text's length and two 32-bit hashes of it, not the folded text: a worker
 * hands 40,000 of them to the page, and the page's indexes hash short strings. It is meant to be
 * compared, not read. Two different
 * texts share a key with a chance of about one in 2^64 per pair (a spurious consistency warning
 * once in billions of projects). Text that folds to nothing (only punctuation) keys as ''.
 */
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
  return (text) => {
    let length = 0;
    // FNV-1a, and a second multiply-rotate hash, over the kept folded units.
    let first = 0x811c9dc5;
    let second = 0x9747b28c;
    for (let at = 0; at < text.length; at += 1) {
      const unit = text.charCodeAt(at);
      if (kind[unit] === 0) learn(unit);
      if (kind[unit] !== 1) continue;
      const value = folded[unit] ?? unit;
      length += 1;
      first = Math.imul(first ^ value, 0x01000193);
      second = Math.imul(second ^ value, 0x5bd1e995);
      second = (second << 13) | (second >>> 19);
    }
    if (length === 0) return '';
    return String.fromCharCode(
      chunk(length),
      chunk(length >>> 15),
      chunk(first),
      chunk(first >>> 15),
      chunk(first >>> 30),
      chunk(second),
      chunk(second >>> 15),
      chunk(second >>> 30),
    );
  };
}

/**
 * Fifteen bits of a number as one UTF-16 unit, from U+0100 (never a surrogate): a key is eight
 * such units. Written in base 36 instead (`toString(36)`), the keys of a whole project took
 * longer to write than to hash.
 */
const chunk = (bits: number): number => 0x100 + (bits & 0x7fff);
