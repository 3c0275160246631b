import { checkTerminology, type TerminologyIssue } from './checkTerminology';
import type { GlossaryEntry } from './glossaryEntry';
import type { TermOccurrence } from './TermMatcher';

/** What the index needs of the glossary: a term finder and the entries it reports. */
export interface TerminologyGlossary {
  findTerms: (text: string) => readonly TermOccurrence[];
  entriesById: ReadonlyMap<string, GlossaryEntry>;
}

export interface IndexedSegment {
  readonly id: string;
  readonly source: string;
  readonly translationText: string;
}

export interface TerminologyFlag {
  segmentId: string;
  /** 1-based position of the segment in the project. */
  number: number;
  issue: TerminologyIssue;
}

/** The project's flags: a new object whenever one changed, so views can compare identities. */
export interface TerminologyFlags {
  /** Flags in all. */
  readonly total: number;
  /** The first flags in project order, at most `limit`: what a view shows of a long list. */
  first(limit: number): TerminologyFlag[];
}

type Check = typeof checkTerminology;

interface Cached {
  segment: IndexedSegment;
  source: string;
  translationText: string;
  occurrences: readonly TermOccurrence[];
  issues: readonly TerminologyIssue[];
}

const noIssues: readonly TerminologyIssue[] = [];

/**
 * The project's terminology flags and, per glossary entry, the segments whose source holds it,
 * kept up to date incrementally. Each segment's terms and issues are cached with the source and
 * English they were computed from: after a save only segments whose text changed are checked
 * again, and after a glossary change only segments whose terms (or whose terms' entries) changed.
 */
export class TerminologyIndex {
  private readonly cache = new Map<string, Cached>();
  private glossary: TerminologyGlossary | null = null;
  private entrySignatures = new Map<string, string>();
  private order: readonly IndexedSegment[] = [];
  /** Positions of the segments that have issues, ascending. */
  private flagged: number[] = [];
  private total = 0;
  private flags: TerminologyFlags = this.snapshot();
  private segmentsOfEntry: ReadonlyMap<string, readonly string[]> = new Map();

  constructor(private readonly check: Check = checkTerminology) {}

  /**
   * Brings the index in line with the segments (all of them, in project order) and the glossary.
   * Returns the same flags object as before when no flag changed. The cost is a comparison per
   * segment plus the work for the segments that changed: nothing is rebuilt from scratch.
   */
  update(segments: readonly IndexedSegment[], glossary: TerminologyGlossary): TerminologyFlags {
    const glossaryChanged = glossary !== this.glossary;
    const changedEntries = glossaryChanged ? this.takeEntryChanges(glossary) : new Set<string>();
    this.glossary = glossary;
    let occurrencesChanged = false;
    // Numbers (and the order of occurrences) follow the segments' positions.
    let orderChanged = segments.length !== this.order.length;
    let flagsChanged = false;
    for (let index = 0; index < segments.length; index += 1) {
      const segment = segments[index];
      if (!segment) continue;
      if (this.order[index]?.id !== segment.id) orderChanged = true;
      const cached = this.cache.get(segment.id);
      if (cached?.segment === segment && !glossaryChanged) continue;
      const sourceChanged = cached?.source !== segment.source;
      let occurrences = cached?.occurrences ?? [];
      if (!cached || sourceChanged || glossaryChanged) {
        occurrences = glossary.findTerms(segment.source);
        if (!cached || !sameOccurrences(occurrences, cached.occurrences)) occurrencesChanged = true;
      }
      const mustCheck =
        !cached ||
        cached.translationText !== segment.translationText ||
        (occurrences !== cached.occurrences &&
          (!sameOccurrences(occurrences, cached.occurrences) ||
            occurrences.some((found) => found.entryIds.some((id) => changedEntries.has(id)))));
      let issues = cached?.issues ?? noIssues;
      if (mustCheck) {
        issues =
          occurrences.length === 0 || segment.translationText.trim() === ''
            ? noIssues
            : this.check(occurrences, segment.translationText, glossary.entriesById);
        const before = cached?.issues ?? noIssues;
        if (!sameIssues(issues, before)) {
          flagsChanged = true;
          if (!orderChanged) this.moveFlags(index, before.length, issues.length);
        }
      }
      this.cache.set(segment.id, {
        segment,
        source: segment.source,
        translationText: segment.translationText,
        occurrences,
        issues,
      });
    }
    this.order = segments;
    if (orderChanged) {
      const ids = new Set(segments.map((segment) => segment.id));
      for (const id of this.cache.keys()) if (!ids.has(id)) this.cache.delete(id);
    }
    if (orderChanged) this.collectFlags();
    if (flagsChanged || orderChanged) this.flags = this.snapshot();
    if (occurrencesChanged || orderChanged) this.segmentsOfEntry = this.collectOccurrences();
    return this.flags;
  }

