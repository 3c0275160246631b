import { AhoCorasick } from './AhoCorasick';
import { foldText, type CharFold } from './charFold';

export interface TermCandidate {
  /** As first written in the source (either script). */
  term: string;
  /** Times it occurs in all sources. */
  count: number;
  /** Sources (segments) it occurs in. */
  segments: number;
}

export interface SuggestOptions {
  /** Folds to the script the word segmenter knows best (Simplified) without changing lengths. */
  fold: CharFold;
  limit?: number;
  /**
   * Word segmentation runs at about 4 µs a character: above this many characters, candidates
   * are found in an even sample of the sources and then counted exactly in all of them.
   */
  maxSampleChars?: number;
}

const minChars = 2;
const maxChars = 8;
/** Longer runs are counted too, so a run that only ever occurs inside one is recognised. */
const maxCountedChars = 12;
const maxWords = 8;
const phraseRatio = 5;
const minCount = 2;

/**
 * Characters that begin or end a phrase but never a term (particles, conjunctions, prepositions,
 * copulas, measure words), written Simplified because candidates are compared folded.
 */
const functionChars = new Set([
  ...'的了和与及或是在等也都就对为把被从向以于将并而之其这那个着过由让使给所很又再要',
]);

/**
 * Term candidates: runs of whole words (as `Intl.Segmenter` cuts Simplified Chinese) repeated in
 * the sources and not yet in the glossary, so a candidate never cuts a word in two. ICU's
 * dictionary splits many compounds (互联网 → 互|联|网, 开源 → 开|源), so adjacent words are
 * joined into longer candidates. Dropped: a run that only ever occurs inside one longer run (互聯
 * inside 互聯網), a phrase that is a far more frequent run plus one word (推進 + 產業互聯網), runs
 * that start or end on a function character or hold one as a word (的, 和, 是…), and single
 * dictionary words shorter than four characters (ordinary vocabulary). Ranked by count × √length.
 */
export function suggestTerms(
  sources: readonly string[],
  known: ReadonlySet<string>,
  { fold, limit = 60, maxSampleChars = 60_000 }: SuggestOptions,
): TermCandidate[] {
  let totalChars = 0;
  for (const source of sources) totalChars += source.length;
  if (totalChars <= maxSampleChars) return candidatesIn(sources, known, fold, limit);
  const stride = Math.ceil(totalChars / maxSampleChars);
  const sample = sources.filter((_, index) => index % stride === 0);
  const found = candidatesIn(sample, known, fold, limit * 2);
  return countExactly(found, sources, fold)
    .sort((a, b) => score(b) - score(a) || b.count - a.count || a.term.localeCompare(b.term))
    .slice(0, limit);
}

function score({ term, count }: TermCandidate): number {
  return Math.sqrt(term.length) * count;
}

function candidatesIn(
  sources: readonly string[],
  known: ReadonlySet<string>,
  fold: CharFold,
  limit: number,
): TermCandidate[] {
  const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });
  const stats = new Map<string, Stat>();
  for (const source of sources) {
    const folded = foldText(source, fold);
    const seenHere = new Set<string>();
    for (const run of hanWordRuns(folded, segmenter)) {
      for (let first = 0; first < run.length; first += 1) {
        for (let last = first; last < run.length && last - first < maxWords; last += 1) {
          const start = run[first]?.start ?? 0;
          const end = run[last]?.end ?? 0;
          if (end - start > maxCountedChars) break;
          if (end - start < minChars) continue;
          const key = folded.slice(start, end);
          let entry = stats.get(key);
          if (!entry) {
            const cuts = run.slice(first, last + 1).map((word) => word.start - start);
            entry = { term: source.slice(start, end), cuts, count: 0, segments: 0 };
            stats.set(key, entry);
          }
          entry.count += 1;
          if (!seenHere.has(key)) {
            seenHere.add(key);
            entry.segments += 1;
          }
        }
      }
    }
  }

  const frequent = new Map([...stats].filter(([, entry]) => entry.count >= minCount));
  // A run that never occurs without the same word next to it is part of a longer candidate.
  // A phrase built around a far more frequent run (推進 + 產業互聯網) is that run in context.
  const absorbed = new Set<string>();
  for (const [key, entry] of frequent) {
    const { cuts } = entry;
    if (cuts.length < 2) continue;
    for (const part of [key.slice(cuts[1]), key.slice(0, cuts.at(-1))]) {
      const partCount = stats.get(part)?.count ?? 0;
      if (partCount === entry.count) absorbed.add(part);
      if (entry.count * phraseRatio < partCount) absorbed.add(key);
    }
  }
  const knownFolded = new Set([...known].map((term) => foldText(term.trim(), fold)));
  return [...frequent]
    .filter(([key, entry]) => {
      if (key.length > maxChars || absorbed.has(key) || knownFolded.has(key)) return false;
      if (entry.cuts.length === 1) return key.length >= 4;
      if (functionChars.has(key[0] ?? '') || functionChars.has(key.at(-1) ?? '')) return false;
      return !wordsOf(key, entry.cuts).some((word) => word.length === 1 && functionChars.has(word));
    })
    .map(([, { term, count, segments }]) => ({ term, count, segments }))
    .sort((a, b) => score(b) - score(a) || b.count - a.count || a.term.localeCompare(b.term))
    .slice(0, limit);
}

/** The candidates' occurrences and segments in all the sources, in one pass over each. */
function countExactly(
  candidates: readonly TermCandidate[],
  sources: readonly string[],
  fold: CharFold,
): TermCandidate[] {
  const automaton = new AhoCorasick();
  candidates.forEach((candidate, id) => automaton.add(id, foldText(candidate.term, fold)));
  const unitTable = new Uint16Array(65536);
  const fillUnit = (unit: number) => {
    const char = String.fromCharCode(unit);
    const folded = unit >= 0xd800 && unit <= 0xdfff ? char : fold(char);
    const result = folded.length === 1 ? folded.charCodeAt(0) : unit;
    unitTable[unit] = result;
    return result;
  };
  const counts = candidates.map(() => ({ count: 0, segments: 0, lastSource: -1 }));
  sources.forEach((source, sourceIndex) => {
    automaton.search(source, unitTable, fillUnit, (_start, _end, id) => {
      const tally = counts[id];
      if (!tally) return;
      tally.count += 1;
      if (tally.lastSource !== sourceIndex) {
        tally.lastSource = sourceIndex;
        tally.segments += 1;
      }
    });
  });
  return candidates.map(({ term }, id) => ({
    term,
    count: counts[id]?.count ?? 0,
    segments: counts[id]?.segments ?? 0,
  }));
}

function wordsOf(key: string, cuts: readonly number[]): string[] {
  return cuts.map((cut, index) => key.slice(cut, cuts[index + 1]));
}

interface Stat {
  term: string;
  /** Where its words start, relative to its start (the first is 0). */
  cuts: number[];
  count: number;
  segments: number;
}

interface WordSpan {
  start: number;
  end: number;
}

/** Consecutive Han words; anything else (punctuation, Latin, digits, spaces) ends a run. */
function hanWordRuns(text: string, segmenter: Intl.Segmenter): WordSpan[][] {
  const runs: WordSpan[][] = [];
  let run: WordSpan[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    if (/^\p{Script=Han}+$/u.test(segment)) {
      run.push({ start: index, end: index + segment.length });
    } else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
