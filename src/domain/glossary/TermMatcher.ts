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
  entryIds: string[];
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

  constructor(private readonly fold: CharFold) {}

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
    const matches = this.automaton
      .search(foldText(text, this.fold))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const occurrences: TermOccurrence[] = [];
    let covered = 0;
    for (const match of matches) {
      if (match.start < covered) continue;
      occurrences.push({
        start: match.start,
        end: match.end,
        entryIds: [...(this.entriesOfPattern.get(match.patternId) ?? [])],
      });
      covered = match.end;
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