  /** For each entry, the ids of the segments whose source holds it, in project order. */
  occurrences(): ReadonlyMap<string, readonly string[]> {
    return this.segmentsOfEntry;
  }

  /** Entries added, removed or changed (source, targets, status) since the last glossary. */
  private takeEntryChanges(glossary: TerminologyGlossary): Set<string> {
    const signatures = new Map<string, string>();
    const changed = new Set<string>();
    for (const [id, entry] of glossary.entriesById) {
      const signature = [entry.source, entry.status, ...entry.targets].join('\u0000');
      signatures.set(id, signature);
      if (this.entrySignatures.get(id) !== signature) changed.add(id);
    }
    for (const id of this.entrySignatures.keys()) if (!signatures.has(id)) changed.add(id);
    this.entrySignatures = signatures;
    return changed;
  }

  /** Keeps `flagged` and `total` in step with one segment's issues. */
  private moveFlags(position: number, before: number, after: number): void {
    this.total += after - before;
    if ((before === 0) === (after === 0)) return;
    const at = lowerBound(this.flagged, position);
    if (after === 0) this.flagged.splice(at, 1);
    else this.flagged.splice(at, 0, position);
  }

  private collectFlags(): void {
    this.flagged = [];
    this.total = 0;
    this.order.forEach((segment, position) => {
      const count = this.cache.get(segment.id)?.issues.length ?? 0;
      if (count === 0) return;
      this.flagged.push(position);
      this.total += count;
    });
  }

  private snapshot(): TerminologyFlags {
    const flagged = [...this.flagged];
    const order = this.order;
    const cache = this.cache;
    const issuesAt = (position: number) => cache.get(order[position]?.id ?? '')?.issues ?? noIssues;
    // Issues are frozen per segment (a change makes a new array), so reading them later is safe
    // as long as the cache entry was not replaced: keep the arrays as of now for the pages read.
    const pages = flagged.map((position) => ({ position, issues: issuesAt(position) }));
    return {
      total: this.total,
      first(limit) {
        const flags: TerminologyFlag[] = [];
        for (const { position, issues } of pages) {
          for (const issue of issues) {
            if (flags.length >= limit) return flags;
            flags.push({ segmentId: order[position]?.id ?? '', number: position + 1, issue });
          }
        }
        return flags;
      },
    };
  }

  private collectOccurrences(): Map<string, string[]> {
    const segmentsOfEntry = new Map<string, string[]>();
    for (const segment of this.order) {
      for (const occurrence of this.cache.get(segment.id)?.occurrences ?? []) {
        for (const entryId of occurrence.entryIds) {
          let list = segmentsOfEntry.get(entryId);
          if (!list) {
            list = [];
            segmentsOfEntry.set(entryId, list);
          }
          // A segment counts once, however often the term occurs in it.
          if (list.at(-1) !== segment.id) list.push(segment.id);
        }
      }
    }
    return segmentsOfEntry;
  }
}

function sameOccurrences(a: readonly TermOccurrence[], b: readonly TermOccurrence[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((occurrence, index) => {
    const other = b[index];
    return (
      other !== undefined &&
      occurrence.start === other.start &&
      occurrence.end === other.end &&
      occurrence.entryIds.join(' ') === other.entryIds.join(' ')
    );
  });
}

function sameIssues(a: readonly TerminologyIssue[], b: readonly TerminologyIssue[]): boolean {
  if (a === b) return true;
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
