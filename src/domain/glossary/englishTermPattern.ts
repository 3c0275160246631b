/**
 * A pattern that finds an English term in a translation the way a reviewer would accept it:
 * any case, regular plurals (-s, -es, y → -ies) and possessives ('s, ’s, s') on the last word,
 * and hyphens and spaces between words interchangeable.
 */
export function englishTermPattern(term: string): RegExp {
  // The terminology check asks for the same targets for every segment after every save.
  let pattern = patterns.get(term);
  if (!pattern) {
    if (patterns.size >= maxCachedPatterns) patterns.clear();
    pattern = compile(term);
    patterns.set(term, pattern);
  }
  return pattern;
}

// Not global, so a shared RegExp keeps no state between tests.
const patterns = new Map<string, RegExp>();
const maxCachedPatterns = 10_000;

function compile(term: string): RegExp {
  const words = term
    .trim()
    .toLowerCase()
    .split(/[\s\-‐–]+/)
    .filter(Boolean);
  if (words.length === 0) return /(?!)/;
  const last = inflected(words.at(-1) ?? '');
  const body = [...words.slice(0, -1).map(escape), last].join('[\\s\\-‐–]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:['’]s|s['’])?(?![\\p{L}\\p{N}])`, 'iu');
}

function inflected(word: string): string {
  const plain = escape(word);
  if (/[^aeiou]y$/.test(word)) return `(?:${plain}|${escape(word.slice(0, -1))}ies)`;
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${plain}(?:es)?`;
  return `${plain}s?`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
