export interface TermCandidate {
  term: string;
  count: number;
}

const minLength = 2;
const maxLength = 8;
const minCount = 2;

/**
 * Frequent runs of Han characters not yet in the glossary, ranked by frequency × length. A
 * candidate that only ever occurs inside one longer candidate (數字經 inside 數字經濟) is folded
 * into it.
 */
export function suggestTerms(
  sources: readonly string[],
  known: ReadonlySet<string>,
  limit = 30,
): TermCandidate[] {
  const counts = new Map<string, number>();
  for (const source of sources) {
    for (const run of source.match(/\p{Script=Han}+/gu) ?? []) {
      const chars = [...run];
      for (let start = 0; start < chars.length; start += 1) {
        const longest = Math.min(maxLength, chars.length - start);
        for (let length = minLength; length <= longest; length += 1) {
          const gram = chars.slice(start, start + length).join('');
          counts.set(gram, (counts.get(gram) ?? 0) + 1);
        }
      }
    }
  }
  const absorbed = new Set<string>();
  for (const [gram, count] of counts) {
    const chars = [...gram];
    if (chars.length <= minLength || count < minCount) continue;
    for (const part of [chars.slice(1).join(''), chars.slice(0, -1).join('')]) {
      if (counts.get(part) === count) absorbed.add(part);
    }
  }
  return [...counts]
    .filter(([term, count]) => count >= minCount && !absorbed.has(term) && !known.has(term))
    .map(([term, count]) => ({ term, count }))
    .sort(
      (a, b) =>
        b.count * [...b.term].length - a.count * [...a.term].length ||
        b.count - a.count ||
        a.term.localeCompare(b.term),
    )
    .slice(0, limit);
}
