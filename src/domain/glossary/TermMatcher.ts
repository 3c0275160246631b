import { AhoCorasick } from './AhoCorasick';
import { foldText, type CharFold } from './charFold';

export interface TermSource {
  id: string;
  source: string;
}

export interface TermOccurrence {
  /** UTF-16 offsets in the text that was searched. */
  start: number;
  end: number;
  /** Entries whose source term is this span (several when the glossary repeats a term). */
  entryIds: readonly string[];
}

/**
 * Finds glossary terms in source text, whatever the script either was written in: terms and
 * text are folded the same way (see charFold) and searched in one Aho–Corasick pass. Where terms
 * overlap, the leftmost and then the longest wins, so 產業互聯網 hides the 互聯網 inside it.
 */
export class TermMatcher {
  private readonly automaton = new AhoCorasick();
  private readonly patternOf = new Map<string, { patternId: number; folded: string }>();
  private readonly entriesOfPattern = new Map<number, string[]>();
  private readonly patternIdOfFolded = new Map<string, number>();
  private nextPatternId = 0;
  /** Folded form of each UTF-16 code unit, filled in as units are met (0: not yet known). */
  private readonly unitFold = new Uint16Array(65536);
  private bestEnd = new Int32Array(256);
  private bestPattern = new Int32Array(256);

  constructor(private readonly fold: CharFold) {}

  private readonly foldUnit = (unit: number): number => {
    const isSurrogate = unit >= 0xd800 && unit <= 0xdfff;
    const folded = isSurrogate ? String.fromCharCode(unit) : this.fold(String.fromCharCode(unit));
    const result = folded.length === 1 ? folded.charCodeAt(0) : unit;
    this.unitFold[unit] = result;
    return result;
  };

  /** Brings the matcher in line with the glossary, touching only what changed. */
  setTerms(terms: readonly TermSource[]): void {
    const wanted = new Map(terms.map((term) => [term.id, foldText(term.source.trim(), this.fold)]));
    for (const [entryId, { folded }] of this.patternOf) {
      if (wanted.get(entryId) !== folded) this.removeEntry(entryId);
    }
    for (const [entryId, folded] of wanted) {
      if (!this.patternOf.has(entryId) && folded !== '') this.addEntry(entryId, folded);
    }
  }

  find(text: string): TermOccurrence[] {
    if (this.automaton.size === 0) return [];
    if (this.bestEnd.length < text.length) {
      this.bestEnd = new Int32Array(text.length * 2);
      this.bestPattern = new Int32Array(text.length * 2);
    }
    const { bestEnd, bestPattern } = this;
    bestEnd.fill(0, 0, text.length);
    // The longest match starting at each offset; then leftmost-longest in one sweep, no sort.
    this.automaton.search(text, this.unitFold, this.foldUnit, (start, end, patternId) => {
      if (end > (bestEnd[start] ?? 0)) {
        bestEnd[start] = end;
        bestPattern[start] = patternId;
      }
    });
    const occurrences: TermOccurrence[] = [];
    for (let start = 0; start < text.length;) {
      const end = bestEnd[start] ?? 0;
      if (end === 0) {
        start += 1;
        continue;
      }
      const entryIds = this.entriesOfPattern.get(bestPattern[start] ?? -1) ?? [];
      occurrences.push({ start, end, entryIds });
      start = end;
    }
    return occurrences;
  }

  private addEntry(entryId: string, folded: string): void {
    let patternId = this.patternIdOfFolded.get(folded);
    if (patternId === undefined) {
      patternId = this.nextPatternId++;
      this.patternIdOfFolded.set(folded, patternId);
      this.entriesOfPattern.set(patternId, []);
      this.automaton.add(patternId, folded);
    }
    this.entriesOfPattern.get(patternId)?.push(entryId);
    this.patternOf.set(entryId, { patternId, folded });
  }

  private removeEntry(entryId: string): void {
    const known = this.patternOf.get(entryId);
    if (!known) return;
    this.patternOf.delete(entryId);
    const remaining = (this.entriesOfPattern.get(known.patternId) ?? []).filter(
      (id) => id !== entryId,
    );
    if (remaining.length > 0) {
      this.entriesOfPattern.set(known.patternId, remaining);
      return;
    }
    this.entriesOfPattern.delete(known.patternId);
    this.patternIdOfFolded.delete(known.folded);
    this.automaton.remove(known.patternId);
  }
}
